<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AtTerminal</name>
    <message>
        <location filename="../app/views/at_terminal.py" line="36"/>
        <source>AT terminal</source>
        <translation>Terminál AT</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="46"/>
        <location filename="../app/views/at_terminal.py" line="113"/>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="49"/>
        <location filename="../app/views/at_terminal.py" line="114"/>
        <source>Closed</source>
        <translation>Zavřeno</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="51"/>
        <source>Modem</source>
        <translation>Port modemu</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="61"/>
        <source>AT command, Enter sends (Up/Down: history)</source>
        <translation>Příkaz AT, Enter odešle (Nahoru/Dolů: historie)</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="84"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Zadejte port modemu, např. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="87"/>
        <source>Opening…</source>
        <translation>Otevírání…</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="91"/>
        <source>Cannot open the modem: %1</source>
        <translation>Modem nelze otevřít: %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="95"/>
        <source>Open: %1</source>
        <translation>Otevřeno: %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="96"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="135"/>
        <source>The modem&apos;s port closed.</source>
        <translation>Port modemu byl uzavřen.</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="168"/>
        <source>(type the message text, Enter sends it)</source>
        <translation>(napište text zprávy, Enter ji odešle)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="175"/>
        <source>Audit log</source>
        <translation>Protokol auditu</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="178"/>
        <source>Filter (user, action, device, key)</source>
        <translation>Filtr (uživatel, akce, zařízení, parametr)</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="181"/>
        <source>All actions</source>
        <translation>Všechny akce</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="195"/>
        <source>Export CSV…</source>
        <translation>Exportovat CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="200"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="201"/>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="202"/>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="203"/>
        <source>Device</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="204"/>
        <source>Keys</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="205"/>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="206"/>
        <source>Detail</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>Export audit log</source>
        <translation>Exportovat protokol auditu</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>CSV (*.csv)</source>
        <translation>Soubor CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AxdrHexInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="267"/>
        <source>The tagged A-XDR value as hex, e.g. 02 02 0F FD 16 1E</source>
        <translation>Hodnota A-XDR včetně tagu v hex, např. 02 02 0F FD 16 1E</translation>
    </message>
</context>
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Povoleno</translation>
    </message>
</context>
<context>
    <name>BooleanInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="145"/>
        <source>true</source>
        <translation>pravda</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="150"/>
        <source>Profile name</source>
        <translation>Název profilu</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="151"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Uložené profily připojení; zadáním nového názvu uložíte nový profil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="154"/>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="155"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Uložit toto nastavení pod názvem profilu (nikdy ne heslo)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="158"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="168"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Sériové (RS-232 / USB)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="169"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="170"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="171"/>
        <source>CSD (GSM data call)</source>
        <translation>CSD (datové volání GSM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="172"/>
        <source>SMS commands</source>
        <translation>Příkazy SMS</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="185"/>
        <source>Connection type</source>
        <translation>Typ připojení</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="194"/>
        <source>communication password</source>
        <translation>komunikační heslo</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="197"/>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="207"/>
        <source>Remember in the key store</source>
        <translation>Zapamatovat v úložišti klíčů</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="209"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Ukládá se šifrovaně pod hlavním heslem úložiště klíčů, nikdy v běžném nastavení</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="211"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Šifrovat relaci (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="212"/>
        <source>Communication</source>
        <translation>Komunikace</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="223"/>
        <source>Connect</source>
        <translation>Připojit</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="226"/>
        <source>Log off</source>
        <translation>Odhlásit</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="254"/>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="264"/>
        <location filename="../app/views/connection_panel.py" line="280"/>
        <location filename="../app/views/connection_panel.py" line="295"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="265"/>
        <source>Baud rate</source>
        <translation>Přenosová rychlost</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="266"/>
        <source>Data format</source>
        <translation>Datový formát</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="279"/>
        <location filename="../app/views/connection_panel.py" line="294"/>
        <source>Host</source>
        <translation>Hostitel</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="290"/>
        <location filename="../app/views/connection_panel.py" line="296"/>
        <source>CA certificate</source>
        <translation>Certifikát CA</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="291"/>
        <location filename="../app/views/connection_panel.py" line="297"/>
        <source>Client certificate</source>
        <translation>Certifikát klienta</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <location filename="../app/views/connection_panel.py" line="298"/>
        <source>Client key</source>
        <translation>Klíč klienta</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Do not verify the server (insecure)</source>
        <translation>Neověřovat server (nezabezpečené)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="374"/>
        <source>Not connected</source>
        <translation>Nepřipojeno</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="375"/>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="376"/>
        <source>Connected</source>
        <translation>Připojeno</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="377"/>
        <source>Connection failed</source>
        <translation>Připojení se nezdařilo</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="168"/>
        <source>Now</source>
        <translation>Nyní</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="169"/>
        <source>The PC&apos;s current time</source>
        <translation>Aktuální čas počítače</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="194"/>
        <source>Local time of this PC; the device gets it with the PC&apos;s UTC deviation</source>
        <translation>Místní čas tohoto počítače; zařízení jej dostane s odchylkou od UTC nastavenou v počítači</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="86"/>
        <location filename="../app/views/controller.py" line="112"/>
        <source>%1 cancelled.</source>
        <translation>%1: operace zrušena.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="122"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>Zařízení hodnoty odmítlo; nic nebylo změněno.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="154"/>
        <source>Connect</source>
        <translation>Připojení</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="166"/>
        <source>Log off</source>
        <translation>Odhlášení</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="179"/>
        <source>Parameters read.</source>
        <translation>Parametry načteny.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="181"/>
        <source>Parameter read</source>
        <translation>Čtení parametrů</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="190"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Není co zapsat: žádná hodnota nebyla změněna.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Verify failed for: %1</source>
        <translation>Ověření se nezdařilo u: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="212"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n hodnota zapsána a ověřena.</numerusform>
            <numerusform>%n hodnoty zapsány a ověřeny.</numerusform>
            <numerusform>%n hodnot zapsáno a ověřeno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="215"/>
        <source>Parameter write</source>
        <translation>Zápis parametrů</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="243"/>
        <source>Device information</source>
        <translation>Informace o zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="251"/>
        <source>A restart by SMS is not offered here.</source>
        <translation>Restart pomocí SMS zde není k dispozici.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="255"/>
        <source>The device restarted and answers again.</source>
        <translation>Zařízení se restartovalo a znovu odpovídá.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="257"/>
        <source>Restart</source>
        <translation>Restartování</translation>
    </message>
</context>
<context>
    <name>DeviceInfoDialog</name>
    <message>
        <location filename="../app/views/device_info.py" line="63"/>
        <source>Device information</source>
        <translation>Informace o zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="79"/>
        <source>Model</source>
        <translation>Typ zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="80"/>
        <source>Device</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="81"/>
        <source>Serial number</source>
        <translation>Sériové číslo</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="82"/>
        <source>Firmware version</source>
        <translation>Verze firmwaru</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="83"/>
        <source>Hardware ID</source>
        <translation>ID hardwaru</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="84"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="85"/>
        <source>ICC (SIM)</source>
        <translation>ICC (SIM)</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="86"/>
        <source>Operator</source>
        <translation>Operátor</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="87"/>
        <source>Access technology</source>
        <translation>Přístupová technologie</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="88"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="89"/>
        <source>IP address</source>
        <translation>IP adresa</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="90"/>
        <source>Host name</source>
        <translation>Název hostitele</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="101"/>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="103"/>
        <source>Copy all</source>
        <translation>Kopírovat vše</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="105"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>poor</source>
        <translation>slabý</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>fair</source>
        <translation>průměrný</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>good</source>
        <translation>dobrý</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>excellent</source>
        <translation>vynikající</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="130"/>
        <source>RSSI: %1 dBm (%2)</source>
        <translation>RSSI: %1 dBm (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="134"/>
        <source>RSSI: not available</source>
        <translation>RSSI: není k dispozici</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="135"/>
        <source>Access technology: %1</source>
        <translation>Přístupová technologie: %1</translation>
    </message>
</context>
<context>
    <name>DlmsTab</name>
    <message>
        <location filename="../app/views/dlms_tab.py" line="112"/>
        <source>Not connected.</source>
        <translation>Nepřipojeno.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="130"/>
        <source>tcp://host[:4059] (IEC 62056-47 wrapper), serial:///dev/ttyUSB0 (HDLC), or tcp://host:port?link=hdlc for HDLC through a transparent port</source>
        <translation>tcp://host[:4059] (wrapper IEC 62056-47), serial:///dev/ttyUSB0 (HDLC) nebo tcp://host:port?link=hdlc pro HDLC přes transparentní port</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="142"/>
        <source>Client address (SAP): 0x10 public client without password, 0x20 meter reader with password</source>
        <translation>Adresa klienta (SAP): 0x10 veřejný klient bez hesla, 0x20 meter reader (odečet) s heslem</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="149"/>
        <source>Server logical address (logical device; 1 = management)</source>
        <translation>Logická adresa serveru (logické zařízení; 1 = management)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="154"/>
        <source>LLS password</source>
        <translation>Heslo LLS</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="155"/>
        <source>Low level security password; empty for the public client</source>
        <translation>Heslo Low Level Security; pro veřejného klienta prázdné</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="159"/>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="161"/>
        <source>Show or hide the password</source>
        <translation>Zobrazit nebo skrýt heslo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="167"/>
        <source>Connect</source>
        <translation>Připojit</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="170"/>
        <source>Disconnect</source>
        <translation>Odpojit</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="173"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="183"/>
        <source>Device:</source>
        <translation>Zařízení:</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="185"/>
        <source>Client</source>
        <translation>Adresa klienta</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="187"/>
        <source>Server</source>
        <translation>Adresa serveru</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="190"/>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="204"/>
        <source>Filter: OBIS code or class</source>
        <translation>Filtr: kód OBIS nebo třída</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Display form</source>
        <translation>Zobrazovaný tvar</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="214"/>
        <source>Enter or double-click reads every readable attribute</source>
        <translation>Enter nebo dvojklik načte všechny čitelné atributy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="221"/>
        <location filename="../app/views/dlms_tab.py" line="623"/>
        <source>Select an object.</source>
        <translation>Vyberte objekt.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Access</source>
        <translation>Přístup</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="242"/>
        <source>Read</source>
        <translation>Načíst</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="245"/>
        <source>Read all</source>
        <translation>Načíst vše</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="248"/>
        <source>Write…</source>
        <translation>Zapsat…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="264"/>
        <source>Invoke…</source>
        <translation>Vyvolat…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="278"/>
        <source>Methods</source>
        <translation>Metody</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="285"/>
        <source>Attributes</source>
        <translation>Atributy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="286"/>
        <source>Profile buffer</source>
        <translation>Buffer profilu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="288"/>
        <source>Export CSV…</source>
        <translation>Exportovat CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="290"/>
        <source>Save the table on the visible page as CSV</source>
        <translation>Uložit tabulku na zobrazené stránce jako CSV</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="320"/>
        <source>Not connected</source>
        <translation>Nepřipojeno</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="321"/>
        <source>Connecting</source>
        <translation>Připojování</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="322"/>
        <source>Connected</source>
        <translation>Připojeno</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="323"/>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="362"/>
        <source>Connect to a device first</source>
        <translation>Nejprve se připojte k zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="364"/>
        <source>Wait for the running exchange, or Cancel it</source>
        <translation>Počkejte na dokončení probíhající výměny, nebo ji zrušte</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="366"/>
        <source>Select an object first</source>
        <translation>Nejprve vyberte objekt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="371"/>
        <source>Read the selected attributes (all readable ones if none)</source>
        <translation>Načíst vybrané atributy (všechny čitelné, pokud není vybrán žádný)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="373"/>
        <source>Read every readable attribute</source>
        <translation>Načíst všechny čitelné atributy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="378"/>
        <source>Select one attribute</source>
        <translation>Vyberte jeden atribut</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="380"/>
        <source>This attribute is not writable for this client</source>
        <translation>Tento atribut není pro tohoto klienta zapisovatelný</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="382"/>
        <source>Edit and write the selected attribute</source>
        <translation>Upravit a zapsat vybraný atribut</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="386"/>
        <source>Select a method</source>
        <translation>Vyberte metodu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="388"/>
        <source>This method is not available to this client</source>
        <translation>Tato metoda není pro tohoto klienta dostupná</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="390"/>
        <source>Invoke the selected method</source>
        <translation>Vyvolat vybranou metodu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="393"/>
        <source>Select a profile generic object (class 7)</source>
        <translation>Vyberte objekt profile generic (třída 7)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="395"/>
        <source>Read the buffer rows chosen on the left</source>
        <translation>Načíst řádky bufferu zvolené vlevo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="420"/>
        <source>Busy: wait for the running exchange, or Cancel it.</source>
        <translation>Zaneprázdněno: počkejte na dokončení probíhající výměny, nebo ji zrušte.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="430"/>
        <source>Cancelled.</source>
        <translation>Operace zrušena.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="433"/>
        <source>the exchange was cancelled</source>
        <translation>výměna byla zrušena</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="448"/>
        <source>Association refused (password or client address?)</source>
        <translation>Asociace odmítnuta (heslo nebo adresa klienta?)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="450"/>
        <source>The device does not answer</source>
        <translation>Zařízení neodpovídá</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="452"/>
        <source>Connection problem</source>
        <translation>Problém s připojením</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="454"/>
        <source>The device refused</source>
        <translation>Zařízení požadavek odmítlo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="456"/>
        <source>Invalid input</source>
        <translation>Neplatný vstup</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="457"/>
        <source>Failed</source>
        <translation>Nezdařilo se</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="474"/>
        <source>Disconnected: %1. Connect again.</source>
        <translation>Odpojeno: %1. Připojte se znovu.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="490"/>
        <source>Give the device URL, e.g. tcp://192.168.1.10:4059.</source>
        <translation>Zadejte URL zařízení, např. tcp://192.168.1.10:4059.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="499"/>
        <source>Connecting to %1 …</source>
        <translation>Připojování k %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="519"/>
        <source>Associated; reading the object list …</source>
        <translation>Asociace navázána; načítání seznamu objektů …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="525"/>
        <source>Connected to %1 (client 0x%2, %3 authentication): %n object(s).</source>
        <translation>
            <numerusform>Připojeno k %1 (klient 0x%2, autentizace %3): %n objekt.</numerusform>
            <numerusform>Připojeno k %1 (klient 0x%2, autentizace %3): %n objekty.</numerusform>
            <numerusform>Připojeno k %1 (klient 0x%2, autentizace %3): %n objektů.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="548"/>
        <source>Disconnected.</source>
        <translation>Odpojeno.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="555"/>
        <source>Class %1</source>
        <translation>Třída %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="569"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objekt</numerusform>
            <numerusform>%n objekty</numerusform>
            <numerusform>%n objektů</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="658"/>
        <location filename="../app/views/dlms_tab.py" line="748"/>
        <source>no access</source>
        <translation>bez přístupu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="659"/>
        <source>read</source>
        <translation>čtení</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="660"/>
        <source>write</source>
        <translation>zápis</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="661"/>
        <source>read/write</source>
        <translation>čtení/zápis</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="685"/>
        <source>scaler %1, unit %2</source>
        <translation>měřítko %1, jednotka %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="688"/>
        <source>values shown in %1</source>
        <translation>hodnoty zobrazeny v %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="720"/>
        <source>(read it on the Profile buffer page)</source>
        <translation>(načtěte jej na stránce „Buffer profilu“)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="749"/>
        <source>access</source>
        <translation>přístup</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="750"/>
        <source>authenticated access</source>
        <translation>ověřený přístup</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="798"/>
        <source>The selected attributes are not readable for this client.</source>
        <translation>Vybrané atributy nejsou pro tohoto klienta čitelné.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="835"/>
        <source>Nothing readable selected.</source>
        <translation>Není vybráno nic čitelného.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="837"/>
        <source>Reading %1 …</source>
        <translation>Načítání %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="852"/>
        <source>refused: %1</source>
        <translation>odmítnuto: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="855"/>
        <source>Read %n attribute(s) of %1.</source>
        <translation>
            <numerusform>Načten %n atribut objektu %1.</numerusform>
            <numerusform>Načteny %n atributy objektu %1.</numerusform>
            <numerusform>Načteno %n atributů objektu %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="857"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n odmítnut.</numerusform>
            <numerusform>%n odmítnuty.</numerusform>
            <numerusform>%n odmítnuto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="870"/>
        <source>This attribute is not writable for this client.</source>
        <translation>Tento atribut není pro tohoto klienta zapisovatelný.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="880"/>
        <source>Write %1 · %2</source>
        <translation>Zapsat %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="900"/>
        <source>Writing %1 · %2 …</source>
        <translation>Zapisování %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="904"/>
        <source>write refused: %1</source>
        <translation>zápis odmítnut: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="913"/>
        <source>Wrote %1 · %2; the device reads back: %3</source>
        <translation>%1 · %2 zapsáno; zařízení při zpětném čtení vrací: %3</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="917"/>
        <source>Wrote %1 · %2.</source>
        <translation>%1 · %2 zapsáno.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="931"/>
        <source>This method is not available to this client.</source>
        <translation>Tato metoda není pro tohoto klienta dostupná.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="934"/>
        <source>Invoke %1 · %2</source>
        <translation>Vyvolat %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="949"/>
        <source>Invoking %1 · %2 …</source>
        <translation>Vyvolávání %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="951"/>
        <source>%1 · %2 done.</source>
        <translation>%1 · %2 dokončeno.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="953"/>
        <source>Returned: %1</source>
        <translation>Vráceno: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="999"/>
        <source>Reading the buffer of %1 …</source>
        <translation>Načítání bufferu %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1008"/>
        <source>this profile captures no clock</source>
        <translation>tento profil nezaznamenává hodiny</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1015"/>
        <source>The buffer of %1 is empty.</source>
        <translation>Buffer %1 je prázdný.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1024"/>
        <source>%n row(s) of %1.</source>
        <translation>
            <numerusform>%n řádek z %1.</numerusform>
            <numerusform>%n řádky z %1.</numerusform>
            <numerusform>%n řádků z %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>Export table</source>
        <translation>Exportovat tabulku</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1052"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 nelze zapsat: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1059"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exportován %n řádek do %1.</numerusform>
            <numerusform>Exportovány %n řádky do %1.</numerusform>
            <numerusform>Exportováno %n řádků do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="157"/>
        <source>Edit values: %1</source>
        <translation>Upravit hodnoty: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="190"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n pole vyžaduje pozornost.</numerusform>
            <numerusform>%n pole vyžadují pozornost.</numerusform>
            <numerusform>%n polí vyžaduje pozornost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>IPv4 or IPv6 address</source>
        <translation>Adresa IPv4 nebo IPv6</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 hex digits</source>
        <translation>nejvýše %1 hexadecimálních číslic</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="350"/>
        <source>at most %1 characters</source>
        <translation>nejvýše %1 znaků</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="35"/>
        <source>Firmware</source>
        <translation>Aktualizace firmwaru</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>For models</source>
        <translation>Pro typy zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Replaces from version</source>
        <translation>Nahrazuje od verze</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Payload</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Signer</source>
        <translation>Podepsal</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Device runs</source>
        <translation>Aktuální verze v zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="52"/>
        <source>Activation state</source>
        <translation>Stav aktivace</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="59"/>
        <source>Choose image…</source>
        <translation>Vybrat obraz…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="61"/>
        <source>Update</source>
        <translation>Aktualizovat</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Choose firmware image</source>
        <translation>Vybrat obraz firmwaru</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Obrazy (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="100"/>
        <source>Not a usable image: %1</source>
        <translation>Nepoužitelný obraz: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="117"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Připraveno: zatím nebylo nic odesláno.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="135"/>
        <source>last update undone: %1</source>
        <translation>poslední aktualizace vrácena: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Transferring</source>
        <translation>Probíhá přenos</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Checking and installing</source>
        <translation>Kontrola a instalace</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Activating</source>
        <translation>Aktivace</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Restartování, čeká se na potvrzení</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="155"/>
        <source>Confirmed</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="169"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 z %2 bajtů, %3 B/s, zbývá %4 s</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="183"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Aktualizováno z %1 na %2, potvrzeno.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Operace zrušena. Opětovnou aktualizací navážete na místo, kde se přenos zastavil.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="195"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Nezdařilo se: %1. Pro pokračování aktualizaci spusťte znovu.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Changes</source>
        <translation>Změny</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Open sheet…</source>
        <translation>Otevřít tabulku…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="163"/>
        <source>password for all (else the key store)</source>
        <translation>heslo pro všechna zařízení (jinak z úložiště klíčů)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="164"/>
        <source>Plan</source>
        <translation>Naplánovat</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="169"/>
        <source>Concurrency: </source>
        <translation>Souběžnost: </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="170"/>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="172"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="174"/>
        <source>Export results…</source>
        <translation>Exportovat výsledky…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="176"/>
        <source>Rollback…</source>
        <translation>Vrátit zpět…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="178"/>
        <source>Firmware rollout…</source>
        <translation>Nasadit firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="180"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Aktualizovat všechna zařízení z tabulky ve vlnách po 5 %, 25 %, 100 %; zastavit při více než 2 % selhání</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <source>Open fleet sheet</source>
        <translation>Otevřít tabulku flotily</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Tabulky (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="239"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1: připravená zařízení: %2, neplatné řádky: %3.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="256"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>chybí heslo pro %1: zadejte ho výše nebo ho uložte do úložiště klíčů</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="273"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Operace zrušena: již zapsaná zařízení si ponechají nové hodnoty; ostatní zůstávají beze změny.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="299"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plán: zařízení ke změně: %1, nečitelná: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="328"/>
        <source>Apply finished: %1.</source>
        <translation>Použití dokončeno: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Export results</source>
        <translation>Exportovat výsledky</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Tabulky (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Rollback from results</source>
        <translation>Vrátit zpět podle výsledků</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Firmware image to roll out</source>
        <translation>Obraz firmwaru k nasazení</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Obrazy (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="423"/>
        <source>Rollout: %1.</source>
        <translation>Nasazení: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="425"/>
        <source>Rollout stopped: %1</source>
        <translation>Nasazení zastaveno: %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="436"/>
        <source>Changes for row %1</source>
        <translation>Změny pro řádek %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Device</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Sheet</source>
        <translation>Tabulka</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="104"/>
        <source>%1 is also the %2; they must differ</source>
        <translation>%1 je také %2; musí se lišit</translation>
    </message>
</context>
<context>
    <name>GsmFields</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="75"/>
        <source>The serial port of the local GSM modem</source>
        <translation>Sériový port místního modemu GSM</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="85"/>
        <source>The phone number of the gateway&apos;s SIM card</source>
        <translation>Telefonní číslo SIM karty brány</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="86"/>
        <source>Modem port</source>
        <translation>Port modemu</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Modem speed</source>
        <translation>Rychlost modemu</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="88"/>
        <source>Phone number</source>
        <translation>Telefonní číslo</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="91"/>
        <source>WM-E (pw=….cmd=…)</source>
        <translation>WM-E (příkazy pw=….cmd=…)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="92"/>
        <source>2N MeterCom (MCP …)</source>
        <translation>2N MeterCom (příkazy MCP …)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="94"/>
        <source>Command dialect</source>
        <translation>Dialekt příkazů</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="95"/>
        <source>The password is the device&apos;s SMS (CSD) password.</source>
        <translation>Heslem je heslo SMS (CSD) zařízení.</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="98"/>
        <source>With a CSD password set, it is the password to give.</source>
        <translation>Je-li nastaveno heslo CSD, zadejte právě to.</translation>
    </message>
</context>
<context>
    <name>IecReadoutWindow</name>
    <message>
        <location filename="../app/views/iec_readout.py" line="50"/>
        <source>IEC 62056-21 meter readout</source>
        <translation>Odečet měřidla IEC 62056-21</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="59"/>
        <source>An optical head on a serial port (300 Bd 7E1 unless given), or a modem&apos;s transparent port</source>
        <translation>Optická snímací hlava na sériovém portu (300 Bd 7E1, není-li uvedeno jinak) nebo transparentní port modemu</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="65"/>
        <source>Mode %1</source>
        <translation>Režim %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="69"/>
        <source>none (any meter on the line)</source>
        <translation>žádná (libovolné měřidlo na lince)</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="71"/>
        <source>Meter</source>
        <translation>Měřidlo</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="72"/>
        <source>Mode</source>
        <translation>Režim</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="73"/>
        <source>Device address</source>
        <translation>Adresa zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="74"/>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Read</source>
        <translation>Odečíst</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="77"/>
        <source>Copy all</source>
        <translation>Kopírovat vše</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="79"/>
        <source>Export CSV…</source>
        <translation>Exportovat CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="86"/>
        <source>Not read yet</source>
        <translation>Zatím neodečteno</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="114"/>
        <source>Give the meter&apos;s port, e.g. serial:///dev/ttyUSB0</source>
        <translation>Zadejte port měřidla, např. serial:///dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="121"/>
        <source>Reading %1 …</source>
        <translation>Odečítání %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="129"/>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="132"/>
        <source>Readout failed: %1</source>
        <translation>Odečet se nezdařil: %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="153"/>
        <source>As the meter sent it: %1</source>
        <translation>Jak jej měřič poslal: %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>check OK</source>
        <translation>kontrola OK</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>CHECK FAILED</source>
        <translation>KONTROLA SELHALA</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="160"/>
        <source>%1 · mode %2 · %3 Bd · %4 values · %5</source>
        <translation>%1 · režim %2 · %3 Bd · hodnoty: %4 · %5</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="185"/>
        <source>Export readout</source>
        <translation>Exportovat odečet</translation>
    </message>
</context>
<context>
    <name>IntegerInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="136"/>
        <source>Whole number from %1 to %2</source>
        <translation>Celé číslo od %1 do %2</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="225"/>
        <source>Import keys from %1</source>
        <translation>Import klíčů ze souboru %1</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Meter</source>
        <translation>Měřidlo</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="234"/>
        <source>Import good rows</source>
        <translation>Importovat platné řádky</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="263"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>Platné řádky k importu: %1; řádky s problémy, které se neimportují: %2.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="39"/>
        <source>gwterm login</source>
        <translation>Přihlášení do gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="48"/>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="49"/>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="102"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — konfigurace bran</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="112"/>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Log</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="121"/>
        <source>Wireless</source>
        <translation>Bezdrátové</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="125"/>
        <source>DLMS</source>
        <translation>DLMS</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="130"/>
        <source>Readings</source>
        <translation>Odečty</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="132"/>
        <source>Reports</source>
        <translation>Výkazy</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="137"/>
        <source>Fleet</source>
        <translation>Flotila</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="176"/>
        <source>Parameter read</source>
        <translation>Čtení parametrů</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="179"/>
        <source>Parameter write</source>
        <translation>Zápis parametrů</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="182"/>
        <source>Device information</source>
        <translation>Informace o zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="185"/>
        <source>Open configuration…</source>
        <translation>Otevřít konfiguraci…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="191"/>
        <source>Save configuration…</source>
        <translation>Uložit konfiguraci…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="197"/>
        <source>Compare with file…</source>
        <translation>Porovnat se souborem…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="200"/>
        <source>Traffic monitor</source>
        <translation>Monitor komunikace</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="204"/>
        <source>Firmware…</source>
        <translation>Aktualizace firmwaru…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="207"/>
        <location filename="../app/views/main_window.py" line="765"/>
        <source>Restart device</source>
        <translation>Restartovat zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Change communication password…</source>
        <translation>Změnit komunikační heslo…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="213"/>
        <source>Users…</source>
        <translation>Uživatelé…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="214"/>
        <source>Audit log…</source>
        <translation>Protokol auditu…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>SMS console…</source>
        <translation>Konzole SMS…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="219"/>
        <source>AT terminal…</source>
        <translation>Terminál AT…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="222"/>
        <source>Meter readout (IEC 62056-21)…</source>
        <translation>Odečet měřidla (IEC 62056-21)…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="227"/>
        <source>Settings…</source>
        <translation>Nastavení…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <location filename="../app/views/main_window.py" line="994"/>
        <source>About gwterm</source>
        <translation>O aplikaci gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="229"/>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="244"/>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="246"/>
        <source>Recent files</source>
        <translation>Poslední soubory</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="250"/>
        <source>&amp;Admin</source>
        <translation>Sp&amp;ráva</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="254"/>
        <source>&amp;Operation</source>
        <translation>&amp;Provoz</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="260"/>
        <source>&amp;Tools</source>
        <translation>&amp;Nástroje</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="265"/>
        <source>&amp;Settings</source>
        <translation>Nas&amp;tavení</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="274"/>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Main</source>
        <translation>Hlavní panel nástrojů</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="297"/>
        <source>Edit values</source>
        <translation>Upravit hodnoty</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="302"/>
        <source>Search all parameters</source>
        <translation>Hledat ve všech parametrech</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="306"/>
        <source>Parameter group:</source>
        <translation>Skupina parametrů:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="314"/>
        <source>Revert group</source>
        <translation>Vrátit změny skupiny</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="317"/>
        <source>Revert all</source>
        <translation>Vrátit vše</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="320"/>
        <source>Reveal edited secrets</source>
        <translation>Zobrazit upravené tajné údaje</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="350"/>
        <location filename="../app/views/main_window.py" line="811"/>
        <source>Read device log</source>
        <translation>Načíst protokol zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="362"/>
        <location filename="../app/views/main_window.py" line="451"/>
        <source>Not connected</source>
        <translation>Nepřipojeno</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="461"/>
        <source>%1 · serial %2</source>
        <translation>%1 · výr. č. %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="478"/>
        <source>Edited groups: %1</source>
        <translation>Upravené skupiny: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="481"/>
        <source>Edited groups: none</source>
        <translation>Upravené skupiny: žádné</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="515"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>Connect to a device first</source>
        <translation>Nejprve se připojte k zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="516"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Počkejte na dokončení probíhající operace, nebo ji zrušte</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="542"/>
        <source>Nothing changed: edit values first</source>
        <translation>Nic nebylo změněno: nejprve upravte hodnoty</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="544"/>
        <source>Nothing is running</source>
        <translation>Žádná operace neprobíhá</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="547"/>
        <source>Not available over SMS</source>
        <translation>Přes SMS není k dispozici</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="548"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Vaše role (%1) to neumožňuje</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>The password was not stored: %1</source>
        <translation>Heslo nebylo uloženo: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="767"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>Restartovat zařízení nyní? Spojení se přeruší a obnoví se, jakmile zařízení znovu odpoví.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="777"/>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Change communication password</source>
        <translation>Změnit komunikační heslo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="778"/>
        <source>New password:</source>
        <translation>Nové heslo:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Repeat it:</source>
        <translation>Zopakujte heslo:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="789"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Hesla se liší; nic nebylo změněno.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="792"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>Nové heslo je připraveno: odešlete ho pomocí „Zápis parametrů“.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>The device log cannot be read over SMS.</source>
        <translation>Protokol zařízení nelze přes SMS načíst.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <source>Open configuration</source>
        <translation>Otevřít konfiguraci</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Konfigurace (*.cfg);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="851"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>Soubor obsahuje neplatné hodnoty; nic nebylo načteno.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="866"/>
        <source>Connect to the device to load %1 as changes.</source>
        <translation>Připojte se k zařízení, aby se %1 načetl jako úpravy.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="878"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>Načteno %1: %2 hodnot(y) se liší od zařízení.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Save configuration</source>
        <translation>Uložit konfiguraci</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Configuration (*.cfg)</source>
        <translation>Konfigurace (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="905"/>
        <source>Saved %1.</source>
        <translation>Uloženo: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Compare with file</source>
        <translation>Porovnat se souborem</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="923"/>
        <source>Compare with %1</source>
        <translation>Porovnání s %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Device</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="930"/>
        <location filename="../app/views/main_window.py" line="934"/>
        <source>(secret)</source>
        <translation>(tajné)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="939"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n rozdíl.</numerusform>
            <numerusform>%n rozdíly.</numerusform>
            <numerusform>%n rozdílů.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="939"/>
        <source>No differences.</source>
        <translation>Žádné rozdíly.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="942"/>
        <source>Load file values as edits</source>
        <translation>Načíst hodnoty ze souboru jako úpravy</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="995"/>
        <source>gwterm %1
Configure smart-metering gateways, and be one.
MIT licence.</source>
        <translation>gwterm %1
Konfigurujte brány pro chytré měření – a buďte jednou z nich.
Licence MIT.</translation>
    </message>
</context>
<context>
    <name>MbusTab</name>
    <message>
        <location filename="../app/views/mbus_tab.py" line="58"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>Sběrnice: sériový port s převodníkem úrovní M-Bus, nebo tcp://host:port (transparentní M-Bus)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 podle normy; 8N1 pro některé optické snímací hlavy</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Converter echoes</source>
        <translation>Převodník vrací echo</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="70"/>
        <source>Wake-up preamble</source>
        <translation>Probouzecí preambule</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="71"/>
        <source>Scan primary</source>
        <translation>Prohledat primární adresy</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="74"/>
        <source>Scan secondary</source>
        <translation>Prohledat sekundární adresy</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="77"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Bus:</source>
        <translation>Sběrnice:</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="86"/>
        <source>Baud</source>
        <translation>Rychlost (Bd)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Primary</source>
        <translation>Primární adresa</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Secondary address</source>
        <translation>Sekundární adresa</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Manufacturer</source>
        <translation>Výrobce</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Medium</source>
        <translation>Médium</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="103"/>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="104"/>
        <source>Id</source>
        <translation>Identifikační číslo</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="111"/>
        <source>Read selected meter</source>
        <translation>Odečíst vybrané měřidlo</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Function</source>
        <translation>Funkce</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Storage</source>
        <translation>Paměť</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Subunit</source>
        <translation>Podjednotka</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Quantity</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="123"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="124"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="131"/>
        <source>Export CSV…</source>
        <translation>Exportovat CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Operace zrušena.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="187"/>
        <source>Failed.</source>
        <translation>Operace se nezdařila.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="213"/>
        <source>Probing %1 …</source>
        <translation>Dotazování %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>Nalezeno %n měřidlo.</numerusform>
            <numerusform>Nalezena %n měřidla.</numerusform>
            <numerusform>Nalezeno %n měřidel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="225"/>
        <source>%1 bus transactions.</source>
        <translation>Transakce na sběrnici: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="247"/>
        <source>Select a meter first.</source>
        <translation>Nejprve vyberte měřidlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="265"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n záznam (počet telegramů: %1).</numerusform>
            <numerusform>%n záznamy (počet telegramů: %1).</numerusform>
            <numerusform>%n záznamů (počet telegramů: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>Export records</source>
        <translation>Exportovat záznamy</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>CSV (*.csv)</source>
        <translation>Soubor CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NoValueInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="275"/>
        <source>(no parameter)</source>
        <translation>(bez parametru)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="275"/>
        <source>null-data</source>
        <translation>nulová hodnota (null-data)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="26"/>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="30"/>
        <source>Dismiss</source>
        <translation>Skrýt</translation>
    </message>
</context>
<context>
    <name>ParamTableModel</name>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter description</source>
        <translation>Popis parametru</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter value</source>
        <translation>Hodnota parametru</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="67"/>
        <source>(not set)</source>
        <translation>(nenastaveno)</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Enabled</source>
        <translation>Povoleno</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Disabled</source>
        <translation>Zakázáno</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/param_model.py" line="78"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n řádek</numerusform>
            <numerusform>%n řádky</numerusform>
            <numerusform>%n řádků</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../app/views/fields.py" line="118"/>
        <location filename="../app/views/fields.py" line="146"/>
        <source>unchanged</source>
        <translation>beze změny</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="120"/>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="124"/>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="125"/>
        <source>Remove this secret from the device</source>
        <translation>Odstranit tento tajný údaj ze zařízení</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="140"/>
        <source>will be cleared</source>
        <translation>bude vymazáno</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="153"/>
        <source>the communication password cannot be empty</source>
        <translation>komunikační heslo nesmí být prázdné</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../app/views/dlms_profile.py" line="151"/>
        <source>All entries</source>
        <translation>Všechny záznamy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="152"/>
        <source>Time range</source>
        <translation>Časový rozsah</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="153"/>
        <source>Last entries</source>
        <translation>Poslední záznamy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="154"/>
        <source>Which rows of the buffer to read (selective access)</source>
        <translation>Které řádky bufferu načíst (selektivní přístup)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="167"/>
        <source>How many of the newest entries to read</source>
        <translation>Kolik nejnovějších záznamů načíst</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="168"/>
        <source>Read buffer</source>
        <translation>Načíst buffer</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="171"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="172"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="173"/>
        <source>Entries</source>
        <translation>Záznamy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="196"/>
        <source>The column plotted over the clock column</source>
        <translation>Sloupec vykreslený v závislosti na sloupci hodin</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="199"/>
        <source>Plot</source>
        <translation>Graf</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="217"/>
        <source>Install pyqtgraph to see the plot.</source>
        <translation>Pro zobrazení grafu nainstalujte pyqtgraph.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="238"/>
        <source>Entry</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="286"/>
        <source>This profile captures no clock</source>
        <translation>Tento profil nezaznamenává hodiny</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="304"/>
        <source>Column %1</source>
        <translation>Sloupec %1</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="197"/>
        <source>Meter</source>
        <translation>Měřidlo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="198"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="199"/>
        <source>Series</source>
        <translation>Řada</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="200"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="201"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="202"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="233"/>
        <source>Read failed</source>
        <translation>Odečet se nezdařil</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>ok</source>
        <translation>v pořádku</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>error</source>
        <translation>chyba</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>stale</source>
        <translation>zastaralé</translation>
    </message>
</context>
<context>
    <name>ReadingsTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="278"/>
        <source>Last 24 hours</source>
        <translation>Posledních 24 hodin</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="279"/>
        <source>Last 7 days</source>
        <translation>Posledních 7 dní</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="280"/>
        <source>Last 30 days</source>
        <translation>Posledních 30 dní</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="281"/>
        <source>All</source>
        <translation>Vše</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="282"/>
        <source>From – to</source>
        <translation>Od – do</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="302"/>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="304"/>
        <source>Read the meter list, the newest values and the events again</source>
        <translation>Znovu načíst seznam měřidel, nejnovější hodnoty a události</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="306"/>
        <source>Read now</source>
        <translation>Odečíst nyní</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="309"/>
        <source>Read every meter on the list now, outside the readout cycle, and store the readout</source>
        <translation>Odečíst nyní všechny měřiče ze seznamu mimo cyklus odečtu a odečet uložit</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="312"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="321"/>
        <source>Export CSV…</source>
        <translation>Exportovat CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="323"/>
        <source>Export XLSX…</source>
        <translation>Exportovat XLSX…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="325"/>
        <source>Export PNG…</source>
        <translation>Exportovat PNG…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="328"/>
        <source>Range:</source>
        <translation>Období:</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="330"/>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="331"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="346"/>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="347"/>
        <source>Id</source>
        <translation>Identifikační číslo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="348"/>
        <source>Medium</source>
        <translation>Médium</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="349"/>
        <source>Last value</source>
        <translation>Poslední hodnota</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="350"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="351"/>
        <source>Series</source>
        <translation>Řada</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="360"/>
        <source>Select one meter, or several (Ctrl, Shift) to overlay them</source>
        <translation>Vyberte jedno měřidlo, nebo několik (Ctrl, Shift) pro jejich překrytí</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Event</source>
        <translation>Událost</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Level</source>
        <translation>Úroveň</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Meter</source>
        <translation>Měřidlo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="410"/>
        <source>Rows</source>
        <translation>Řádky</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="411"/>
        <source>Events</source>
        <translation>Události</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="450"/>
        <source>Select meters with readings in the range first</source>
        <translation>Nejprve vyberte měřidla s odečty v daném období</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="459"/>
        <source>This device keeps no stored readings.</source>
        <translation>Toto zařízení neuchovává žádné odečty.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="488"/>
        <source>Reading the newest values: meter %1 of %2 …</source>
        <translation>Načítání nejnovějších hodnot: měřidlo %1 z %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="514"/>
        <source>%n meter(s) with stored readings.</source>
        <translation>
            <numerusform>%n měřidlo s uloženými odečty.</numerusform>
            <numerusform>%n měřidla s uloženými odečty.</numerusform>
            <numerusform>%n měřidel s uloženými odečty.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="518"/>
        <source>Read stored meters</source>
        <translation>Načtení uložených měřidel</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="535"/>
        <source>Reading the meters …</source>
        <translation>Odečítání měřičů …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="536"/>
        <source>Read meters now</source>
        <translation>Odečíst měřiče nyní</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="541"/>
        <source>Reading the meters takes a while; the gateway stores the readout when done.</source>
        <translation>Odečet měřičů chvíli trvá; brána odečet uloží, až skončí.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="543"/>
        <source>The gateway has no meters to read (no meter bus or receiver, or an empty list).</source>
        <translation>Brána nemá žádné měřiče k odečtu (žádná sběrnice ani přijímač, nebo prázdný seznam).</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="545"/>
        <source>Read %1 meter(s) now: %2 new reading(s) stored.</source>
        <translation>Odečteno měřičů: %1; uloženo nových hodnot: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="551"/>
        <source>%1 meter(s) could not be read.</source>
        <translation>Nepodařilo se odečíst měřičů: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="583"/>
        <source>maximum</source>
        <translation>maximální hodnota</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="584"/>
        <source>minimum</source>
        <translation>minimální hodnota</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="585"/>
        <source>during error</source>
        <translation>ve stavu chyby</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="589"/>
        <source>storage %1</source>
        <translation>paměť %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="590"/>
        <source>tariff %1</source>
        <translation>tarif %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="591"/>
        <source>subunit %1</source>
        <translation>podjednotka %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="619"/>
        <source>Address: %1</source>
        <translation>Adresa: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="620"/>
        <source>Interface: %1</source>
        <translation>Rozhraní: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="623"/>
        <source>Manufacturer: %1</source>
        <translation>Výrobce: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="625"/>
        <source>Version: %1</source>
        <translation>Verze: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="670"/>
        <source>no readings</source>
        <translation>žádné odečty</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="672"/>
        <source>unreadable</source>
        <translation>nečitelné</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="676"/>
        <source>stale</source>
        <translation>zastaralé</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="678"/>
        <source>ok</source>
        <translation>v pořádku</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="726"/>
        <source>Meter unreadable</source>
        <translation>Měřidlo nečitelné</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="727"/>
        <source>Meter readable again</source>
        <translation>Měřidlo opět čitelné</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="728"/>
        <source>Decryption failed</source>
        <translation>Dešifrování selhalo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="729"/>
        <source>Power lost</source>
        <translation>Výpadek napájení</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="730"/>
        <source>Power returned</source>
        <translation>Obnovení napájení</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="731"/>
        <source>Report backlog dropped</source>
        <translation>Fronta nedoručených pro výkaz zahozena</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="746"/>
        <source>Events (%1)</source>
        <translation>Události (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="817"/>
        <source>Loading %1 (%2 of %3): %4 readings …</source>
        <translation>Načítání %1 (%2 z %3): načteno odečtů: %4 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="836"/>
        <source>%n reading(s) loaded.</source>
        <translation>
            <numerusform>Načten %n odečet.</numerusform>
            <numerusform>Načteny %n odečty.</numerusform>
            <numerusform>Načteno %n odečtů.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="840"/>
        <source>Loading readings …</source>
        <translation>Načítání odečtů …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="841"/>
        <source>Load readings</source>
        <translation>Načtení odečtů</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="902"/>
        <source>No readings of the selected meters in this range.</source>
        <translation>Žádné odečty vybraných měřidel v tomto období.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="941"/>
        <source>Saved %1.</source>
        <translation>Uloženo: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="946"/>
        <source>Nothing to export: select meters with readings in the range first.</source>
        <translation>Není co exportovat: nejprve vyberte měřidla s odečty v daném období.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Export readings</source>
        <translation>Exportovat odečty</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <source>CSV (*.csv)</source>
        <translation>Soubor CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="962"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: nelze zapsat (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Excel (*.xlsx)</source>
        <translation>Soubor Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="986"/>
        <source>Nothing to export: plot a series first.</source>
        <translation>Není co exportovat: nejprve vykreslete řadu.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>Export plot</source>
        <translation>Exportovat graf</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>PNG image (*.png)</source>
        <translation>Obrázek PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="992"/>
        <source>%1: cannot write the image</source>
        <translation>%1: obrázek nelze zapsat</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../app/views/reports_tab.py" line="68"/>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="70"/>
        <source>Read the readout cycle and every report&apos;s state again</source>
        <translation>Znovu načíst cyklus odečtu a stav všech výkazů</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="79"/>
        <source>Report</source>
        <translation>Výkaz</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="80"/>
        <source>Enabled</source>
        <translation>Povoleno</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="81"/>
        <source>Transport</source>
        <translation>Přenos</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="82"/>
        <source>Server URL</source>
        <translation>URL serveru</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="83"/>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="84"/>
        <source>Cycle</source>
        <translation>Cyklus výkazu</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="85"/>
        <source>Waiting</source>
        <translation>Čekající</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="86"/>
        <source>Last success</source>
        <translation>Poslední úspěch</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="87"/>
        <source>Last failure</source>
        <translation>Poslední neúspěch</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="88"/>
        <source>Last error</source>
        <translation>Poslední chyba</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="110"/>
        <location filename="../app/views/reports_tab.py" line="470"/>
        <source>Test send</source>
        <translation>Zkušební odeslání</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="112"/>
        <source>Send now</source>
        <translation>Odeslat nyní</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="114"/>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="116"/>
        <source>Revert form</source>
        <translation>Vrátit změny formuláře</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="127"/>
        <source>Test send uses the form&apos;s values without writing them. Send now delivers what the report has waiting, with the written settings. Apply stages the form&apos;s values: Parameter write (Ctrl+W) sends them.</source>
        <translation>„Zkušební odeslání“ použije hodnoty z formuláře, aniž by je zapsalo. „Odeslat nyní“ doručí, co má výkaz připraveno k odeslání, se zapsaným nastavením. „Použít“ připraví hodnoty z formuláře: odešle je „Zápis parametrů“ (Ctrl+W).</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="182"/>
        <source>This device sends no reports.</source>
        <translation>Toto zařízení neodesílá žádné výkazy.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="193"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Vaše role (%1) to neumožňuje</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="208"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Nejprve se připojte k zařízení, které uchovává odečty.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="209"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Počkejte na dokončení probíhající operace, nebo ji zrušte.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="211"/>
        <source>Correct the marked fields first.</source>
        <translation>Nejprve opravte označená pole.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="216"/>
        <source>Send a test report with the form&apos;s values; nothing is written</source>
        <translation>Odeslat zkušební výkaz s hodnotami z formuláře; nic se nezapíše</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="221"/>
        <source>The report is not enabled on the device.</source>
        <translation>Výkaz není v zařízení povolen.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="222"/>
        <source>Deliver what this report has waiting, now (with the written settings)</source>
        <translation>Doručit nyní, co má tento výkaz připraveno k odeslání (se zapsaným nastavením)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="224"/>
        <source>Deliver what is waiting, now: with the written settings, not the form&apos;s</source>
        <translation>Doručit nyní, co čeká: se zapsaným nastavením, ne s nastavením z formuláře</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="226"/>
        <source>Nothing changed.</source>
        <translation>Nic se nezměnilo.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="231"/>
        <source>Stage the form&apos;s values; Parameter write (Ctrl+W) writes them</source>
        <translation>Připravit hodnoty z formuláře; zapíše je „Zápis parametrů“ (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="290"/>
        <source>Read report status</source>
        <translation>Načtení stavu výkazů</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="304"/>
        <source>Readout cycle %1</source>
        <translation>Cyklus odečtu %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="307"/>
        <source>last %1 (%n reading(s))</source>
        <translation>
            <numerusform>poslední %1 (%n odečet)</numerusform>
            <numerusform>poslední %1 (%n odečty)</numerusform>
            <numerusform>poslední %1 (%n odečtů)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="312"/>
        <source>next %1</source>
        <translation>další %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="314"/>
        <source>reading now</source>
        <translation>probíhá odečet</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="331"/>
        <source>Report %1</source>
        <translation>Výkaz %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="338"/>
        <source>%1 (%2 readouts)</source>
        <translation>%1 (odečty: %2)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="390"/>
        <source>Settings of %1</source>
        <translation>Nastavení: %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="425"/>
        <source>The device refused the settings; nothing was sent.</source>
        <translation>Zařízení nastavení odmítlo; nic nebylo odesláno.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="457"/>
        <source>Test report %1 delivered. The server answered:</source>
        <translation>Zkušební výkaz %1 doručen. Server odpověděl:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="464"/>
        <source>Test report %1 not delivered:</source>
        <translation>Zkušební výkaz %1 nebyl doručen:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>Sending a test report to %1 …</source>
        <translation>Odesílání zkušebního výkazu na %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>the stored server</source>
        <translation>uložený server</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="495"/>
        <source>The device did not send the report:</source>
        <translation>Zařízení výkaz neodeslalo:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="501"/>
        <source>Report %1 delivered; nothing is waiting.</source>
        <translation>Výkaz %1 doručen; nic dalšího nečeká.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="507"/>
        <source>Report %1 is still being delivered (%2 message(s) waiting).</source>
        <translation>Výkaz %1 se stále doručuje (čekající zprávy: %2).</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="510"/>
        <source>Refresh shows how it ends.</source>
        <translation>Jak to skončí, ukáže „Obnovit“.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="516"/>
        <source>Report %1 not delivered (%2 message(s) waiting):</source>
        <translation>Výkaz %1 nebyl doručen (čekající zprávy: %2):</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="524"/>
        <source>Send report now</source>
        <translation>Okamžité odeslání výkazu</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="525"/>
        <source>Sending report %1 …</source>
        <translation>Odesílání výkazu %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="540"/>
        <source>%n value(s) staged.</source>
        <translation>
            <numerusform>%n hodnota připravena.</numerusform>
            <numerusform>%n hodnoty připraveny.</numerusform>
            <numerusform>%n hodnot připraveno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="541"/>
        <source>Use Parameter write (Ctrl+W) to write them to the device.</source>
        <translation>Do zařízení je zapíšete pomocí „Zápis parametrů“ (Ctrl+W).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="42"/>
        <source>Energy readings (and power: W, kW, MW) are shown and exported in this unit</source>
        <translation>Hodnoty energie (a výkonu: W, kW, MW) se zobrazují a exportují v této jednotce</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Semicolon (;)</source>
        <translation>Středník (;)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="47"/>
        <source>Comma (,)</source>
        <translation>Čárka (,)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="48"/>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="49"/>
        <source>The separator of every CSV file the application writes or copies</source>
        <translation>Oddělovač každého souboru CSV, který aplikace zapisuje nebo kopíruje</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="53"/>
        <source>Light</source>
        <translation>Světlý</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="54"/>
        <source>Dark</source>
        <translation>Tmavý</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="68"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Ve výchozím stavu šifrovat relace (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="71"/>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="72"/>
        <source>Energy unit</source>
        <translation>Jednotka energie</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="73"/>
        <source>CSV separator</source>
        <translation>Oddělovač CSV</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="74"/>
        <source>Theme</source>
        <translation>Barevný motiv</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="75"/>
        <source>Answer timeout</source>
        <translation>Časový limit odpovědi</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="76"/>
        <source>Retries</source>
        <translation>Počet opakování</translation>
    </message>
</context>
<context>
    <name>SmsConsole</name>
    <message>
        <location filename="../app/views/sms_console.py" line="53"/>
        <source>SMS console</source>
        <translation>Konzole SMS</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="62"/>
        <location filename="../app/views/sms_console.py" line="154"/>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="65"/>
        <location filename="../app/views/sms_console.py" line="155"/>
        <source>Closed</source>
        <translation>Zavřeno</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="67"/>
        <source>Modem</source>
        <translation>Port modemu</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="86"/>
        <source>Number, e.g. +36201234567</source>
        <translation>Číslo, např. +36201234567</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="93"/>
        <source>Send</source>
        <translation>Odeslat</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="120"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Zadejte port modemu, např. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="123"/>
        <source>Opening…</source>
        <translation>Otevírání…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="129"/>
        <source>Cannot open the modem: %1</source>
        <translation>Modem nelze otevřít: %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="136"/>
        <source>Open: %1</source>
        <translation>Otevřeno: %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="137"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="236"/>
        <source>received</source>
        <translation>přijato</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="237"/>
        <source>sending…</source>
        <translation>odesílání…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="238"/>
        <source>sent, not yet delivered</source>
        <translation>odesláno, dosud nedoručeno</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="239"/>
        <source>delivered</source>
        <translation>doručeno</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="240"/>
        <source>failed</source>
        <translation>selhalo</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="269"/>
        <source>%1 characters, %2 SMS</source>
        <translation>Znaky: %1, SMS: %2</translation>
    </message>
</context>
<context>
    <name>StoredDataTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="145"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Nejprve se připojte k zařízení, které uchovává odečty.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="166"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Počkejte na dokončení probíhající operace, nebo ji zrušte.</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../app/views/fields.py" line="208"/>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="209"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="210"/>
        <source>Up</source>
        <translation>Nahoru</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="211"/>
        <source>Down</source>
        <translation>Dolů</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="212"/>
        <source>Paste</source>
        <translation>Vložit</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="299"/>
        <source>row %1, column %2</source>
        <translation>řádek %1, sloupec %2</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="206"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="208"/>
        <source>Edit the octets as hex instead of text</source>
        <translation>Upravovat oktety v hex místo textu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="238"/>
        <location filename="../app/views/dlms_editor.py" line="239"/>
        <source>A decimal number</source>
        <translation>Desetinné číslo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="240"/>
        <source>Bits as 0 and 1, first bit left</source>
        <translation>Bity jako 0 a 1, první bit vlevo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="241"/>
        <source>Printable text</source>
        <translation>Tisknutelný text</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as hex, e.g. 0A FF</source>
        <translation>Oktety v hex, např. 0A FF</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as text</source>
        <translation>Oktety jako text</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../app/views/traffic.py" line="92"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="93"/>
        <source>Dir</source>
        <translation>Směr</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="94"/>
        <source>Length</source>
        <translation>Délka</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="95"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="96"/>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="97"/>
        <source>gwcp</source>
        <translation>Rámce gwcp</translation>
    </message>
</context>
<context>
    <name>TrafficMonitor</name>
    <message>
        <location filename="../app/views/traffic.py" line="118"/>
        <source>Traffic monitor</source>
        <translation>Monitor komunikace</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="132"/>
        <source>Pause</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="134"/>
        <source>Filter (hex, text or frame name)</source>
        <translation>Filtr (hex, text nebo název rámce)</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="136"/>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="138"/>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="140"/>
        <source>Save…</source>
        <translation>Uložit…</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Save traffic</source>
        <translation>Uložit komunikaci</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Text files (*.txt)</source>
        <translation>Textové soubory (*.txt)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="75"/>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="84"/>
        <source>Add…</source>
        <translation>Přidat…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="85"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="86"/>
        <source>Change role…</source>
        <translation>Změnit roli…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="87"/>
        <source>Reset password…</source>
        <translation>Obnovit heslo…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="135"/>
        <source>Add user</source>
        <translation>Přidat uživatele</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <source>User name:</source>
        <translation>Uživatelské jméno:</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="136"/>
        <source>Password (8 characters or more):</source>
        <translation>Heslo (alespoň 8 znaků):</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Change role</source>
        <translation>Změnit roli</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>Reset password</source>
        <translation>Obnovit heslo</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>New password:</source>
        <translation>Nové heslo:</translation>
    </message>
</context>
<context>
    <name>ValueEditorDialog</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="315"/>
        <source>(no parameter)</source>
        <translation>(bez parametru)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="317"/>
        <source>date-time (octet-string)</source>
        <translation>datum a čas (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="318"/>
        <source>date-time (tag 25)</source>
        <translation>datum a čas (tag 25)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="319"/>
        <source>octet-string</source>
        <translation>řetězec oktetů (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="320"/>
        <source>null-data</source>
        <translation>nulová hodnota (null-data)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="325"/>
        <source>A-XDR (hex)</source>
        <translation>A-XDR (hexadecimálně)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="346"/>
        <source>Now: %1 (%2)</source>
        <translation>Nyní: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="356"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="357"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
</context>
<context>
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="65"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>URL přijímače (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) nebo soubor s telegramy v hex</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Listen</source>
        <translation>Naslouchat</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Stop</source>
        <translation>Zastavit</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="76"/>
        <source>Import keys…</source>
        <translation>Importovat klíče…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="80"/>
        <source>Receiver:</source>
        <translation>Přijímač:</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Id</source>
        <translation>Identifikační číslo</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Manufacturer</source>
        <translation>Výrobce</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>RSSI (dBm)</source>
        <translation>RSSI (dBm)</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>Telegrams</source>
        <translation>Telegramy</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="95"/>
        <source>Last seen</source>
        <translation>Naposledy přijato</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="96"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Function</source>
        <translation>Funkce</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Storage</source>
        <translation>Paměť</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Quantity</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="111"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="112"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>Telegramy: %1, měřidla: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Import wM-Bus keys</source>
        <translation>Importovat klíče wM-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Tabulky (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store</source>
        <translation>Úložiště klíčů</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store master password:</source>
        <translation>Hlavní heslo úložiště klíčů:</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="profile_strings.py" line="215"/>
        <source>APN</source>
        <translation>APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="216"/>
        <source>Access point name settings for the mobile data connection.</source>
        <translation>Nastavení přístupového bodu (APN) pro mobilní datové připojení.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>APN name</source>
        <translation>Název APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Název serveru APN přidělený mobilním operátorem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>APN username</source>
        <translation>Uživatelské jméno APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Uživatelské jméno pro APN, pokud je mobilní operátor vyžaduje.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>APN password</source>
        <translation>Heslo APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Heslo pro APN, pokud je mobilní operátor vyžaduje.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>PDP connection delay</source>
        <translation>Zpoždění připojení PDP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Zpoždění před sestavením datového připojení (PDP), které po chybné konfiguraci ponechá čas na spojení s modemem pomocí volání CSD.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>Porty TCP pro odečet měřidel, konfiguraci modemu a stahování firmwaru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Utility communication port (primary)</source>
        <translation>Komunikační port distributora (primární)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Port pro transparentní (IEC) odečet měřidla s vyšší prioritou, použitelný také pro konfiguraci a aktualizace firmwaru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Customer communication port (secondary)</source>
        <translation>Komunikační port zákazníka (sekundární)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Port s nižší prioritou pro komunikaci s měřidlem, konfiguraci a aktualizace firmwaru; musí se lišit od primárního portu (0 ho vypne).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Configuration and firmware download port</source>
        <translation>Port pro konfiguraci a stahování firmwaru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>Port TCP pro vzdálenou parametrizaci modemu a výměnu jeho firmwaru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Mobile network</source>
        <translation>Mobilní síť</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>PIN SIM karty, přístupová technologie a volba mobilního operátora.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>SIM PIN</source>
        <translation>PIN SIM karty</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>PIN vložené SIM karty; ponechte prázdné, pokud SIM karta nemá PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="234"/>
        <source>Frequency band / access technology</source>
        <translation>Frekvenční pásmo / přístupová technologie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="235"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Použitá mobilní přístupová technologie, např. pouze 4G nebo LTE se záložní 2G (volání CSD vyžadují technologii využívající síť 2G).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="236"/>
        <source>Automatic</source>
        <translation>Automaticky</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="237"/>
        <source>4G (LTE) only</source>
        <translation>Pouze 4G (LTE)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="238"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE se záložní 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="239"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE se záložní 3G/2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>LTE Cat.M1 only</source>
        <translation>Pouze LTE Cat.M1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>Pouze LTE Cat.NB-IoT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT se záložní 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>2G only</source>
        <translation>Pouze 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Operator selection</source>
        <translation>Volba operátora</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Určuje, zda se poskytovatel mobilní sítě volí automaticky, nebo se použije určený poskytovatel.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Manual</source>
        <translation>Ručně</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Poskytovatel mobilní sítě (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Kód určeného poskytovatele mobilní sítě (např. 21601), použitý při ruční volbě operátora.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Nastavení transparentního sériového portu měřidla a možnosti TLS transparentního režimu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Multi utility mode</source>
        <translation>Režim více médií (multi utility)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Provozní režim portu měřidla; základním nastavením je transparentní režim.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>Transparent mode</source>
        <translation>Transparentní režim</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Meter port baud rate</source>
        <translation>Přenosová rychlost portu měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Přenosová rychlost sériového portu měřidla, od 300 do 115200 Bd (standardně 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>600 baud</source>
        <translation>600 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>1200 baud</source>
        <translation>1200 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>4800 baud</source>
        <translation>4800 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>19200 baud</source>
        <translation>19200 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>38400 baud</source>
        <translation>38400 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>57600 baud</source>
        <translation>57600 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>115200 baud</source>
        <translation>115200 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>Data format for meters</source>
        <translation>Datový formát pro měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Sériový datový formát směrem k měřidlu; Auto (firmware 5.3.4.1 nebo novější) přepíná pro komunikaci IEC na 7E1, jinak používá 8N1.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="259"/>
        <source>7E1</source>
        <translation>7E1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="260"/>
        <source>8N1</source>
        <translation>8N1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="261"/>
        <source>7O1</source>
        <translation>7O1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="262"/>
        <source>7N2</source>
        <translation>7N2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="263"/>
        <source>8E1</source>
        <translation>8E1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="264"/>
        <source>8O1</source>
        <translation>8O1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="265"/>
        <source>8N2</source>
        <translation>8N2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="266"/>
        <source>Auto (IEC detect)</source>
        <translation>Auto (detekce IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>Fixed 8N1 at meter</source>
        <translation>Pevný formát 8N1 u měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Report instance 10: where, how and when the gateway pushes readings and events.</source>
        <oldsource>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</oldsource>
        <translation>Instance výkazu 10: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="48"/>
        <source>Report 1</source>
        <translation>Výkaz 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="49"/>
        <source>Report instance 1: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 1: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>Enabled</source>
        <translation>Povoleno</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Send this report.</source>
        <translation>Odesílat tento výkaz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>Transport</source>
        <translation>Přenos</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>How the report travels: HTTP(S) POST, MQTT(S) publish, FTP(S) upload, e-mail, or SFTP upload.</source>
        <translation>Jak se výkaz přenáší: HTTP(S) POST, publikace MQTT(S), nahrání přes FTP(S), e-mail nebo nahrání přes SFTP.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="54"/>
        <source>HTTP / HTTPS</source>
        <translation>HTTP / HTTPS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="55"/>
        <source>MQTT / MQTTS</source>
        <translation>MQTT / MQTTS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="56"/>
        <source>FTP / FTPS</source>
        <translation>FTP / FTPS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="57"/>
        <source>E-mail (SMTP)</source>
        <translation>Odeslání e-mailem (SMTP)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>Server URL</source>
        <translation>URL serveru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// for TLS), ftp://host/dir (ftpes:// explicit, ftps:// implicit TLS), smtp://host:587 (smtps:// for TLS), sftp://host/dir. No credentials in the URL.</source>
        <translation>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// pro TLS), ftp://host/dir (ftpes:// explicitní, ftps:// implicitní TLS), smtp://host:587 (smtps:// pro TLS), sftp://host/dir. Přihlašovací údaje do URL nepatří.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Report format: MUC.one JSON or XML, semicolon CSV (CMe3100 style), or gwterm JSON (stable message ids, one MQTT message per meter).</source>
        <translation>Formát výkazu: JSON nebo XML MUC.one, CSV se středníky (styl CMe3100) nebo JSON gwterm (stálá ID zpráv, jedna zpráva MQTT na měřidlo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="63"/>
        <source>JSON (MUC.one)</source>
        <translation>JSON (MUC.one)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="64"/>
        <source>XML (MUC.one)</source>
        <translation>XML (MUC.one)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="65"/>
        <source>CSV (semicolon, CMe3100 style)</source>
        <translation>CSV (středník, styl CMe3100)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>gwterm JSON</source>
        <translation>JSON gwterm</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>Report cycle</source>
        <translation>Cyklus výkazu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>When the report is sent: @readout (after every readout cycle), a preset (@hourly, @daily, @every 15m) or five-field cron in UTC; ? picks a random value once, | joins schedules. A report waits for the readout that precedes it.</source>
        <translation>Kdy se výkaz odesílá: @readout (po každém cyklu odečtu), předvolba (@hourly, @daily, @every 15m) nebo výraz cron s pěti poli v UTC; ? jednou zvolí náhodnou hodnotu, | spojuje plány. Výkaz čeká na odečet, který mu předchází.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>CA file</source>
        <translation>Soubor CA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>PEM file of the CA that signed the server certificate (empty: the system CAs). For SFTP: a known_hosts file.</source>
        <translation>Soubor PEM certifikační autority, která podepsala certifikát serveru (prázdné: systémové CA). Pro SFTP: soubor known_hosts.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Client certificate</source>
        <translation>Certifikát klienta</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>PEM file of the gateway&apos;s client certificate (it may hold the key too); empty for none.</source>
        <translation>Soubor PEM s certifikátem klienta brány (může obsahovat i klíč); prázdné, pokud se nepoužívá.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>Client key</source>
        <translation>Klíč klienta</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>PEM file of the client certificate&apos;s private key when it is not in the certificate file; for SFTP the client key.</source>
        <translation>Soubor PEM se soukromým klíčem certifikátu klienta, pokud není v souboru certifikátu; pro SFTP klíč klienta.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>Skip certificate checks</source>
        <translation>Přeskočit kontrolu certifikátů</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>Accept any server certificate and host name (testing only).</source>
        <translation>Přijmout jakýkoli certifikát serveru a název hostitele (pouze pro testování).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>Login at the server (HTTP basic auth, MQTT, FTP, SMTP, SFTP); empty for none.</source>
        <translation>Přihlašovací jméno na serveru (HTTP basic auth, MQTT, FTP, SMTP, SFTP); prázdné, pokud se nepoužívá.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Password at the server; written, never read back.</source>
        <translation>Heslo na serveru; pouze se zapisuje, nikdy se nečte zpět.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>MQTT QoS</source>
        <translation>MQTT QoS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>0 at most once, 1 at least once (the broker acknowledges each message), 2 exactly once.</source>
        <translation>0 nejvýše jednou, 1 alespoň jednou (broker potvrzuje každou zprávu), 2 právě jednou.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>MQTT retain</source>
        <translation>Příznak MQTT retain</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>The broker keeps the last message of each topic for new subscribers.</source>
        <translation>Broker uchovává poslední zprávu každého tématu pro nové odběratele.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>MQTT client id</source>
        <translation>ID klienta MQTT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Client identifier at the broker; empty: gwterm-&lt;gateway serial&gt;-r&lt;instance&gt;.</source>
        <translation>Identifikátor klienta u brokeru; prázdné: gwterm-&lt;výrobní číslo brány&gt;-r&lt;instance&gt;.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>E-mail recipients</source>
        <translation>Příjemci e-mailu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Recipient addresses for e-mail reports, separated by commas.</source>
        <translation>Adresy příjemců výkazů zasílaných e-mailem, oddělené čárkami.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Send events</source>
        <translation>Odesílat události</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Also send event messages (meter unreadable, decryption failed, power lost and returned) as they happen.</source>
        <translation>Odesílat i zprávy o událostech (měřidlo nečitelné, dešifrování selhalo, výpadek a obnovení napájení) ihned, jak nastanou.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Backlog</source>
        <translation>Fronta nedoručených</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>Undelivered readout cycles kept for this report; beyond it the oldest are dropped with an event.</source>
        <translation>Nedoručené cykly odečtu uchovávané pro tento výkaz; nad tento počet se nejstarší zahodí a zaznamená se událost.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>Report 2</source>
        <translation>Výkaz 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>Report instance 2: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 2: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>Report 3</source>
        <translation>Výkaz 3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>Report instance 3: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 3: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>Report 4</source>
        <translation>Výkaz 4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>Report instance 4: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 4: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Report 5</source>
        <translation>Výkaz 5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Report instance 5: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 5: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="101"/>
        <source>Report 6</source>
        <translation>Výkaz 6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="102"/>
        <source>Report instance 6: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 6: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="103"/>
        <source>Report 7</source>
        <translation>Výkaz 7</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="104"/>
        <source>Report instance 7: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 7: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="105"/>
        <source>Report 8</source>
        <translation>Výkaz 8</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="106"/>
        <source>Report instance 8: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 8: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="107"/>
        <source>Report 9</source>
        <translation>Výkaz 9</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="108"/>
        <source>Report instance 9: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance výkazu 9: kam, jak a kdy brána odesílá odečty a události.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Report 10</source>
        <translation>Výkaz 10</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Storage</source>
        <translation>Úložiště</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>How long and how much meter data the gateway keeps.</source>
        <translation>Jak dlouho a kolik dat z měřidel brána uchovává.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Keep readings for</source>
        <translation>Uchovávat odečty po dobu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Readings older than this are deleted by the daily retention pass.</source>
        <translation>Starší odečty se odstraní při denním čištění.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Database size limit</source>
        <translation>Limit velikosti databáze</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>When readings take more space, the oldest are deleted until they fit.</source>
        <translation>Pokud odečty zaberou více místa, nejstarší se mažou, dokud se nevejdou.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>GPRS / APN</source>
        <translation>GPRS / APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Access point of the mobile data connection (GSM/UMTS variants); the SMS command CNF sets the same values.</source>
        <translation>Přístupový bod mobilního datového připojení (varianty GSM/UMTS); příkaz SMS CNF nastavuje tytéž hodnoty.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>Access point name given by the mobile operator (SMS parameter APN). The SIM must allow data and have its PIN request disabled.</source>
        <translation>Název přístupového bodu přidělený mobilním operátorem (parametr SMS APN). SIM karta musí povolovat data a mít vypnutý požadavek na PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>User name for the operator&apos;s data connection (SMS parameter DUSR); empty when the operator needs none.</source>
        <translation>Uživatelské jméno pro datové připojení operátora (parametr SMS DUSR); prázdné, pokud je operátor nevyžaduje.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>Password for the operator&apos;s data connection (SMS parameter DPWD); empty when the operator needs none.</source>
        <translation>Heslo pro datové připojení operátora (parametr SMS DPWD); prázdné, pokud je operátor nevyžaduje.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Outgoing connection</source>
        <translation>Odchozí spojení</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>The server the module calls after switching on and then periodically (Client mode); a failed call is retried every 5 minutes.</source>
        <translation>Server, který modul volá po zapnutí a poté pravidelně (režim klienta); neúspěšné volání se opakuje každých 5 minut.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Server IP address</source>
        <translation>IP adresa serveru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Numeric IP address of the data concentrator the module calls (SMS parameter IP; domain names are not allowed).</source>
        <translation>Číselná IP adresa datového koncentrátoru, který modul volá (parametr SMS IP; doménová jména nejsou povolena).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Server TCP port</source>
        <translation>Port TCP serveru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>TCP port of the data concentrator for outgoing calls (SMS parameter PORT).</source>
        <translation>Port TCP datového koncentrátoru pro odchozí volání (parametr SMS PORT).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Call interval</source>
        <translation>Interval volání</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Hours between outgoing calls to the server (SMS parameter RINT), 1 to 24; 0 disables periodic calls.</source>
        <translation>Počet hodin mezi odchozími voláními serveru (parametr SMS RINT), 1 až 24; 0 pravidelná volání vypne.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>DLMS server</source>
        <translation>Server DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>How the module accepts incoming DLMS/COSEM connections (when no outgoing call is in progress).</source>
        <translation>Jak modul přijímá příchozí spojení DLMS/COSEM (když neprobíhá odchozí volání).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>DLMS TCP port</source>
        <translation>Port TCP DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Local TCP port for incoming DLMS sessions (standard 4059). A wrong port makes the module unreachable over TCP until it is corrected by SMS or RS-485.</source>
        <translation>Místní port TCP pro příchozí relace DLMS (standardně 4059). Chybný port učiní modul nedostupným přes TCP, dokud se neopraví pomocí SMS nebo RS-485.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Seconds without data after which the module ends a DLMS session (the manual&apos;s 5 minutes); 0 never ends it.</source>
        <translation>Počet sekund bez dat, po kterých modul ukončí relaci DLMS (podle návodu 5 minut); 0 ji nikdy neukončí.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Access to the module. Change the factory password without delay after installation.</source>
        <translation>Přístup k modulu. Tovární heslo po instalaci neprodleně změňte.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>DLMS / SMS password</source>
        <translation>Heslo DLMS / SMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>The LOW-authentication secret of the meter reader client (0x20), also the PWD of SMS commands. Factory default HELLO. Printable characters without spaces, so that it fits an SMS command.</source>
        <translation>Tajný údaj pro autentizaci LOW klienta meter reader (0x20), zároveň PWD příkazů SMS. Tovární hodnota HELLO. Tisknutelné znaky bez mezer, aby se vešel do příkazu SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>IPv4 (Ethernet)</source>
        <translation>IPv4 (varianta Ethernet)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Addressing of the Ethernet variant; the GSM/UMTS variants get their address from the network.</source>
        <translation>Adresování varianty Ethernet; varianty GSM/UMTS dostávají adresu ze sítě.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Use DHCP</source>
        <translation>Použít DHCP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Take address, mask, gateway and DNS servers from a DHCP server; the fields below are then ignored.</source>
        <translation>Převzít adresu, masku, bránu a servery DNS ze serveru DHCP; pole níže se pak ignorují.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>IP address</source>
        <translation>IP adresa</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Fixed IPv4 address of the module (without DHCP).</source>
        <translation>Pevná adresa IPv4 modulu (bez DHCP).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Subnet mask</source>
        <translation>Maska podsítě</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>Subnet mask for the fixed address, e.g. 255.255.255.0.</source>
        <translation>Maska podsítě pro pevnou adresu, např. 255.255.255.0.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>Default gateway</source>
        <translation>Výchozí brána</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>Router for addresses outside the subnet.</source>
        <translation>Směrovač pro adresy mimo podsíť.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Primary DNS server</source>
        <translation>Primární server DNS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Name server used by the module.</source>
        <translation>Jmenný server používaný modulem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Secondary DNS server</source>
        <translation>Sekundární server DNS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>Name server used when the primary one does not answer.</source>
        <translation>Jmenný server používaný, když primární neodpovídá.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>RS-485 (HDLC)</source>
        <translation>RS-485 (HDLC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>The RS-485 bus that shares one data connection among up to 31 more meters; DLMS runs over HDLC there.</source>
        <translation>Sběrnice RS-485, přes kterou sdílí jedno datové připojení až 31 dalších měřidel; DLMS na ní běží přes HDLC.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>Bus speed</source>
        <translation>Rychlost sběrnice</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Baud rate of the RS-485 bus; the longer the bus (up to 1200 m), the lower the speed it allows.</source>
        <translation>Přenosová rychlost sběrnice RS-485; čím delší sběrnice (až 1200 m), tím nižší rychlost umožňuje.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>HDLC inactivity timeout</source>
        <translation>Časový limit nečinnosti HDLC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>Seconds without frames after which the module drops an HDLC link on the bus; 0 never drops it.</source>
        <translation>Počet sekund bez rámců, po kterých modul zruší spojení HDLC na sběrnici; 0 je nikdy nezruší.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Output relays</source>
        <translation>Výstupní relé</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>The two relay outputs (250 V AC / 30 V DC, 3 A, NO contacts); they open when the meter loses power.</source>
        <translation>Dva reléové výstupy (250 V AC / 30 V DC, 3 A, spínací kontakty); rozepnou se, když měřidlo ztratí napájení.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Relay 1 control</source>
        <translation>Ovládání relé 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Switch relay 1 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Spínat relé 1 podle kalendáře (tabulka skriptů výstupních signálů) nebo jen dálkovými příkazy ze serveru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>By the calendar</source>
        <translation>Podle kalendáře</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>By remote command</source>
        <translation>Dálkovým příkazem</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Relay 2 control</source>
        <translation>Ovládání relé 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Switch relay 2 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Spínat relé 2 podle kalendáře (tabulka skriptů výstupních signálů) nebo jen dálkovými příkazy ze serveru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
        <source>Tariffs and profiles</source>
        <translation>Tarify a profily</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="177"/>
        <source>Tariff rates the module switches by its activity calendar, and the load profile capture periods.</source>
        <translation>Tarify, které modul přepíná podle svého kalendáře aktivit, a periody záznamu profilů zatížení.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>Number of tariff rates</source>
        <translation>Počet tarifů</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>How many of the six tariff rates the calendar uses.</source>
        <translation>Kolik ze šesti tarifů kalendář používá.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Default rate</source>
        <translation>Výchozí tarif</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>The rate that counts when the calendar names none (e.g. before a calendar is loaded).</source>
        <translation>Tarif, který platí, když kalendář žádný neurčuje (např. před nahráním kalendáře).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>Profile 1 capture period</source>
        <translation>Perioda záznamu profilu 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Seconds between two captures of periodic readout profile 1 (1.0.99.1.0.255).</source>
        <translation>Počet sekund mezi dvěma záznamy profilu periodického odečtu 1 (1.0.99.1.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>Profile 2 capture period</source>
        <translation>Perioda záznamu profilu 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Seconds between two captures of periodic readout profile 2 (1.0.99.2.0.255).</source>
        <translation>Počet sekund mezi dvěma záznamy profilu periodického odečtu 2 (1.0.99.2.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Breaker and power limit</source>
        <translation>Odpojovač a limit výkonu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>The meter&apos;s breaker disconnects the supply when the power limit is exceeded; reconnection is remote or by the button, as the control mode says.</source>
        <translation>Odpojovač měřidla odpojí napájení při překročení limitu výkonu; opětovné připojení je dálkové nebo tlačítkem, podle režimu ovládání.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Breaker control mode</source>
        <translation>Režim ovládání odpojovače</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Which ways disconnect and reconnect the supply (DLMS disconnect control modes 0-6). In the modes that go through &apos;ready for reconnection&apos; the DISCONN LED flashes until the button is pressed.</source>
        <translation>Jakými způsoby se napájení odpojuje a znovu připojuje (režimy DLMS disconnect control 0-6). V režimech, které procházejí stavem „připraveno k opětovnému připojení“, bliká LED DISCONN, dokud se nestiskne tlačítko.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>0: never disconnects</source>
        <translation>0: nikdy neodpojí</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>1: remote/button/limiter disconnect; remote reconnect needs the button</source>
        <translation>1: odpojení dálkově/tlačítkem/omezovačem; dálkové připojení vyžaduje tlačítko</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>2: remote/button/limiter disconnect; remote reconnect is direct</source>
        <translation>2: odpojení dálkově/tlačítkem/omezovačem; dálkové připojení je přímé</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>3: remote/limiter disconnect only; remote reconnect needs the button</source>
        <translation>3: odpojení jen dálkově/omezovačem; dálkové připojení vyžaduje tlačítko</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>4: remote/limiter disconnect only; remote reconnect is direct</source>
        <translation>4: odpojení jen dálkově/omezovačem; dálkové připojení je přímé</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>5: as 1, and the limiter reconnects by itself</source>
        <translation>5: jako 1 a omezovač znovu připojí sám</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>6: as 3, and the limiter reconnects by itself</source>
        <translation>6: jako 3 a omezovač znovu připojí sám</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>Power limit (immediate)</source>
        <translation>Limit výkonu (okamžitý)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Power above which the breaker disconnects at once; 0 switches this limit off.</source>
        <translation>Výkon, nad kterým odpojovač okamžitě odpojí; 0 tento limit vypne.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>Power limit (with delay)</source>
        <translation>Limit výkonu (se zpožděním)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Power above which the breaker disconnects when it is exceeded for longer than the delay below; 0 switches this limit off.</source>
        <translation>Výkon, nad kterým odpojovač odpojí, je-li překročen déle než zpoždění uvedené níže; 0 tento limit vypne.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>Power limit delay</source>
        <translation>Zpoždění limitu výkonu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>How long the delayed power limit must be exceeded before the breaker disconnects.</source>
        <translation>Jak dlouho musí být zpožděný limit výkonu překročen, než odpojovač odpojí.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Meters whose telegrams the module keeps (868 MHz); the collected telegrams are read by DLMS selective access.</source>
        <translation>Měřidla, jejichž telegramy modul uchovává (868 MHz); shromážděné telegramy se čtou selektivním přístupem DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Up to 64 meters; telegrams from other meters are ignored, and telegrams arriving before a meter&apos;s minimum interval has passed are not stored.</source>
        <translation>Až 64 měřidel; telegramy ostatních měřidel se ignorují a telegramy, které dorazí před uplynutím minimálního intervalu měřidla, se neukládají.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>Client mode</source>
        <translation>Režim klienta</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>Forward the received readings for processing outside the module (one MeterCom collecting for the concentrator).</source>
        <translation>Předávat přijaté odečty ke zpracování mimo modul (jeden MeterCom sbírá pro koncentrátor).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Identification the utility gives the module.</source>
        <translation>Identifikace, kterou modulu přiděluje distributor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>Registration number</source>
        <translation>Registrační číslo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>The utility&apos;s registration number of the module (the serial number itself is read-only, see device information).</source>
        <translation>Registrační číslo modulu u distributora (samotné sériové číslo je jen pro čtení, viz informace o zařízení).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>Firmware</source>
        <translation>Aktualizace firmwaru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>Firmware upgrade by download: the module fetches the file itself over its data connection.</source>
        <translation>Aktualizace firmwaru stažením: modul si soubor sám stáhne přes své datové připojení.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Firmware URL</source>
        <translation>URL firmwaru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Writing an address here makes the module download the firmware file from an HTTP/1.1 server (older HTTP versions are not supported) and restart; check the firmware version in the device information afterwards.</source>
        <translation>Zápisem adresy sem modul stáhne soubor firmwaru ze serveru HTTP/1.1 (starší verze HTTP nejsou podporovány) a restartuje se; poté zkontrolujte verzi firmwaru v informacích o zařízení.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Forces 8N1 on the meter port whatever data format is chosen, except Auto (which uses 8N1 for all but IEC traffic anyway).</source>
        <translation>Vynutí 8N1 na portu měřidla bez ohledu na zvolený datový formát, kromě Auto (který stejně používá 8N1 pro vše kromě komunikace IEC).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Transparent mode TLS enable</source>
        <translation>Povolit TLS v transparentním režimu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Povolí ochranu TLS transparentního komunikačního kanálu k měřidlu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Transparent mode certificate bank</source>
        <translation>Banka certifikátů transparentního režimu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Vybírá banku certifikátů používanou připojením TLS v transparentním režimu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Transparent CA certificate bank</source>
        <translation>Banka certifikátů CA transparentního režimu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Vybírá banku certifikátů CA používanou připojením TLS v transparentním režimu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Transparent mode certificate verification</source>
        <translation>Ověřování certifikátu v transparentním režimu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Povolí ověřování certifikátu protistrany u připojení TLS v transparentním režimu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>RS485 meter interface</source>
        <translation>Rozhraní měřidla RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>Způsob zapojení RS485 a chování linky DCD na portu měřidla.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>RS485 mode</source>
        <translation>Režim RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>Zapojení RS485 portu měřidla; u verzí pouze s kabelem RS232 se doporučuje „Zakázat“.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>2-wire (half duplex)</source>
        <translation>2vodičové (poloduplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>4-wire (full duplex)</source>
        <translation>4vodičové (plný duplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Disable</source>
        <translation>Zakázat</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Signál řízení směru dat poskytovaný měřidlu na portu RS232 (např. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Fix 0</source>
        <translation>Pevně 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>Fix 1</source>
        <translation>Pevně 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>Standard</source>
        <translation>Standardní</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Inverted</source>
        <translation>Invertovaný</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Watchdog</source>
        <translation>Hlídání spojení</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Pravidelný ping a automatické opětovné připojení k mobilní síti.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Ping IP address</source>
        <translation>IP adresa pro ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>IP adresa, na kterou se pravidelně posílá ping pro udržení datového připojení (0.0.0.0 ping vypne).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Number of ping retries</source>
        <translation>Počet opakování pingu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Počet nezodpovězených pingů, po kterém se datové připojení znovu sestaví.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Ping wait time (for reply)</source>
        <translation>Doba čekání na ping (odpověď)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Doba čekání na odpověď na ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Wait time (for next ping)</source>
        <translation>Doba čekání (do dalšího pingu)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Doba čekání před odesláním dalšího pingu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>GPRS connection closed and restored after</source>
        <translation>Uzavřít a obnovit spojení GPRS po</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Doba, po které se přerušené nebo neodpovídající datové připojení uzavře a obnoví; nikdy ji nenastavujte pod hodnotu doporučenou vaším operátorem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Standard Meter Interface</source>
        <translation>Standardní rozhraní měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Function assigned to each status LED.</source>
        <translation>Funkce přiřazená jednotlivým stavovým LED.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>LED1 function</source>
        <translation>Funkce LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>Stav zobrazovaný LED1 (modrá, uprostřed).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>Not used</source>
        <translation>Nepoužito</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>GSM / GPRS status</source>
        <translation>Stav GSM / GPRS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>SIM status</source>
        <translation>Stav SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>E-meter status</source>
        <translation>Stav elektroměru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>Firmware status</source>
        <translation>Stav firmwaru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Network status and access technology</source>
        <translation>Stav sítě a přístupová technologie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Meter status with IEC polling</source>
        <translation>Stav měřidla s dotazováním IEC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>AMM (IEC) client state</source>
        <translation>Stav klienta AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>LED2 function</source>
        <translation>Funkce LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>Stav zobrazovaný LED2 (červená, dole).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>LED3 function</source>
        <translation>Funkce LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>Stav zobrazovaný LED3 (zelená, nahoře).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="319"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>Oznámení LastGasp pomocí SMS při výpadku napájení.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="320"/>
        <source>LastGasp SMS</source>
        <translation>SMS LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="321"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Odesílá SMS POWER LOST a POWER RETURN při výpadku a obnovení napájení.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="322"/>
        <source>LastGasp phone number</source>
        <translation>Telefonní číslo LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="323"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Telefonní číslo, na které se odesílají SMS LastGasp.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="324"/>
        <source>Device Manager</source>
        <translation>Připojení k Device Manageru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="325"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>Nastavení TLS připojení k Device Manageru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="326"/>
        <source>Device Manager TLS enable</source>
        <translation>Povolit TLS pro Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="327"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Povolí TLS na připojení k Device Manageru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="328"/>
        <source>Device Manager certificate bank</source>
        <translation>Banka certifikátů Device Manageru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="329"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Vybírá banku certifikátů používanou pro připojení TLS k Device Manageru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="330"/>
        <source>Device Manager CA certificate bank</source>
        <translation>Banka certifikátů CA Device Manageru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="331"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Vybírá banku certifikátů CA používanou pro připojení TLS k Device Manageru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="332"/>
        <source>Device Manager certificate verification</source>
        <translation>Ověřování certifikátu Device Manageru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="333"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Povolí ověřování certifikátu serveru Device Manageru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Zabezpečení</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="334"/>
        <source>Communication password and CSD/SMS configuration password.</source>
        <translation>Komunikační heslo a konfigurační heslo pro CSD/SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="46"/>
        <source>Communication password</source>
        <translation>Komunikační heslo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="6"/>
        <source>General</source>
        <translation>Obecné</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="7"/>
        <source>Name and readout cycle of the gateway.</source>
        <translation>Název a cyklus odečtu brány.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="8"/>
        <source>Gateway name</source>
        <translation>Název brány</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="9"/>
        <source>A name shown in discovery, reports and the tool.</source>
        <translation>Název zobrazovaný při vyhledávání zařízení, ve výkazech a v nástroji.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="10"/>
        <source>Readout cycle</source>
        <translation>Cyklus odečtu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="11"/>
        <source>When meters are read: five-field cron, or a preset such as @every 10s, @hourly, @daily.</source>
        <translation>Kdy se měřidla odečítají: výraz cron s pěti poli nebo předvolba, např. @every 10s, @hourly, @daily.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="13"/>
        <source>The wired M-Bus meters read by this gateway.</source>
        <translation>Drátová měřidla M-Bus odečítaná touto bránou.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="15"/>
        <source>Speed of the wired M-Bus.</source>
        <translation>Rychlost drátové sběrnice M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="20"/>
        <source>Wired meters to read on each readout cycle, by primary or secondary address.</source>
        <translation>Drátová měřidla odečítaná v každém cyklu odečtu, podle primární nebo sekundární adresy.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="22"/>
        <source>Primary or secondary address</source>
        <translation>Primární nebo sekundární adresa</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="25"/>
        <source>Wireless M-Bus</source>
        <translation>Bezdrátový M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="26"/>
        <source>The wireless receiver and the wireless meters kept by this gateway.</source>
        <translation>Bezdrátový přijímač a bezdrátová měřidla spravovaná touto bránou.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="27"/>
        <source>Receiver</source>
        <translation>Přijímač</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="28"/>
        <source>Where telegrams come from: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, or empty for none.</source>
        <translation>Odkud telegramy přicházejí: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, nebo prázdné, pokud se přijímač nepoužívá.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="29"/>
        <source>Link mode</source>
        <translation>Režim spojení</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="30"/>
        <source>The receiver&apos;s wireless M-Bus mode.</source>
        <translation>Režim bezdrátového M-Bus u přijímače.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="31"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="32"/>
        <source>C1 (frame A)</source>
        <translation>C1 (rámec A)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="33"/>
        <source>C1 (frame B)</source>
        <translation>C1 (rámec B)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="34"/>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="35"/>
        <source>Listen mode</source>
        <translation>Režim naslouchání</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="36"/>
        <source>Also show meters that are not on the list (their values are not kept).</source>
        <translation>Zobrazovat i měřidla, která nejsou v seznamu (jejich hodnoty se neuchovávají).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="37"/>
        <source>Wireless meters</source>
        <translation>Bezdrátová měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="38"/>
        <source>Meters whose telegrams are decrypted and kept; the keys come from the gateway&apos;s key store.</source>
        <translation>Měřidla, jejichž telegramy se dešifrují a uchovávají; klíče pocházejí z úložiště klíčů brány.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="39"/>
        <source>Meter id</source>
        <translation>ID měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="41"/>
        <source>Minimum interval</source>
        <translation>Minimální interval</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="42"/>
        <source>Meter keys</source>
        <translation>Klíče měřidel</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="43"/>
        <source>AES-128 keys of the wireless meters as id=key pairs separated by semicolons; written, never read back.</source>
        <translation>Klíče AES-128 bezdrátových měřidel jako dvojice id=klíč oddělené středníky; pouze se zapisují, nikdy se nečtou zpět.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="45"/>
        <source>Access to the gateway.</source>
        <translation>Přístup k bráně.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="47"/>
        <source>Password for the configuration protocol (gwcp); never read back.</source>
        <translation>Heslo pro konfigurační protokol (gwcp); nikdy se nečte zpět.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="335"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Heslo, které novější firmware vyžaduje pro konfiguraci modemu (výchozí heslo vám sdělí výrobce).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="336"/>
        <source>CSD password</source>
        <translation>Heslo CSD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="337"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Heslo chránící přístup přes CSD a příkazy SMS (pw=); prázdné znamená bez hesla.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="338"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Port pro transparentní (IEC) odečet měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="339"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>Port TCP pro transparentní komunikaci s elektroměrem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="340"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>Port TCP, přes který WM-E Term vzdáleně konfiguruje modem a vyměňuje jeho firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="341"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Použitá mobilní přístupová technologie, např. pouze 4G nebo LTE se záložní 2G.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="342"/>
        <source>3G only</source>
        <translation>Pouze 3G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="343"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Nastavení transparentního sériového portu měřidla RS232.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="344"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Provozní režim portu měřidla; výchozí je transparentní režim.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="345"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Přenosová rychlost sériového portu měřidla (výchozí 9600 Bd).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="346"/>
        <source>Serial data format towards the meter.</source>
        <translation>Sériový datový formát směrem k měřidlu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="347"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Pevný datový formát 8N1 u měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="348"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Funkce přiřazená každé ze šesti stavových LED.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="349"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>Stav zobrazovaný LED1 (úplně vlevo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="350"/>
        <source>E-meter communication</source>
        <translation>Komunikace s elektroměrem</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="351"/>
        <source>M-Bus status</source>
        <translation>Stav M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="352"/>
        <source>Status shown by LED2.</source>
        <translation>Stav zobrazovaný LED2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="353"/>
        <source>Status shown by LED3.</source>
        <translation>Stav zobrazovaný LED3.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="354"/>
        <source>LED4 function</source>
        <translation>Funkce LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="355"/>
        <source>Status shown by LED4.</source>
        <translation>Stav zobrazovaný LED4.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="356"/>
        <source>LED5 function</source>
        <translation>Funkce LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="357"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>Stav zobrazovaný LED5 (ve výchozím stavu nepoužito).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="358"/>
        <source>LED6 function</source>
        <translation>Funkce LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="359"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>Stav zobrazovaný LED6 (úplně vpravo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="360"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Při výpadku napájení odešle oznámení SMS; podle návodu to zatím není ve firmwaru 2.68 implementováno.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="361"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Telefonní číslo, na které se odesílá oznámení LastGasp pomocí SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="362"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="363"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Nastavení serveru DLMS, klienta měřidla a push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="364"/>
        <source>Start DLMS session during boot</source>
        <translation>Zahájit relaci DLMS při spuštění</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="365"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Zahájí relaci DLMS během spouštění modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="366"/>
        <source>DLMS AMM IP address</source>
        <translation>IP adresa DLMS AMM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="367"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>IP adresa hostitele DLMS AMM (0.0.0.0, pokud se nepoužívá).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="368"/>
        <source>DLMS server port</source>
        <translation>Port serveru DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="369"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>Port TCP serveru DLMS (0, pokud se nepoužívá).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="370"/>
        <source>Max. time without DLMS communication</source>
        <translation>Max. doba bez komunikace DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="371"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Maximální povolená doba bez komunikace DLMS, po které se relace ukončí.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="372"/>
        <source>DLMS password</source>
        <translation>Heslo DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="373"/>
        <source>General DLMS password of the modem.</source>
        <translation>Obecné heslo DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="374"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Možné metody autentizace DLMS/COSEM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="375"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Čárkami oddělený seznam ID přijímaných mechanismů autentizace DLMS/COSEM.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="376"/>
        <source>Disconnect relay control</source>
        <translation>Ovládání odpojovacího relé</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="377"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Režim ovládání odpojovacího relé.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="378"/>
        <source>Billing register visibility</source>
        <translation>Viditelnost fakturačních registrů</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="379"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Určuje, zda jsou registry 1-0:1.8.0*255 a 1-0:2.8.0*255 viditelné v denních a měsíčních (0-0:98.1.0*255) profilech fakturačních hodnot.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="380"/>
        <source>Registers are not visible</source>
        <translation>Registry nejsou viditelné</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="381"/>
        <source>Registers are visible</source>
        <translation>Registry jsou viditelné</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="382"/>
        <source>DLMS server logical address</source>
        <translation>Logická adresa serveru DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="383"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Logická adresa serveru DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="384"/>
        <source>DLMS server physical address</source>
        <translation>Fyzická adresa serveru DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="385"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Fyzická adresa serveru DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="386"/>
        <source>DLMS server client address</source>
        <translation>Adresa klienta serveru DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="387"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Adresa klienta přijímaná serverem DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="388"/>
        <source>DLMS server authentication</source>
        <translation>Autentizace serveru DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="389"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Režim autentizace serveru DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="390"/>
        <source>NONE</source>
        <translation>ŽÁDNÁ</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="391"/>
        <source>LOW</source>
        <translation>LOW</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="392"/>
        <source>HIGH</source>
        <translation>HIGH</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="393"/>
        <source>HIGH (MD5)</source>
        <translation>HIGH (MD5)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="394"/>
        <source>HIGH (SHA-1)</source>
        <translation>HIGH (SHA-1)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="395"/>
        <source>HIGH (GMAC)</source>
        <translation>HIGH (GMAC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="396"/>
        <source>DLMS server password</source>
        <translation>Heslo serveru DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="397"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Autentizační heslo serveru DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="398"/>
        <source>DLMS client logical address</source>
        <translation>Logická adresa klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="399"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Logická adresa elektroměru dotazovaného klientem DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="400"/>
        <source>DLMS client physical address</source>
        <translation>Fyzická adresa klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="401"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Fyzická adresa elektroměru dotazovaného klientem DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="402"/>
        <source>DLMS client address</source>
        <translation>Adresa klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="403"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Adresa klienta, kterou modem používá při odečtu elektroměru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="404"/>
        <source>DLMS client authentication</source>
        <translation>Autentizace klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="405"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Režim autentizace používaný při odečtu elektroměru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="406"/>
        <source>DLMS client password</source>
        <translation>Heslo klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="407"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Heslo používané při odečtu elektroměru.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="408"/>
        <source>Object list</source>
        <translation>Seznam objektů</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="409"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Dotazované objekty měřidla ve tvaru OBIS:atribut oddělené čárkami; při prázdném seznamu se dotazují 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 a 1.1.97.97.3.255:2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="410"/>
        <source>Meter poll interval</source>
        <translation>Interval dotazování měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="411"/>
        <source>How often the DLMS client reads the object list&apos;s objects from the meter; a changed value is pushed (0 switches polling off).</source>
        <translation>Jak často klient DLMS čte z měřidla objekty ze seznamu objektů; změněná hodnota se odešle jako push (0 dotazování vypne).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="412"/>
        <source>DLMS push logical address</source>
        <translation>Logická adresa DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="413"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Logická adresa používaná ve zprávách DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="414"/>
        <source>DLMS push physical address</source>
        <translation>Fyzická adresa DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="415"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Fyzická adresa používaná ve zprávách DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="416"/>
        <source>DLMS push client address</source>
        <translation>Adresa klienta DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="417"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Adresa klienta používaná ve zprávách DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="418"/>
        <source>DLMS push authentication</source>
        <translation>Autentizace DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="419"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Režim autentizace používaný pro zprávy DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="420"/>
        <source>DLMS push password</source>
        <translation>Heslo DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="421"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Heslo používané pro zprávy DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="422"/>
        <source>Push base logical name</source>
        <translation>Základní logický název push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="423"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Základní logický název (kód OBIS) objektu push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="424"/>
        <source>DLMS push IP address</source>
        <translation>IP adresa DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="425"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>Cílová adresa IPv4 zpráv DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="426"/>
        <source>DLMS push port</source>
        <translation>Port DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="427"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>Cílový port TCP zpráv DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="428"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Nastavení odečtu drátových měřidel M-Bus a tabulka měřidel.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="429"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Maximální počet měřidel M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="430"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Maximální počet měřidel M-Bus obsluhovaných modemem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="431"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Doba instalačního režimu drátové sběrnice M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="432"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Doba trvání instalačního režimu drátové sběrnice M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="433"/>
        <source>Readout time</source>
        <translation>Perioda odečtu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="434"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Perioda odečtu měřidel M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="435"/>
        <source>Upload time</source>
        <translation>Perioda odesílání</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="436"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Perioda odesílání dat M-Bus (měsíční objekty se zpracovávají navíc).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="437"/>
        <source>File encryption type</source>
        <translation>Typ šifrování souboru</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="438"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Typ šifrování (název souboru) datového souboru M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="439"/>
        <source>Number of monthly objects</source>
        <translation>Počet měsíčních objektů</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="440"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Počet ukládaných měsíčních objektů M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Inactivity timeout</source>
        <translation>Časový limit nečinnosti</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="441"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Doba bez dat z měřidla M-Bus, po které se měřidlo považuje za neaktivní.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>Přenosová rychlost M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="442"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Přenosová rychlost linky M-Bus (výchozí 2400 Bd, možné jsou i vyšší rychlosti).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="443"/>
        <source>Activate address</source>
        <translation>Aktivační adresa</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="444"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>Identifikátor ve tvaru adresy, který otevírá kanál M-Bus pro optické připojení HHU.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="445"/>
        <source>HHU inactivity timeout</source>
        <translation>Časový limit nečinnosti HHU</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="446"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>Spojení HHU M-Bus se po této době nečinnosti ukončí.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>Měřidla M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="447"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Připojená měřidla M-Bus identifikovaná primární nebo sekundární adresou, s odečítaným polem a jeho mapováním na DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="448"/>
        <source>Medium</source>
        <translation>Médium</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="449"/>
        <source>Water</source>
        <translation>Voda</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="450"/>
        <source>Warm water</source>
        <translation>Teplá voda</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="451"/>
        <source>Hot water</source>
        <translation>Horká voda</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="452"/>
        <source>Cold water</source>
        <translation>Studená voda</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="453"/>
        <source>Heat</source>
        <translation>Teplo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="454"/>
        <source>Cooling</source>
        <translation>Chlad</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="455"/>
        <source>Gas</source>
        <translation>Plyn</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="456"/>
        <source>Electricity</source>
        <translation>Elektřina</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="457"/>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Výrobce</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="458"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="459"/>
        <source>Scale unit</source>
        <translation>Měřítko a jednotka</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>Registr OBIS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="460"/>
        <source>Read interval</source>
        <translation>Interval čtení</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="461"/>
        <source>Load profile object</source>
        <translation>Objekt profilu zatížení</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="462"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>Adresa M-Bus (primární nebo sekundární)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="463"/>
        <source>Required field number(s)</source>
        <translation>Požadovaná čísla polí</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="464"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Název měřidla</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="465"/>
        <source>Secondary transparent</source>
        <translation>Sekundární transparentní kanál</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="466"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Sekundární transparentní port pro odečet měření M-Bus přes DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="467"/>
        <source>Secondary transparent port</source>
        <translation>Sekundární transparentní port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="468"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>Port TCP pro odečet naposledy načtených dat měřidel M-Bus přes DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="469"/>
        <source>Secondary transparent baud rate</source>
        <translation>Přenosová rychlost sekundárního transparentního kanálu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="470"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Přenosová rychlost sekundárního transparentního kanálu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="471"/>
        <source>Secondary transparent data format</source>
        <translation>Datový formát sekundárního transparentního kanálu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="472"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Sériový datový formát sekundárního transparentního kanálu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="473"/>
        <source>Start transmission (TX) delay</source>
        <translation>Zpoždění zahájení vysílání (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="474"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Zpoždění před zahájením vysílání na sekundárním transparentním kanálu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="475"/>
        <source>Communication password of the modem.</source>
        <translation>Komunikační heslo modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="476"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Heslo, které konfigurační nástroj používá při komunikaci s modemem.</translation>
    </message>
</context>
</TS>
