"""AT commands (V.250, 3GPP TS 27.007/27.005), CSD call state, SMS PDUs (TS 23.040/23.038); sans-I/O."""
