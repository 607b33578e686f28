"""SMS command dialects: WM-E (`pw=….cmd=…`) and 2N MeterCom (`MCP INFO|CNF|RESET PWD=…`), both sides."""
