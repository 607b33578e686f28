<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AtTerminal</name>
    <message>
        <location filename="../app/views/at_terminal.py" line="36"/>
        <source>AT terminal</source>
        <translation>Terminal AT</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="46"/>
        <location filename="../app/views/at_terminal.py" line="113"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="49"/>
        <location filename="../app/views/at_terminal.py" line="114"/>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="51"/>
        <source>Modem</source>
        <translation>Port modemu</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="61"/>
        <source>AT command, Enter sends (Up/Down: history)</source>
        <translation>Polecenie AT, Enter wysyła (Góra/Dół: historia)</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="84"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Podaj port modemu, np. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="87"/>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="91"/>
        <source>Cannot open the modem: %1</source>
        <translation>Nie można otworzyć modemu: %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="95"/>
        <source>Open: %1</source>
        <translation>Otwarty: %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="96"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="135"/>
        <source>The modem&apos;s port closed.</source>
        <translation>Port modemu został zamknięty.</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="168"/>
        <source>(type the message text, Enter sends it)</source>
        <translation>(wpisz treść wiadomości, Enter ją wysyła)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="175"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="178"/>
        <source>Filter (user, action, device, key)</source>
        <translation>Filtr (użytkownik, akcja, urządzenie, parametr)</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="181"/>
        <source>All actions</source>
        <translation>Wszystkie akcje</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="195"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="200"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="201"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="202"/>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="203"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="204"/>
        <source>Keys</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="205"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="206"/>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>Export audit log</source>
        <translation>Eksportuj dziennik audytu</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>CSV (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AxdrHexInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="267"/>
        <source>The tagged A-XDR value as hex, e.g. 02 02 0F FD 16 1E</source>
        <translation>Wartość A-XDR ze znacznikiem typu w zapisie hex, np. 02 02 0F FD 16 1E</translation>
    </message>
</context>
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
</context>
<context>
    <name>BooleanInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="145"/>
        <source>true</source>
        <translation>prawda</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="150"/>
        <source>Profile name</source>
        <translation>Nazwa profilu</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="151"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Zapisane profile połączeń; wpisz nową nazwę, aby zapisać nowy profil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="154"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="155"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Zapisz te ustawienia pod nazwą profilu (nigdy hasła)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="158"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="168"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Szeregowe (RS-232 / USB)</translation>
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
        <translation>CSD (połączenie danych GSM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="172"/>
        <source>SMS commands</source>
        <translation>Polecenia SMS</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="185"/>
        <source>Connection type</source>
        <translation>Typ połączenia</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="194"/>
        <source>communication password</source>
        <translation>hasło komunikacyjne</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="197"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="207"/>
        <source>Remember in the key store</source>
        <translation>Zapamiętaj w magazynie kluczy</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="209"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Przechowywane w postaci zaszyfrowanej pod hasłem głównym magazynu kluczy, nigdy w zwykłych ustawieniach</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="211"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Szyfruj sesję (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="212"/>
        <source>Communication</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="223"/>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="226"/>
        <source>Log off</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="254"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
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
        <translation>Prędkość transmisji</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="266"/>
        <source>Data format</source>
        <translation>Format danych</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="279"/>
        <location filename="../app/views/connection_panel.py" line="294"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="290"/>
        <location filename="../app/views/connection_panel.py" line="296"/>
        <source>CA certificate</source>
        <translation>Certyfikat CA</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="291"/>
        <location filename="../app/views/connection_panel.py" line="297"/>
        <source>Client certificate</source>
        <translation>Certyfikat klienta</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <location filename="../app/views/connection_panel.py" line="298"/>
        <source>Client key</source>
        <translation>Klucz klienta</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Do not verify the server (insecure)</source>
        <translation>Nie weryfikuj serwera (niebezpieczne)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="374"/>
        <source>Not connected</source>
        <translation>Nie połączono</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="375"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="376"/>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="377"/>
        <source>Connection failed</source>
        <translation>Połączenie nieudane</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="168"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="169"/>
        <source>The PC&apos;s current time</source>
        <translation>Bieżący czas komputera</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="194"/>
        <source>Local time of this PC; the device gets it with the PC&apos;s UTC deviation</source>
        <translation>Czas lokalny tego komputera; urządzenie otrzymuje go z odchyleniem od UTC ustawionym w komputerze</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="86"/>
        <location filename="../app/views/controller.py" line="112"/>
        <source>%1 cancelled.</source>
        <translation>%1: operacja anulowana.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="122"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>Urządzenie odrzuciło wartości; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="154"/>
        <source>Connect</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="166"/>
        <source>Log off</source>
        <translation>Wylogowanie</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="179"/>
        <source>Parameters read.</source>
        <translation>Parametry odczytane.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="181"/>
        <source>Parameter read</source>
        <translation>Odczyt parametrów</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="190"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Nie ma nic do zapisania: żadna wartość nie została zmieniona.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Verify failed for: %1</source>
        <translation>Weryfikacja nie powiodła się dla: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="212"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n wartość zapisana i zweryfikowana.</numerusform>
            <numerusform>%n wartości zapisane i zweryfikowane.</numerusform>
            <numerusform>%n wartości zapisanych i zweryfikowanych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="215"/>
        <source>Parameter write</source>
        <translation>Zapis parametrów</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="243"/>
        <source>Device information</source>
        <translation>Informacje o urządzeniu</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="251"/>
        <source>A restart by SMS is not offered here.</source>
        <translation>Restart przez SMS nie jest tu dostępny.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="255"/>
        <source>The device restarted and answers again.</source>
        <translation>Urządzenie zostało zrestartowane i ponownie odpowiada.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="257"/>
        <source>Restart</source>
        <translation>Restart urządzenia</translation>
    </message>
</context>
<context>
    <name>DeviceInfoDialog</name>
    <message>
        <location filename="../app/views/device_info.py" line="63"/>
        <source>Device information</source>
        <translation>Informacje o urządzeniu</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="79"/>
        <source>Model</source>
        <translation>Model urządzenia</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="80"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="81"/>
        <source>Serial number</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="82"/>
        <source>Firmware version</source>
        <translation>Wersja firmware</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="83"/>
        <source>Hardware ID</source>
        <translation>Identyfikator sprzętu</translation>
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
        <translation>Operator sieci</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="87"/>
        <source>Access technology</source>
        <translation>Technologia dostępu</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="88"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="89"/>
        <source>IP address</source>
        <translation>Adres IP</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="90"/>
        <source>Host name</source>
        <translation>Nazwa hosta</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="101"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="103"/>
        <source>Copy all</source>
        <translation>Kopiuj wszystko</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="105"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>poor</source>
        <translation>słaby</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>fair</source>
        <translation>średni</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>good</source>
        <translation>dobry</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>excellent</source>
        <translation>doskonały</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="130"/>
        <source>RSSI: %1 dBm (%2)</source>
        <translation>RSSI: %1 dBm (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="134"/>
        <source>RSSI: not available</source>
        <translation>RSSI: niedostępne</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="135"/>
        <source>Access technology: %1</source>
        <translation>Technologia dostępu: %1</translation>
    </message>
</context>
<context>
    <name>DlmsTab</name>
    <message>
        <location filename="../app/views/dlms_tab.py" line="112"/>
        <source>Not connected.</source>
        <translation>Nie połączono.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="130"/>
        <source>tcp://host[:4059] (IEC 62056-47 wrapper), serial:///dev/ttyUSB0 (HDLC), or tcp://host:port?link=hdlc for HDLC through a transparent port</source>
        <translation>tcp://host[:4059] (wrapper IEC 62056-47), serial:///dev/ttyUSB0 (HDLC) lub tcp://host:port?link=hdlc dla HDLC przez port transparentny</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="142"/>
        <source>Client address (SAP): 0x10 public client without password, 0x20 meter reader with password</source>
        <translation>Adres klienta (SAP): 0x10 klient publiczny bez hasła, 0x20 meter reader (odczyt) z hasłem</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="149"/>
        <source>Server logical address (logical device; 1 = management)</source>
        <translation>Adres logiczny serwera (urządzenie logiczne; 1 = management)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="154"/>
        <source>LLS password</source>
        <translation>Hasło LLS</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="155"/>
        <source>Low level security password; empty for the public client</source>
        <translation>Hasło Low Level Security; puste dla klienta publicznego</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="159"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="161"/>
        <source>Show or hide the password</source>
        <translation>Pokaż lub ukryj hasło</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="167"/>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="170"/>
        <source>Disconnect</source>
        <translation>Rozłącz</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="173"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="183"/>
        <source>Device:</source>
        <translation>Urządzenie:</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="185"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="187"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="190"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="204"/>
        <source>Filter: OBIS code or class</source>
        <translation>Filtr: kod OBIS lub klasa</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Object</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Display form</source>
        <translation>Postać wyświetlana</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="214"/>
        <source>Enter or double-click reads every readable attribute</source>
        <translation>Enter lub dwukrotne kliknięcie odczytuje wszystkie czytelne atrybuty</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="221"/>
        <location filename="../app/views/dlms_tab.py" line="623"/>
        <source>Select an object.</source>
        <translation>Wybierz obiekt.</translation>
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
        <translation>Atrybut</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="242"/>
        <source>Read</source>
        <translation>Odczytaj</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="245"/>
        <source>Read all</source>
        <translation>Odczytaj wszystkie</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="248"/>
        <source>Write…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="264"/>
        <source>Invoke…</source>
        <translation>Wywołaj…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="278"/>
        <source>Methods</source>
        <translation>Metody</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="285"/>
        <source>Attributes</source>
        <translation>Atrybuty</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="286"/>
        <source>Profile buffer</source>
        <translation>Bufor profilu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="288"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="290"/>
        <source>Save the table on the visible page as CSV</source>
        <translation>Zapisz tabelę z widocznej strony jako CSV</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="320"/>
        <source>Not connected</source>
        <translation>Nie połączono</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="321"/>
        <source>Connecting</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="322"/>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="323"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="362"/>
        <source>Connect to a device first</source>
        <translation>Najpierw połącz się z urządzeniem</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="364"/>
        <source>Wait for the running exchange, or Cancel it</source>
        <translation>Poczekaj na zakończenie bieżącej wymiany lub ją anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="366"/>
        <source>Select an object first</source>
        <translation>Najpierw wybierz obiekt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="371"/>
        <source>Read the selected attributes (all readable ones if none)</source>
        <translation>Odczytaj wybrane atrybuty (wszystkie czytelne, jeśli nie wybrano żadnego)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="373"/>
        <source>Read every readable attribute</source>
        <translation>Odczytaj wszystkie czytelne atrybuty</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="378"/>
        <source>Select one attribute</source>
        <translation>Wybierz jeden atrybut</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="380"/>
        <source>This attribute is not writable for this client</source>
        <translation>Ten atrybut nie jest zapisywalny dla tego klienta</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="382"/>
        <source>Edit and write the selected attribute</source>
        <translation>Edytuj i zapisz wybrany atrybut</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="386"/>
        <source>Select a method</source>
        <translation>Wybierz metodę</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="388"/>
        <source>This method is not available to this client</source>
        <translation>Ta metoda nie jest dostępna dla tego klienta</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="390"/>
        <source>Invoke the selected method</source>
        <translation>Wywołaj wybraną metodę</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="393"/>
        <source>Select a profile generic object (class 7)</source>
        <translation>Wybierz obiekt profile generic (klasa 7)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="395"/>
        <source>Read the buffer rows chosen on the left</source>
        <translation>Odczytaj wiersze bufora wybrane po lewej</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="420"/>
        <source>Busy: wait for the running exchange, or Cancel it.</source>
        <translation>Zajęte: poczekaj na zakończenie bieżącej wymiany lub ją anuluj.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="430"/>
        <source>Cancelled.</source>
        <translation>Operacja anulowana.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="433"/>
        <source>the exchange was cancelled</source>
        <translation>wymiana została anulowana</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="448"/>
        <source>Association refused (password or client address?)</source>
        <translation>Asocjacja odrzucona (hasło lub adres klienta?)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="450"/>
        <source>The device does not answer</source>
        <translation>Urządzenie nie odpowiada</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="452"/>
        <source>Connection problem</source>
        <translation>Problem z połączeniem</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="454"/>
        <source>The device refused</source>
        <translation>Urządzenie odmówiło</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="456"/>
        <source>Invalid input</source>
        <translation>Nieprawidłowe dane</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="457"/>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="474"/>
        <source>Disconnected: %1. Connect again.</source>
        <translation>Rozłączono: %1. Połącz ponownie.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="490"/>
        <source>Give the device URL, e.g. tcp://192.168.1.10:4059.</source>
        <translation>Podaj URL urządzenia, np. tcp://192.168.1.10:4059.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="499"/>
        <source>Connecting to %1 …</source>
        <translation>Łączenie z %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="519"/>
        <source>Associated; reading the object list …</source>
        <translation>Asocjacja nawiązana; odczyt listy obiektów …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="525"/>
        <source>Connected to %1 (client 0x%2, %3 authentication): %n object(s).</source>
        <translation>
            <numerusform>Połączono z %1 (klient 0x%2, uwierzytelnianie %3): %n obiekt.</numerusform>
            <numerusform>Połączono z %1 (klient 0x%2, uwierzytelnianie %3): %n obiekty.</numerusform>
            <numerusform>Połączono z %1 (klient 0x%2, uwierzytelnianie %3): %n obiektów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="548"/>
        <source>Disconnected.</source>
        <translation>Rozłączono.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="555"/>
        <source>Class %1</source>
        <translation>Klasa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="569"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n obiekt</numerusform>
            <numerusform>%n obiekty</numerusform>
            <numerusform>%n obiektów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="658"/>
        <location filename="../app/views/dlms_tab.py" line="748"/>
        <source>no access</source>
        <translation>brak dostępu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="659"/>
        <source>read</source>
        <translation>odczyt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="660"/>
        <source>write</source>
        <translation>zapis</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="661"/>
        <source>read/write</source>
        <translation>odczyt/zapis</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="685"/>
        <source>scaler %1, unit %2</source>
        <translation>skaler %1, jednostka %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="688"/>
        <source>values shown in %1</source>
        <translation>wartości pokazane w %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="720"/>
        <source>(read it on the Profile buffer page)</source>
        <translation>(odczytaj go na stronie „Bufor profilu”)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="749"/>
        <source>access</source>
        <translation>dostęp</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="750"/>
        <source>authenticated access</source>
        <translation>dostęp uwierzytelniony</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="798"/>
        <source>The selected attributes are not readable for this client.</source>
        <translation>Wybrane atrybuty nie są czytelne dla tego klienta.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="835"/>
        <source>Nothing readable selected.</source>
        <translation>Nie wybrano nic do odczytu.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="837"/>
        <source>Reading %1 …</source>
        <translation>Odczyt %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="852"/>
        <source>refused: %1</source>
        <translation>odrzucono: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="855"/>
        <source>Read %n attribute(s) of %1.</source>
        <translation>
            <numerusform>Odczytano %n atrybut obiektu %1.</numerusform>
            <numerusform>Odczytano %n atrybuty obiektu %1.</numerusform>
            <numerusform>Odczytano %n atrybutów obiektu %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="857"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n odrzucony.</numerusform>
            <numerusform>%n odrzucone.</numerusform>
            <numerusform>%n odrzuconych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="870"/>
        <source>This attribute is not writable for this client.</source>
        <translation>Ten atrybut nie jest zapisywalny dla tego klienta.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="880"/>
        <source>Write %1 · %2</source>
        <translation>Zapisz %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="900"/>
        <source>Writing %1 · %2 …</source>
        <translation>Zapisywanie %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="904"/>
        <source>write refused: %1</source>
        <translation>zapis odrzucony: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="913"/>
        <source>Wrote %1 · %2; the device reads back: %3</source>
        <translation>Zapisano %1 · %2; odczyt zwrotny z urządzenia: %3</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="917"/>
        <source>Wrote %1 · %2.</source>
        <translation>Zapisano %1 · %2.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="931"/>
        <source>This method is not available to this client.</source>
        <translation>Ta metoda nie jest dostępna dla tego klienta.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="934"/>
        <source>Invoke %1 · %2</source>
        <translation>Wywołaj %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="949"/>
        <source>Invoking %1 · %2 …</source>
        <translation>Wywoływanie %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="951"/>
        <source>%1 · %2 done.</source>
        <translation>%1 · %2 wykonano.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="953"/>
        <source>Returned: %1</source>
        <translation>Zwrócono: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="999"/>
        <source>Reading the buffer of %1 …</source>
        <translation>Odczyt bufora %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1008"/>
        <source>this profile captures no clock</source>
        <translation>ten profil nie rejestruje zegara</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1015"/>
        <source>The buffer of %1 is empty.</source>
        <translation>Bufor %1 jest pusty.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1024"/>
        <source>%n row(s) of %1.</source>
        <translation>
            <numerusform>%n wiersz z %1.</numerusform>
            <numerusform>%n wiersze z %1.</numerusform>
            <numerusform>%n wierszy z %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>Export table</source>
        <translation>Eksportuj tabelę</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1052"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1059"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz do %1.</numerusform>
            <numerusform>Wyeksportowano %n wiersze do %1.</numerusform>
            <numerusform>Wyeksportowano %n wierszy do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="157"/>
        <source>Edit values: %1</source>
        <translation>Edycja wartości: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="190"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n pole wymaga uwagi.</numerusform>
            <numerusform>%n pola wymagają uwagi.</numerusform>
            <numerusform>%n pól wymaga uwagi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>IPv4 or IPv6 address</source>
        <translation>Adres IPv4 lub IPv6</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 hex digits</source>
        <translation>maksymalnie %1 cyfr szesnastkowych</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="350"/>
        <source>at most %1 characters</source>
        <translation>maksymalnie %1 znaków</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="35"/>
        <source>Firmware</source>
        <translation>Aktualizacja firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>For models</source>
        <translation>Dla modeli urządzeń</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Replaces from version</source>
        <translation>Zastępuje od wersji</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Payload</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Signer</source>
        <translation>Podpisujący</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Device runs</source>
        <translation>Bieżąca wersja w urządzeniu</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="52"/>
        <source>Activation state</source>
        <translation>Stan aktywacji</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="59"/>
        <source>Choose image…</source>
        <translation>Wybierz obraz…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="61"/>
        <source>Update</source>
        <translation>Aktualizuj</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Choose firmware image</source>
        <translation>Wybierz obraz firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Obrazy (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="100"/>
        <source>Not a usable image: %1</source>
        <translation>Obraz nie nadaje się do użycia: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="117"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Gotowe: jeszcze nic nie wysłano.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="135"/>
        <source>last update undone: %1</source>
        <translation>ostatnia aktualizacja wycofana: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Transferring</source>
        <translation>Przesyłanie</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Checking and installing</source>
        <translation>Sprawdzanie i instalowanie</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Activating</source>
        <translation>Aktywowanie</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Ponowne uruchamianie, oczekiwanie na potwierdzenie</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="155"/>
        <source>Confirmed</source>
        <translation>Potwierdzono</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="169"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 z %2 bajtów, %3 B/s, pozostało %4 s</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="183"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Zaktualizowano z %1 do %2, potwierdzono.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Operacja anulowana. Uruchom aktualizację ponownie, aby wznowić przesyłanie od miejsca przerwania.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="195"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Niepowodzenie: %1. Uruchom aktualizację ponownie, aby wznowić.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Open sheet…</source>
        <translation>Otwórz arkusz…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="163"/>
        <source>password for all (else the key store)</source>
        <translation>hasło dla wszystkich (w przeciwnym razie z magazynu kluczy)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="164"/>
        <source>Plan</source>
        <translation>Zaplanuj</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="169"/>
        <source>Concurrency: </source>
        <translation>Współbieżność: </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="170"/>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="172"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="174"/>
        <source>Export results…</source>
        <translation>Eksportuj wyniki…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="176"/>
        <source>Rollback…</source>
        <translation>Wycofaj…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="178"/>
        <source>Firmware rollout…</source>
        <translation>Wdróż firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="180"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Aktualizuj wszystkie urządzenia z arkusza falami 5%, 25%, 100%; zatrzymaj przy ponad 2% niepowodzeń</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <source>Open fleet sheet</source>
        <translation>Otwórz arkusz floty</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Arkusze (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="239"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1: gotowe urządzenia: %2, nieprawidłowe wiersze: %3.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="256"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>brak hasła dla %1: wpisz je powyżej lub zapisz w magazynie kluczy</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="273"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Operacja anulowana: urządzenia już zapisane zachowują nowe wartości; pozostałe pozostają bez zmian.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="299"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plan: urządzenia do zmiany: %1, nieodczytane: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="328"/>
        <source>Apply finished: %1.</source>
        <translation>Zastosowanie zakończone: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Export results</source>
        <translation>Eksportuj wyniki</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Arkusze (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Rollback from results</source>
        <translation>Wycofaj na podstawie wyników</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Firmware image to roll out</source>
        <translation>Obraz firmware do wdrożenia</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Obrazy (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="423"/>
        <source>Rollout: %1.</source>
        <translation>Wdrożenie: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="425"/>
        <source>Rollout stopped: %1</source>
        <translation>Wdrożenie zatrzymane: %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="436"/>
        <source>Changes for row %1</source>
        <translation>Zmiany dla wiersza %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="104"/>
        <source>%1 is also the %2; they must differ</source>
        <translation>%1 to także %2; muszą się różnić</translation>
    </message>
</context>
<context>
    <name>GsmFields</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="75"/>
        <source>The serial port of the local GSM modem</source>
        <translation>Port szeregowy lokalnego modemu GSM</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="85"/>
        <source>The phone number of the gateway&apos;s SIM card</source>
        <translation>Numer telefonu karty SIM bramki</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="86"/>
        <source>Modem port</source>
        <translation>Port modemu</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Modem speed</source>
        <translation>Prędkość modemu</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="88"/>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="91"/>
        <source>WM-E (pw=….cmd=…)</source>
        <translation>WM-E (polecenia pw=….cmd=…)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="92"/>
        <source>2N MeterCom (MCP …)</source>
        <translation>2N MeterCom (polecenia MCP …)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="94"/>
        <source>Command dialect</source>
        <translation>Dialekt poleceń</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="95"/>
        <source>The password is the device&apos;s SMS (CSD) password.</source>
        <translation>Hasło to hasło SMS (CSD) urządzenia.</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="98"/>
        <source>With a CSD password set, it is the password to give.</source>
        <translation>Jeśli ustawiono hasło CSD, należy podać właśnie je.</translation>
    </message>
</context>
<context>
    <name>IecReadoutWindow</name>
    <message>
        <location filename="../app/views/iec_readout.py" line="50"/>
        <source>IEC 62056-21 meter readout</source>
        <translation>Odczyt licznika IEC 62056-21</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="59"/>
        <source>An optical head on a serial port (300 Bd 7E1 unless given), or a modem&apos;s transparent port</source>
        <translation>Głowica optyczna na porcie szeregowym (300 Bd 7E1, o ile nie podano inaczej) lub port transparentny modemu</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="65"/>
        <source>Mode %1</source>
        <translation>Tryb %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="69"/>
        <source>none (any meter on the line)</source>
        <translation>brak (dowolny licznik na linii)</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="71"/>
        <source>Meter</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="72"/>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="73"/>
        <source>Device address</source>
        <translation>Adres urządzenia</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="74"/>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Read</source>
        <translation>Odczytaj</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="77"/>
        <source>Copy all</source>
        <translation>Kopiuj wszystko</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="79"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="86"/>
        <source>Not read yet</source>
        <translation>Jeszcze nie odczytano</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="114"/>
        <source>Give the meter&apos;s port, e.g. serial:///dev/ttyUSB0</source>
        <translation>Podaj port licznika, np. serial:///dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="121"/>
        <source>Reading %1 …</source>
        <translation>Odczyt %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="129"/>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="132"/>
        <source>Readout failed: %1</source>
        <translation>Odczyt nie powiódł się: %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="153"/>
        <source>As the meter sent it: %1</source>
        <translation>Tak, jak wysłał licznik: %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>check OK</source>
        <translation>kontrola OK</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>CHECK FAILED</source>
        <translation>KONTROLA NIEUDANA</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="160"/>
        <source>%1 · mode %2 · %3 Bd · %4 values · %5</source>
        <translation>%1 · tryb %2 · %3 Bd · wartości: %4 · %5</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="185"/>
        <source>Export readout</source>
        <translation>Eksportuj odczyt</translation>
    </message>
</context>
<context>
    <name>IntegerInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="136"/>
        <source>Whole number from %1 to %2</source>
        <translation>Liczba całkowita od %1 do %2</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="225"/>
        <source>Import keys from %1</source>
        <translation>Import kluczy z pliku %1</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Meter</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="234"/>
        <source>Import good rows</source>
        <translation>Importuj poprawne wiersze</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="263"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>Poprawne wiersze do zaimportowania: %1; wiersze z problemami, które nie zostaną zaimportowane: %2.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="39"/>
        <source>gwterm login</source>
        <translation>Logowanie do gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="48"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="49"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="102"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — konfiguracja bramek</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="112"/>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Log</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="121"/>
        <source>Wireless</source>
        <translation>Bezprzewodowe</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="125"/>
        <source>DLMS</source>
        <translation>DLMS</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="130"/>
        <source>Readings</source>
        <translation>Odczyty</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="132"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="137"/>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="176"/>
        <source>Parameter read</source>
        <translation>Odczyt parametrów</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="179"/>
        <source>Parameter write</source>
        <translation>Zapis parametrów</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="182"/>
        <source>Device information</source>
        <translation>Informacje o urządzeniu</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="185"/>
        <source>Open configuration…</source>
        <translation>Otwórz konfigurację…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="191"/>
        <source>Save configuration…</source>
        <translation>Zapisz konfigurację…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="197"/>
        <source>Compare with file…</source>
        <translation>Porównaj z plikiem…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="200"/>
        <source>Traffic monitor</source>
        <translation>Monitor transmisji</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="204"/>
        <source>Firmware…</source>
        <translation>Aktualizacja firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="207"/>
        <location filename="../app/views/main_window.py" line="765"/>
        <source>Restart device</source>
        <translation>Uruchom ponownie urządzenie</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Change communication password…</source>
        <translation>Zmień hasło komunikacyjne…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="213"/>
        <source>Users…</source>
        <translation>Użytkownicy…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="214"/>
        <source>Audit log…</source>
        <translation>Dziennik audytu…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>SMS console…</source>
        <translation>Konsola SMS…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="219"/>
        <source>AT terminal…</source>
        <translation>Terminal AT…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="222"/>
        <source>Meter readout (IEC 62056-21)…</source>
        <translation>Odczyt licznika (IEC 62056-21)…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="227"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <location filename="../app/views/main_window.py" line="994"/>
        <source>About gwterm</source>
        <translation>O programie gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="229"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="244"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="246"/>
        <source>Recent files</source>
        <translation>Ostatnie pliki</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="250"/>
        <source>&amp;Admin</source>
        <translation>&amp;Administracja</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="254"/>
        <source>&amp;Operation</source>
        <translation>&amp;Operacje</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="260"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="265"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="274"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Main</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="297"/>
        <source>Edit values</source>
        <translation>Edytuj wartości</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="302"/>
        <source>Search all parameters</source>
        <translation>Szukaj we wszystkich parametrach</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="306"/>
        <source>Parameter group:</source>
        <translation>Grupa parametrów:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="314"/>
        <source>Revert group</source>
        <translation>Cofnij zmiany w grupie</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="317"/>
        <source>Revert all</source>
        <translation>Cofnij wszystko</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="320"/>
        <source>Reveal edited secrets</source>
        <translation>Pokaż zmienione dane poufne</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="350"/>
        <location filename="../app/views/main_window.py" line="811"/>
        <source>Read device log</source>
        <translation>Odczytaj dziennik urządzenia</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="362"/>
        <location filename="../app/views/main_window.py" line="451"/>
        <source>Not connected</source>
        <translation>Nie połączono</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="461"/>
        <source>%1 · serial %2</source>
        <translation>%1 · nr seryjny %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="478"/>
        <source>Edited groups: %1</source>
        <translation>Zmienione grupy: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="481"/>
        <source>Edited groups: none</source>
        <translation>Zmienione grupy: brak</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="515"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>Connect to a device first</source>
        <translation>Najpierw połącz się z urządzeniem</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="516"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Poczekaj na zakończenie bieżącej operacji lub ją anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="542"/>
        <source>Nothing changed: edit values first</source>
        <translation>Nic nie zmieniono: najpierw edytuj wartości</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="544"/>
        <source>Nothing is running</source>
        <translation>Żadna operacja nie jest wykonywana</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="547"/>
        <source>Not available over SMS</source>
        <translation>Niedostępne przez SMS</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="548"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Twoja rola (%1) na to nie pozwala</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>The password was not stored: %1</source>
        <translation>Hasło nie zostało zapisane: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="767"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>Uruchomić ponownie urządzenie teraz? Połączenie zostanie przerwane i przywrócone, gdy urządzenie znów odpowie.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="777"/>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Change communication password</source>
        <translation>Zmień hasło komunikacyjne</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="778"/>
        <source>New password:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Repeat it:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="789"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Hasła się różnią; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="792"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>Nowe hasło jest przygotowane: użyj „Zapis parametrów”, aby je wysłać.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>The device log cannot be read over SMS.</source>
        <translation>Dziennika urządzenia nie można odczytać przez SMS.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <source>Open configuration</source>
        <translation>Otwórz konfigurację</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Konfiguracja (*.cfg);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="851"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>Plik zawiera nieprawidłowe wartości; nic nie zostało wczytane.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="866"/>
        <source>Connect to the device to load %1 as changes.</source>
        <translation>Połącz się z urządzeniem, aby wczytać %1 jako zmiany.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="878"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>Wczytano %1: liczba wartości różniących się od urządzenia: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Save configuration</source>
        <translation>Zapisz konfigurację</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Configuration (*.cfg)</source>
        <translation>Konfiguracja (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="905"/>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Compare with file</source>
        <translation>Porównaj z plikiem</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="923"/>
        <source>Compare with %1</source>
        <translation>Porównanie z %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="930"/>
        <location filename="../app/views/main_window.py" line="934"/>
        <source>(secret)</source>
        <translation>(poufne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="939"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n różnica.</numerusform>
            <numerusform>%n różnice.</numerusform>
            <numerusform>%n różnic.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="939"/>
        <source>No differences.</source>
        <translation>Brak różnic.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="942"/>
        <source>Load file values as edits</source>
        <translation>Wczytaj wartości z pliku jako zmiany</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="995"/>
        <source>gwterm %1
Configure smart-metering gateways, and be one.
MIT licence.</source>
        <translation>gwterm %1
Konfiguruj bramki inteligentnego opomiarowania – i bądź jedną z nich.
Licencja MIT.</translation>
    </message>
</context>
<context>
    <name>MbusTab</name>
    <message>
        <location filename="../app/views/mbus_tab.py" line="58"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>Magistrala: port szeregowy z konwerterem poziomów M-Bus lub tcp://host:port (transparentny M-Bus)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 zgodnie z normą; 8N1 dla niektórych głowic optycznych</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Converter echoes</source>
        <translation>Konwerter odsyła echo</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="70"/>
        <source>Wake-up preamble</source>
        <translation>Preambuła wybudzająca</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="71"/>
        <source>Scan primary</source>
        <translation>Skanuj adresy pierwotne</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="74"/>
        <source>Scan secondary</source>
        <translation>Skanuj adresy wtórne</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="77"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Bus:</source>
        <translation>Magistrala:</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="86"/>
        <source>Baud</source>
        <translation>Prędkość (Bd)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Primary</source>
        <translation>Adres pierwotny</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Secondary address</source>
        <translation>Adres wtórny</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Manufacturer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Medium</source>
        <translation>Rodzaj medium</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="103"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="104"/>
        <source>Id</source>
        <translation>Numer identyfikacyjny</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="111"/>
        <source>Read selected meter</source>
        <translation>Odczytaj wybrany licznik</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Storage</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Tariff</source>
        <translation>Taryfa</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Subunit</source>
        <translation>Podjednostka</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Quantity</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="123"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="124"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="131"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Operacja anulowana.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="187"/>
        <source>Failed.</source>
        <translation>Operacja nie powiodła się.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="213"/>
        <source>Probing %1 …</source>
        <translation>Odpytywanie %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>Znaleziono %n licznik.</numerusform>
            <numerusform>Znaleziono %n liczniki.</numerusform>
            <numerusform>Znaleziono %n liczników.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="225"/>
        <source>%1 bus transactions.</source>
        <translation>Transakcje na magistrali: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="247"/>
        <source>Select a meter first.</source>
        <translation>Najpierw wybierz licznik.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="265"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n rekord (liczba telegramów: %1).</numerusform>
            <numerusform>%n rekordy (liczba telegramów: %1).</numerusform>
            <numerusform>%n rekordów (liczba telegramów: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>Export records</source>
        <translation>Eksportuj rekordy</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>CSV (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
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
        <translation>wartość pusta (null-data)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="26"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="30"/>
        <source>Dismiss</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>ParamTableModel</name>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter description</source>
        <translation>Opis parametru</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter value</source>
        <translation>Wartość parametru</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="67"/>
        <source>(not set)</source>
        <translation>(nie ustawiono)</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Disabled</source>
        <translation>Wyłączone</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/param_model.py" line="78"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../app/views/fields.py" line="118"/>
        <location filename="../app/views/fields.py" line="146"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="120"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="124"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="125"/>
        <source>Remove this secret from the device</source>
        <translation>Usuń tę daną poufną z urządzenia</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="140"/>
        <source>will be cleared</source>
        <translation>zostanie wyczyszczone</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="153"/>
        <source>the communication password cannot be empty</source>
        <translation>hasło komunikacyjne nie może być puste</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../app/views/dlms_profile.py" line="151"/>
        <source>All entries</source>
        <translation>Wszystkie wpisy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="152"/>
        <source>Time range</source>
        <translation>Zakres czasu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="153"/>
        <source>Last entries</source>
        <translation>Ostatnie wpisy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="154"/>
        <source>Which rows of the buffer to read (selective access)</source>
        <translation>Które wiersze bufora odczytać (dostęp selektywny)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="167"/>
        <source>How many of the newest entries to read</source>
        <translation>Ile najnowszych wpisów odczytać</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="168"/>
        <source>Read buffer</source>
        <translation>Odczytaj bufor</translation>
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
        <translation>Wpisy</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="196"/>
        <source>The column plotted over the clock column</source>
        <translation>Kolumna wykreślana względem kolumny zegara</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="199"/>
        <source>Plot</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="217"/>
        <source>Install pyqtgraph to see the plot.</source>
        <translation>Zainstaluj pyqtgraph, aby zobaczyć wykres.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="238"/>
        <source>Entry</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="286"/>
        <source>This profile captures no clock</source>
        <translation>Ten profil nie rejestruje zegara</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="304"/>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="197"/>
        <source>Meter</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="198"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="199"/>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="200"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="201"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="202"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="233"/>
        <source>Read failed</source>
        <translation>Odczyt nie powiódł się</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>stale</source>
        <translation>nieaktualne</translation>
    </message>
</context>
<context>
    <name>ReadingsTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="278"/>
        <source>Last 24 hours</source>
        <translation>Ostatnie 24 godziny</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="279"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="280"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="281"/>
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="282"/>
        <source>From – to</source>
        <translation>Od – do</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="302"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="304"/>
        <source>Read the meter list, the newest values and the events again</source>
        <translation>Ponownie odczytaj listę liczników, najnowsze wartości i zdarzenia</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="306"/>
        <source>Read now</source>
        <translation>Odczytaj teraz</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="309"/>
        <source>Read every meter on the list now, outside the readout cycle, and store the readout</source>
        <translation>Odczytaj teraz wszystkie liczniki z listy, poza cyklem odczytu, i zapisz odczyt</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="312"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="321"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="323"/>
        <source>Export XLSX…</source>
        <translation>Eksportuj XLSX…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="325"/>
        <source>Export PNG…</source>
        <translation>Eksportuj PNG…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="328"/>
        <source>Range:</source>
        <translation>Okres:</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="347"/>
        <source>Id</source>
        <translation>Numer identyfikacyjny</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="348"/>
        <source>Medium</source>
        <translation>Rodzaj medium</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="349"/>
        <source>Last value</source>
        <translation>Ostatnia wartość</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="350"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="351"/>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="360"/>
        <source>Select one meter, or several (Ctrl, Shift) to overlay them</source>
        <translation>Wybierz jeden licznik lub kilka (Ctrl, Shift), aby je nałożyć</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Meter</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="410"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="411"/>
        <source>Events</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="450"/>
        <source>Select meters with readings in the range first</source>
        <translation>Najpierw wybierz liczniki z odczytami w wybranym okresie</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="459"/>
        <source>This device keeps no stored readings.</source>
        <translation>To urządzenie nie przechowuje odczytów.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="488"/>
        <source>Reading the newest values: meter %1 of %2 …</source>
        <translation>Odczyt najnowszych wartości: licznik %1 z %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="514"/>
        <source>%n meter(s) with stored readings.</source>
        <translation>
            <numerusform>%n licznik z zapisanymi odczytami.</numerusform>
            <numerusform>%n liczniki z zapisanymi odczytami.</numerusform>
            <numerusform>%n liczników z zapisanymi odczytami.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="518"/>
        <source>Read stored meters</source>
        <translation>Odczyt zapisanych liczników</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="535"/>
        <source>Reading the meters …</source>
        <translation>Odczytywanie liczników …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="536"/>
        <source>Read meters now</source>
        <translation>Odczytaj liczniki teraz</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="541"/>
        <source>Reading the meters takes a while; the gateway stores the readout when done.</source>
        <translation>Odczyt liczników trwa dłużej; bramka zapisze odczyt po jego zakończeniu.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="543"/>
        <source>The gateway has no meters to read (no meter bus or receiver, or an empty list).</source>
        <translation>Bramka nie ma liczników do odczytu (brak magistrali liczników lub odbiornika albo pusta lista).</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="545"/>
        <source>Read %1 meter(s) now: %2 new reading(s) stored.</source>
        <translation>Odczytano liczników: %1; zapisano nowych wartości: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="551"/>
        <source>%1 meter(s) could not be read.</source>
        <translation>Nie udało się odczytać liczników: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="583"/>
        <source>maximum</source>
        <translation>wartość maksymalna</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="584"/>
        <source>minimum</source>
        <translation>wartość minimalna</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="585"/>
        <source>during error</source>
        <translation>w stanie błędu</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="589"/>
        <source>storage %1</source>
        <translation>pamięć %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="590"/>
        <source>tariff %1</source>
        <translation>taryfa %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="591"/>
        <source>subunit %1</source>
        <translation>podjednostka %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="619"/>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="620"/>
        <source>Interface: %1</source>
        <translation>Interfejs: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="623"/>
        <source>Manufacturer: %1</source>
        <translation>Producent: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="625"/>
        <source>Version: %1</source>
        <translation>Wersja: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="670"/>
        <source>no readings</source>
        <translation>brak odczytów</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="672"/>
        <source>unreadable</source>
        <translation>nieczytelny</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="676"/>
        <source>stale</source>
        <translation>nieaktualne</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="678"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="726"/>
        <source>Meter unreadable</source>
        <translation>Licznik nieczytelny</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="727"/>
        <source>Meter readable again</source>
        <translation>Licznik znów czytelny</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="728"/>
        <source>Decryption failed</source>
        <translation>Błąd odszyfrowania</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="729"/>
        <source>Power lost</source>
        <translation>Zanik zasilania</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="730"/>
        <source>Power returned</source>
        <translation>Powrót zasilania</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="731"/>
        <source>Report backlog dropped</source>
        <translation>Odrzucono kolejkę zaległych raportu</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="746"/>
        <source>Events (%1)</source>
        <translation>Zdarzenia (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="817"/>
        <source>Loading %1 (%2 of %3): %4 readings …</source>
        <translation>Wczytywanie %1 (%2 z %3): wczytano odczytów: %4 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="836"/>
        <source>%n reading(s) loaded.</source>
        <translation>
            <numerusform>Wczytano %n odczyt.</numerusform>
            <numerusform>Wczytano %n odczyty.</numerusform>
            <numerusform>Wczytano %n odczytów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="840"/>
        <source>Loading readings …</source>
        <translation>Wczytywanie odczytów …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="841"/>
        <source>Load readings</source>
        <translation>Wczytanie odczytów</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="902"/>
        <source>No readings of the selected meters in this range.</source>
        <translation>Brak odczytów wybranych liczników w tym okresie.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="941"/>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="946"/>
        <source>Nothing to export: select meters with readings in the range first.</source>
        <translation>Nie ma nic do wyeksportowania: najpierw wybierz liczniki z odczytami w wybranym okresie.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Export readings</source>
        <translation>Eksportuj odczyty</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <source>CSV (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="962"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: nie można zapisać (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Excel (*.xlsx)</source>
        <translation>Plik Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="986"/>
        <source>Nothing to export: plot a series first.</source>
        <translation>Nie ma nic do wyeksportowania: najpierw wykreśl serię.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>Export plot</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="992"/>
        <source>%1: cannot write the image</source>
        <translation>%1: nie można zapisać obrazu</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../app/views/reports_tab.py" line="68"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="70"/>
        <source>Read the readout cycle and every report&apos;s state again</source>
        <translation>Ponownie odczytaj cykl odczytu i stan każdego raportu</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="79"/>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="80"/>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="81"/>
        <source>Transport</source>
        <translation>Sposób przesyłania</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="82"/>
        <source>Server URL</source>
        <translation>URL serwera</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="83"/>
        <source>Format</source>
        <translation>Format raportu</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="84"/>
        <source>Cycle</source>
        <translation>Cykl raportu</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="85"/>
        <source>Waiting</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="86"/>
        <source>Last success</source>
        <translation>Ostatnie powodzenie</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="87"/>
        <source>Last failure</source>
        <translation>Ostatnie niepowodzenie</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="88"/>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="110"/>
        <location filename="../app/views/reports_tab.py" line="470"/>
        <source>Test send</source>
        <translation>Wysyłka testowa</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="112"/>
        <source>Send now</source>
        <translation>Wyślij teraz</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="114"/>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="116"/>
        <source>Revert form</source>
        <translation>Cofnij zmiany w formularzu</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="127"/>
        <source>Test send uses the form&apos;s values without writing them. Send now delivers what the report has waiting, with the written settings. Apply stages the form&apos;s values: Parameter write (Ctrl+W) sends them.</source>
        <translation>„Wysyłka testowa” używa wartości z formularza bez ich zapisywania. „Wyślij teraz” dostarcza to, co czeka w raporcie, z zapisanymi ustawieniami. „Zastosuj” przygotowuje wartości z formularza: „Zapis parametrów” (Ctrl+W) je wysyła.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="182"/>
        <source>This device sends no reports.</source>
        <translation>To urządzenie nie wysyła raportów.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="193"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Twoja rola (%1) na to nie pozwala</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="208"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Najpierw połącz się z urządzeniem, które przechowuje odczyty.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="209"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Poczekaj na zakończenie bieżącej operacji lub ją anuluj.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="211"/>
        <source>Correct the marked fields first.</source>
        <translation>Najpierw popraw zaznaczone pola.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="216"/>
        <source>Send a test report with the form&apos;s values; nothing is written</source>
        <translation>Wyślij raport testowy z wartościami z formularza; nic nie zostanie zapisane</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="221"/>
        <source>The report is not enabled on the device.</source>
        <translation>Raport nie jest włączony w urządzeniu.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="222"/>
        <source>Deliver what this report has waiting, now (with the written settings)</source>
        <translation>Dostarcz teraz to, co czeka w tym raporcie (z zapisanymi ustawieniami)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="224"/>
        <source>Deliver what is waiting, now: with the written settings, not the form&apos;s</source>
        <translation>Dostarcz teraz to, co czeka: z zapisanymi ustawieniami, nie z formularza</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="226"/>
        <source>Nothing changed.</source>
        <translation>Nic się nie zmieniło.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="231"/>
        <source>Stage the form&apos;s values; Parameter write (Ctrl+W) writes them</source>
        <translation>Przygotuj wartości z formularza; „Zapis parametrów” (Ctrl+W) je zapisze</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="290"/>
        <source>Read report status</source>
        <translation>Odczyt stanu raportów</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="304"/>
        <source>Readout cycle %1</source>
        <translation>Cykl odczytu %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="307"/>
        <source>last %1 (%n reading(s))</source>
        <translation>
            <numerusform>ostatni %1 (%n odczyt)</numerusform>
            <numerusform>ostatni %1 (%n odczyty)</numerusform>
            <numerusform>ostatni %1 (%n odczytów)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="312"/>
        <source>next %1</source>
        <translation>następny %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="314"/>
        <source>reading now</source>
        <translation>trwa odczyt</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="331"/>
        <source>Report %1</source>
        <translation>Raport %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="338"/>
        <source>%1 (%2 readouts)</source>
        <translation>%1 (odczyty: %2)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="390"/>
        <source>Settings of %1</source>
        <translation>Ustawienia: %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="425"/>
        <source>The device refused the settings; nothing was sent.</source>
        <translation>Urządzenie odrzuciło ustawienia; nic nie zostało wysłane.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="457"/>
        <source>Test report %1 delivered. The server answered:</source>
        <translation>Raport testowy %1 dostarczony. Serwer odpowiedział:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="464"/>
        <source>Test report %1 not delivered:</source>
        <translation>Raport testowy %1 nie został dostarczony:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>Sending a test report to %1 …</source>
        <translation>Wysyłanie raportu testowego do %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>the stored server</source>
        <translation>zapisanego serwera</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="495"/>
        <source>The device did not send the report:</source>
        <translation>Urządzenie nie wysłało raportu:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="501"/>
        <source>Report %1 delivered; nothing is waiting.</source>
        <translation>Raport %1 dostarczony; nic więcej nie czeka.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="507"/>
        <source>Report %1 is still being delivered (%2 message(s) waiting).</source>
        <translation>Raport %1 jest nadal dostarczany (oczekujące komunikaty: %2).</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="510"/>
        <source>Refresh shows how it ends.</source>
        <translation>„Odśwież” pokaże, jak się to zakończy.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="516"/>
        <source>Report %1 not delivered (%2 message(s) waiting):</source>
        <translation>Raport %1 nie został dostarczony (oczekujące komunikaty: %2):</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="524"/>
        <source>Send report now</source>
        <translation>Natychmiastowa wysyłka raportu</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="525"/>
        <source>Sending report %1 …</source>
        <translation>Wysyłanie raportu %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="540"/>
        <source>%n value(s) staged.</source>
        <translation>
            <numerusform>%n wartość przygotowana.</numerusform>
            <numerusform>%n wartości przygotowane.</numerusform>
            <numerusform>%n wartości przygotowanych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="541"/>
        <source>Use Parameter write (Ctrl+W) to write them to the device.</source>
        <translation>Użyj „Zapis parametrów” (Ctrl+W), aby zapisać je w urządzeniu.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="42"/>
        <source>Energy readings (and power: W, kW, MW) are shown and exported in this unit</source>
        <translation>Odczyty energii (i moc: W, kW, MW) są pokazywane i eksportowane w tej jednostce</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Semicolon (;)</source>
        <translation>Średnik (;)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="47"/>
        <source>Comma (,)</source>
        <translation>Przecinek (,)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="48"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="49"/>
        <source>The separator of every CSV file the application writes or copies</source>
        <translation>Separator każdego pliku CSV, który aplikacja zapisuje lub kopiuje</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="53"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="54"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="68"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Domyślnie szyfruj sesje (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="71"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="72"/>
        <source>Energy unit</source>
        <translation>Jednostka energii</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="73"/>
        <source>CSV separator</source>
        <translation>Separator CSV</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="74"/>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="75"/>
        <source>Answer timeout</source>
        <translation>Limit czasu odpowiedzi</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="76"/>
        <source>Retries</source>
        <translation>Liczba powtórzeń</translation>
    </message>
</context>
<context>
    <name>SmsConsole</name>
    <message>
        <location filename="../app/views/sms_console.py" line="53"/>
        <source>SMS console</source>
        <translation>Konsola SMS</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="62"/>
        <location filename="../app/views/sms_console.py" line="154"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="65"/>
        <location filename="../app/views/sms_console.py" line="155"/>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="67"/>
        <source>Modem</source>
        <translation>Port modemu</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="86"/>
        <source>Number, e.g. +36201234567</source>
        <translation>Numer, np. +36201234567</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="93"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="120"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Podaj port modemu, np. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="123"/>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="129"/>
        <source>Cannot open the modem: %1</source>
        <translation>Nie można otworzyć modemu: %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="136"/>
        <source>Open: %1</source>
        <translation>Otwarty: %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="137"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="236"/>
        <source>received</source>
        <translation>odebrano</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="237"/>
        <source>sending…</source>
        <translation>wysyłanie…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="238"/>
        <source>sent, not yet delivered</source>
        <translation>wysłano, jeszcze nie doręczono</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="239"/>
        <source>delivered</source>
        <translation>doręczono</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="240"/>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="269"/>
        <source>%1 characters, %2 SMS</source>
        <translation>Znaki: %1, SMS: %2</translation>
    </message>
</context>
<context>
    <name>StoredDataTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="145"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Najpierw połącz się z urządzeniem, które przechowuje odczyty.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="166"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Poczekaj na zakończenie bieżącej operacji lub ją anuluj.</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../app/views/fields.py" line="208"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="209"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="210"/>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="211"/>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="212"/>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="299"/>
        <source>row %1, column %2</source>
        <translation>wiersz %1, kolumna %2</translation>
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
        <translation>Edytuj oktety w zapisie hex zamiast tekstu</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="238"/>
        <location filename="../app/views/dlms_editor.py" line="239"/>
        <source>A decimal number</source>
        <translation>Liczba dziesiętna</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="240"/>
        <source>Bits as 0 and 1, first bit left</source>
        <translation>Bity jako 0 i 1, pierwszy bit z lewej</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="241"/>
        <source>Printable text</source>
        <translation>Tekst drukowalny</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as hex, e.g. 0A FF</source>
        <translation>Oktety w zapisie hex, np. 0A FF</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as text</source>
        <translation>Oktety jako tekst</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../app/views/traffic.py" line="92"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="93"/>
        <source>Dir</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="94"/>
        <source>Length</source>
        <translation>Długość</translation>
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
        <translation>Ramki gwcp</translation>
    </message>
</context>
<context>
    <name>TrafficMonitor</name>
    <message>
        <location filename="../app/views/traffic.py" line="118"/>
        <source>Traffic monitor</source>
        <translation>Monitor transmisji</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="132"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="134"/>
        <source>Filter (hex, text or frame name)</source>
        <translation>Filtr (hex, tekst lub nazwa ramki)</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="136"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="138"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="140"/>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Save traffic</source>
        <translation>Zapisz transmisję</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="75"/>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="84"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="85"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="86"/>
        <source>Change role…</source>
        <translation>Zmień rolę…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="87"/>
        <source>Reset password…</source>
        <translation>Resetuj hasło…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="135"/>
        <source>Add user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="136"/>
        <source>Password (8 characters or more):</source>
        <translation>Hasło (co najmniej 8 znaków):</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Change role</source>
        <translation>Zmień rolę</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>Reset password</source>
        <translation>Resetuj hasło</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>New password:</source>
        <translation>Nowe hasło:</translation>
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
        <translation>data i czas (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="318"/>
        <source>date-time (tag 25)</source>
        <translation>data i czas (znacznik 25)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="319"/>
        <source>octet-string</source>
        <translation>ciąg oktetów (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="320"/>
        <source>null-data</source>
        <translation>wartość pusta (null-data)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="325"/>
        <source>A-XDR (hex)</source>
        <translation>A-XDR (szesnastkowo)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="346"/>
        <source>Now: %1 (%2)</source>
        <translation>Obecnie: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="356"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="357"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="65"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>URL odbiornika (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) lub plik z telegramami w formacie hex</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Listen</source>
        <translation>Nasłuchuj</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="76"/>
        <source>Import keys…</source>
        <translation>Importuj klucze…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="80"/>
        <source>Receiver:</source>
        <translation>Odbiornik:</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Id</source>
        <translation>Numer identyfikacyjny</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Manufacturer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Version</source>
        <translation>Wersja</translation>
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
        <translation>Ostatni odbiór</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="96"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Storage</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Tariff</source>
        <translation>Taryfa</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Quantity</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="111"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="112"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>Telegramy: %1, liczniki: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Import wM-Bus keys</source>
        <translation>Importuj klucze wM-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Arkusze (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store</source>
        <translation>Magazyn kluczy</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store master password:</source>
        <translation>Hasło główne magazynu kluczy:</translation>
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
        <translation>Ustawienia punktu dostępowego (APN) dla mobilnej transmisji danych.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>APN name</source>
        <translation>Nazwa APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Nazwa serwera APN podana przez operatora sieci komórkowej.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>APN username</source>
        <translation>Nazwa użytkownika APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Nazwa użytkownika APN, jeśli operator sieci komórkowej jej wymaga.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>APN password</source>
        <translation>Hasło APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Hasło APN, jeśli operator sieci komórkowej go wymaga.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>PDP connection delay</source>
        <translation>Opóźnienie połączenia PDP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Opóźnienie przed zestawieniem połączenia danych (PDP), pozostawiające czas na połączenie z modemem przez CSD po błędnej konfiguracji.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>Porty TCP do odczytu liczników, konfiguracji modemu i pobierania firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Utility communication port (primary)</source>
        <translation>Port komunikacyjny dostawcy mediów (główny)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Port transparentnego (IEC) odczytu licznika o wyższym priorytecie, używany także do konfiguracji i aktualizacji firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Customer communication port (secondary)</source>
        <translation>Port komunikacyjny klienta (dodatkowy)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Port o niższym priorytecie do komunikacji z licznikiem, konfiguracji i aktualizacji firmware; musi być inny niż port główny (0 go wyłącza).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Configuration and firmware download port</source>
        <translation>Port konfiguracji i pobierania firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>Port TCP do zdalnej parametryzacji modemu i wymiany jego firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Mobile network</source>
        <translation>Sieć komórkowa</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>PIN karty SIM, technologia dostępu i wybór operatora sieci komórkowej.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>SIM PIN</source>
        <translation>PIN karty SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>Kod PIN włożonej karty SIM; pozostaw puste, jeśli karta SIM nie ma kodu PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="234"/>
        <source>Frequency band / access technology</source>
        <translation>Pasmo częstotliwości / technologia dostępu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="235"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Używana technologia dostępu do sieci komórkowej, np. tylko 4G lub LTE z rezerwą 2G (połączenia CSD wymagają technologii korzystającej z sieci 2G).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="236"/>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="237"/>
        <source>4G (LTE) only</source>
        <translation>Tylko 4G (LTE)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="238"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE z rezerwą 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="239"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE z rezerwą 3G/2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>LTE Cat.M1 only</source>
        <translation>Tylko LTE Cat.M1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>Tylko LTE Cat.NB-IoT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT z rezerwą 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>2G only</source>
        <translation>Tylko 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Operator selection</source>
        <translation>Wybór operatora</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Określa, czy operator sieci komórkowej jest wybierany automatycznie, czy używany jest wskazany operator.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Manual</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Operator sieci komórkowej (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Kod wskazanego operatora sieci komórkowej (np. 21601), używany przy ręcznym wyborze operatora.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Ustawienia transparentnego portu szeregowego licznika i opcje TLS trybu transparentnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Multi utility mode</source>
        <translation>Tryb wielu mediów (multi utility)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Tryb pracy portu licznika; ustawieniem podstawowym jest tryb transparentny.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>Transparent mode</source>
        <translation>Tryb transparentny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Meter port baud rate</source>
        <translation>Prędkość portu licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Prędkość transmisji portu szeregowego licznika, od 300 do 115200 bodów (standardowo 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>600 baud</source>
        <translation>600 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>1200 baud</source>
        <translation>1200 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>4800 baud</source>
        <translation>4800 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>19200 baud</source>
        <translation>19200 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>38400 baud</source>
        <translation>38400 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>57600 baud</source>
        <translation>57600 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>115200 baud</source>
        <translation>115200 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>Data format for meters</source>
        <translation>Format danych licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Szeregowy format danych w kierunku licznika; Auto (firmware 5.3.4.1 lub nowszy) przełącza na 7E1 dla komunikacji IEC, a w pozostałych przypadkach używa 8N1.</translation>
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
        <translation>Auto (wykrywanie IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>Fixed 8N1 at meter</source>
        <translation>Stały format 8N1 na liczniku</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Report instance 10: where, how and when the gateway pushes readings and events.</source>
        <oldsource>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</oldsource>
        <translation>Instancja raportu 10: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="48"/>
        <source>Report 1</source>
        <translation>Raport 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="49"/>
        <source>Report instance 1: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 1: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Send this report.</source>
        <translation>Wysyłaj ten raport.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>Transport</source>
        <translation>Sposób przesyłania</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>How the report travels: HTTP(S) POST, MQTT(S) publish, FTP(S) upload, e-mail, or SFTP upload.</source>
        <translation>Sposób przesyłania raportu: HTTP(S) POST, publikacja MQTT(S), przesłanie przez FTP(S), e-mail lub przesłanie przez SFTP.</translation>
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
        <translation>Poczta e-mail (SMTP)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>Server URL</source>
        <translation>URL serwera</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// for TLS), ftp://host/dir (ftpes:// explicit, ftps:// implicit TLS), smtp://host:587 (smtps:// for TLS), sftp://host/dir. No credentials in the URL.</source>
        <translation>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// dla TLS), ftp://host/dir (ftpes:// jawny, ftps:// niejawny TLS), smtp://host:587 (smtps:// dla TLS), sftp://host/dir. Bez danych logowania w URL.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Format</source>
        <translation>Format raportu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Report format: MUC.one JSON or XML, semicolon CSV (CMe3100 style), or gwterm JSON (stable message ids, one MQTT message per meter).</source>
        <translation>Format raportu: JSON lub XML MUC.one, CSV ze średnikami (styl CMe3100) albo JSON gwterm (stałe identyfikatory komunikatów, jeden komunikat MQTT na licznik).</translation>
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
        <translation>CSV (średnik, styl CMe3100)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>gwterm JSON</source>
        <translation>JSON gwterm</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>Report cycle</source>
        <translation>Cykl raportu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>When the report is sent: @readout (after every readout cycle), a preset (@hourly, @daily, @every 15m) or five-field cron in UTC; ? picks a random value once, | joins schedules. A report waits for the readout that precedes it.</source>
        <translation>Kiedy wysyłany jest raport: @readout (po każdym cyklu odczytu), ustawienie predefiniowane (@hourly, @daily, @every 15m) lub wyrażenie cron z pięcioma polami w UTC; ? jednorazowo wybiera losową wartość, | łączy harmonogramy. Raport czeka na poprzedzający go odczyt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>CA file</source>
        <translation>Plik CA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>PEM file of the CA that signed the server certificate (empty: the system CAs). For SFTP: a known_hosts file.</source>
        <translation>Plik PEM urzędu CA, który podpisał certyfikat serwera (puste: systemowe CA). Dla SFTP: plik known_hosts.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Client certificate</source>
        <translation>Certyfikat klienta</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>PEM file of the gateway&apos;s client certificate (it may hold the key too); empty for none.</source>
        <translation>Plik PEM certyfikatu klienta bramki (może zawierać także klucz); puste, jeśli brak.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>Client key</source>
        <translation>Klucz klienta</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>PEM file of the client certificate&apos;s private key when it is not in the certificate file; for SFTP the client key.</source>
        <translation>Plik PEM klucza prywatnego certyfikatu klienta, gdy nie ma go w pliku certyfikatu; dla SFTP klucz klienta.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>Skip certificate checks</source>
        <translation>Pomiń sprawdzanie certyfikatów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>Accept any server certificate and host name (testing only).</source>
        <translation>Akceptuj dowolny certyfikat serwera i nazwę hosta (tylko do testów).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>Login at the server (HTTP basic auth, MQTT, FTP, SMTP, SFTP); empty for none.</source>
        <translation>Login na serwerze (HTTP basic auth, MQTT, FTP, SMTP, SFTP); puste, jeśli brak.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Password at the server; written, never read back.</source>
        <translation>Hasło na serwerze; tylko zapisywane, nigdy nie odczytywane.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>MQTT QoS</source>
        <translation>MQTT QoS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>0 at most once, 1 at least once (the broker acknowledges each message), 2 exactly once.</source>
        <translation>0 co najwyżej raz, 1 co najmniej raz (broker potwierdza każdy komunikat), 2 dokładnie raz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>MQTT retain</source>
        <translation>Flaga MQTT retain</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>The broker keeps the last message of each topic for new subscribers.</source>
        <translation>Broker przechowuje ostatni komunikat każdego tematu dla nowych subskrybentów.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>MQTT client id</source>
        <translation>Identyfikator klienta MQTT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Client identifier at the broker; empty: gwterm-&lt;gateway serial&gt;-r&lt;instance&gt;.</source>
        <translation>Identyfikator klienta w brokerze; puste: gwterm-&lt;numer seryjny bramki&gt;-r&lt;instancja&gt;.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>E-mail recipients</source>
        <translation>Odbiorcy e-mail</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Recipient addresses for e-mail reports, separated by commas.</source>
        <translation>Adresy odbiorców raportów e-mail, rozdzielone przecinkami.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Send events</source>
        <translation>Wysyłaj zdarzenia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Also send event messages (meter unreadable, decryption failed, power lost and returned) as they happen.</source>
        <translation>Wysyłaj także komunikaty o zdarzeniach (licznik nieczytelny, błąd odszyfrowania, zanik i powrót zasilania) na bieżąco.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Backlog</source>
        <translation>Kolejka zaległych</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>Undelivered readout cycles kept for this report; beyond it the oldest are dropped with an event.</source>
        <translation>Niedostarczone cykle odczytu przechowywane dla tego raportu; powyżej tej liczby najstarsze są odrzucane ze zdarzeniem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>Report 2</source>
        <translation>Raport 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>Report instance 2: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 2: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>Report 3</source>
        <translation>Raport 3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>Report instance 3: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 3: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>Report 4</source>
        <translation>Raport 4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>Report instance 4: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 4: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Report 5</source>
        <translation>Raport 5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Report instance 5: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 5: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="101"/>
        <source>Report 6</source>
        <translation>Raport 6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="102"/>
        <source>Report instance 6: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 6: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="103"/>
        <source>Report 7</source>
        <translation>Raport 7</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="104"/>
        <source>Report instance 7: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 7: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="105"/>
        <source>Report 8</source>
        <translation>Raport 8</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="106"/>
        <source>Report instance 8: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 8: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="107"/>
        <source>Report 9</source>
        <translation>Raport 9</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="108"/>
        <source>Report instance 9: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancja raportu 9: dokąd, jak i kiedy bramka wysyła odczyty i zdarzenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Report 10</source>
        <translation>Raport 10</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Storage</source>
        <translation>Przechowywanie danych</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>How long and how much meter data the gateway keeps.</source>
        <translation>Jak długo i ile danych liczników przechowuje bramka.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Keep readings for</source>
        <translation>Przechowuj odczyty przez</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Readings older than this are deleted by the daily retention pass.</source>
        <translation>Starsze odczyty są usuwane podczas codziennego czyszczenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Database size limit</source>
        <translation>Limit rozmiaru bazy danych</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>When readings take more space, the oldest are deleted until they fit.</source>
        <translation>Gdy odczyty zajmują więcej miejsca, najstarsze są usuwane, aż się zmieszczą.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>GPRS / APN</source>
        <translation>GPRS / APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Access point of the mobile data connection (GSM/UMTS variants); the SMS command CNF sets the same values.</source>
        <translation>Punkt dostępowy mobilnej transmisji danych (wersje GSM/UMTS); polecenie SMS CNF ustawia te same wartości.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>Access point name given by the mobile operator (SMS parameter APN). The SIM must allow data and have its PIN request disabled.</source>
        <translation>Nazwa punktu dostępowego podana przez operatora sieci komórkowej (parametr SMS APN). Karta SIM musi obsługiwać transmisję danych i mieć wyłączone żądanie kodu PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>User name for the operator&apos;s data connection (SMS parameter DUSR); empty when the operator needs none.</source>
        <translation>Nazwa użytkownika połączenia danych operatora (parametr SMS DUSR); puste, jeśli operator jej nie wymaga.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>Password for the operator&apos;s data connection (SMS parameter DPWD); empty when the operator needs none.</source>
        <translation>Hasło połączenia danych operatora (parametr SMS DPWD); puste, jeśli operator go nie wymaga.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Outgoing connection</source>
        <translation>Połączenie wychodzące</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>The server the module calls after switching on and then periodically (Client mode); a failed call is retried every 5 minutes.</source>
        <translation>Serwer, z którym moduł łączy się po włączeniu, a następnie okresowo (tryb klienta); nieudane połączenie jest ponawiane co 5 minut.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Server IP address</source>
        <translation>Adres IP serwera</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Numeric IP address of the data concentrator the module calls (SMS parameter IP; domain names are not allowed).</source>
        <translation>Numeryczny adres IP koncentratora danych, z którym łączy się moduł (parametr SMS IP; nazwy domen są niedozwolone).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Server TCP port</source>
        <translation>Port TCP serwera</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>TCP port of the data concentrator for outgoing calls (SMS parameter PORT).</source>
        <translation>Port TCP koncentratora danych dla połączeń wychodzących (parametr SMS PORT).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Call interval</source>
        <translation>Interwał połączeń</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Hours between outgoing calls to the server (SMS parameter RINT), 1 to 24; 0 disables periodic calls.</source>
        <translation>Liczba godzin między połączeniami wychodzącymi do serwera (parametr SMS RINT), od 1 do 24; 0 wyłącza połączenia okresowe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>DLMS server</source>
        <translation>Serwer DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>How the module accepts incoming DLMS/COSEM connections (when no outgoing call is in progress).</source>
        <translation>Jak moduł przyjmuje przychodzące połączenia DLMS/COSEM (gdy nie trwa połączenie wychodzące).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>DLMS TCP port</source>
        <translation>Port TCP DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Local TCP port for incoming DLMS sessions (standard 4059). A wrong port makes the module unreachable over TCP until it is corrected by SMS or RS-485.</source>
        <translation>Lokalny port TCP dla przychodzących sesji DLMS (standardowo 4059). Błędny port sprawia, że moduł jest nieosiągalny przez TCP, dopóki nie zostanie poprawiony przez SMS lub RS-485.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Seconds without data after which the module ends a DLMS session (the manual&apos;s 5 minutes); 0 never ends it.</source>
        <translation>Liczba sekund bez danych, po której moduł kończy sesję DLMS (według instrukcji 5 minut); 0 nigdy jej nie kończy.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Access to the module. Change the factory password without delay after installation.</source>
        <translation>Dostęp do modułu. Niezwłocznie po instalacji zmień hasło fabryczne.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>DLMS / SMS password</source>
        <translation>Hasło DLMS / SMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>The LOW-authentication secret of the meter reader client (0x20), also the PWD of SMS commands. Factory default HELLO. Printable characters without spaces, so that it fits an SMS command.</source>
        <translation>Sekret uwierzytelniania LOW klienta meter reader (0x20), a zarazem PWD poleceń SMS. Wartość fabryczna HELLO. Znaki drukowalne bez spacji, aby zmieścił się w poleceniu SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>IPv4 (Ethernet)</source>
        <translation>IPv4 (wersja Ethernet)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Addressing of the Ethernet variant; the GSM/UMTS variants get their address from the network.</source>
        <translation>Adresowanie wersji Ethernet; wersje GSM/UMTS otrzymują adres z sieci.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Use DHCP</source>
        <translation>Użyj DHCP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Take address, mask, gateway and DNS servers from a DHCP server; the fields below are then ignored.</source>
        <translation>Pobierz adres, maskę, bramę i serwery DNS z serwera DHCP; poniższe pola są wtedy ignorowane.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>IP address</source>
        <translation>Adres IP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Fixed IPv4 address of the module (without DHCP).</source>
        <translation>Stały adres IPv4 modułu (bez DHCP).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Subnet mask</source>
        <translation>Maska podsieci</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>Subnet mask for the fixed address, e.g. 255.255.255.0.</source>
        <translation>Maska podsieci dla stałego adresu, np. 255.255.255.0.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>Default gateway</source>
        <translation>Brama domyślna</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>Router for addresses outside the subnet.</source>
        <translation>Router dla adresów spoza podsieci.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Primary DNS server</source>
        <translation>Podstawowy serwer DNS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Name server used by the module.</source>
        <translation>Serwer nazw używany przez moduł.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Secondary DNS server</source>
        <translation>Zapasowy serwer DNS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>Name server used when the primary one does not answer.</source>
        <translation>Serwer nazw używany, gdy podstawowy nie odpowiada.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>RS-485 (HDLC)</source>
        <translation>RS-485 (HDLC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>The RS-485 bus that shares one data connection among up to 31 more meters; DLMS runs over HDLC there.</source>
        <translation>Magistrala RS-485, przez którą z jednego połączenia danych korzysta do 31 dodatkowych liczników; DLMS działa na niej przez HDLC.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>Bus speed</source>
        <translation>Prędkość magistrali</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Baud rate of the RS-485 bus; the longer the bus (up to 1200 m), the lower the speed it allows.</source>
        <translation>Prędkość transmisji magistrali RS-485; im dłuższa magistrala (do 1200 m), tym niższa dopuszczalna prędkość.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>HDLC inactivity timeout</source>
        <translation>Limit czasu nieaktywności HDLC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>Seconds without frames after which the module drops an HDLC link on the bus; 0 never drops it.</source>
        <translation>Liczba sekund bez ramek, po której moduł zrywa łącze HDLC na magistrali; 0 nigdy go nie zrywa.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Output relays</source>
        <translation>Przekaźniki wyjściowe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>The two relay outputs (250 V AC / 30 V DC, 3 A, NO contacts); they open when the meter loses power.</source>
        <translation>Dwa wyjścia przekaźnikowe (250 V AC / 30 V DC, 3 A, styki NO); otwierają się, gdy licznik traci zasilanie.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Relay 1 control</source>
        <translation>Sterowanie przekaźnikiem 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Switch relay 1 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Przełączaj przekaźnik 1 według kalendarza (tabela skryptów sygnałów wyjściowych) lub tylko zdalnymi poleceniami z serwera.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>By the calendar</source>
        <translation>Według kalendarza</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>By remote command</source>
        <translation>Poleceniem zdalnym</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Relay 2 control</source>
        <translation>Sterowanie przekaźnikiem 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Switch relay 2 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Przełączaj przekaźnik 2 według kalendarza (tabela skryptów sygnałów wyjściowych) lub tylko zdalnymi poleceniami z serwera.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
        <source>Tariffs and profiles</source>
        <translation>Taryfy i profile</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="177"/>
        <source>Tariff rates the module switches by its activity calendar, and the load profile capture periods.</source>
        <translation>Taryfy przełączane przez moduł według kalendarza aktywności oraz okresy rejestracji profili obciążenia.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>Number of tariff rates</source>
        <translation>Liczba taryf</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>How many of the six tariff rates the calendar uses.</source>
        <translation>Ile z sześciu taryf używa kalendarz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Default rate</source>
        <translation>Taryfa domyślna</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>The rate that counts when the calendar names none (e.g. before a calendar is loaded).</source>
        <translation>Taryfa obowiązująca, gdy kalendarz żadnej nie wskazuje (np. przed wczytaniem kalendarza).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>Profile 1 capture period</source>
        <translation>Okres rejestracji profilu 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Seconds between two captures of periodic readout profile 1 (1.0.99.1.0.255).</source>
        <translation>Liczba sekund między dwiema rejestracjami profilu odczytu okresowego 1 (1.0.99.1.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>Profile 2 capture period</source>
        <translation>Okres rejestracji profilu 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Seconds between two captures of periodic readout profile 2 (1.0.99.2.0.255).</source>
        <translation>Liczba sekund między dwiema rejestracjami profilu odczytu okresowego 2 (1.0.99.2.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Breaker and power limit</source>
        <translation>Wyłącznik i limit mocy</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>The meter&apos;s breaker disconnects the supply when the power limit is exceeded; reconnection is remote or by the button, as the control mode says.</source>
        <translation>Wyłącznik licznika odłącza zasilanie po przekroczeniu limitu mocy; ponowne załączenie jest zdalne lub przyciskiem, zależnie od trybu sterowania.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Breaker control mode</source>
        <translation>Tryb sterowania wyłącznikiem</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Which ways disconnect and reconnect the supply (DLMS disconnect control modes 0-6). In the modes that go through &apos;ready for reconnection&apos; the DISCONN LED flashes until the button is pressed.</source>
        <translation>Jakimi sposobami zasilanie jest odłączane i ponownie załączane (tryby DLMS disconnect control 0-6). W trybach przechodzących przez stan „gotowy do ponownego załączenia” dioda DISCONN miga do naciśnięcia przycisku.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>0: never disconnects</source>
        <translation>0: nigdy nie odłącza</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>1: remote/button/limiter disconnect; remote reconnect needs the button</source>
        <translation>1: odłączenie zdalne/przyciskiem/ogranicznikiem; zdalne załączenie wymaga przycisku</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>2: remote/button/limiter disconnect; remote reconnect is direct</source>
        <translation>2: odłączenie zdalne/przyciskiem/ogranicznikiem; zdalne załączenie jest bezpośrednie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>3: remote/limiter disconnect only; remote reconnect needs the button</source>
        <translation>3: odłączenie tylko zdalne/ogranicznikiem; zdalne załączenie wymaga przycisku</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>4: remote/limiter disconnect only; remote reconnect is direct</source>
        <translation>4: odłączenie tylko zdalne/ogranicznikiem; zdalne załączenie jest bezpośrednie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>5: as 1, and the limiter reconnects by itself</source>
        <translation>5: jak 1, a ogranicznik sam ponownie załącza</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>6: as 3, and the limiter reconnects by itself</source>
        <translation>6: jak 3, a ogranicznik sam ponownie załącza</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>Power limit (immediate)</source>
        <translation>Limit mocy (natychmiastowy)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Power above which the breaker disconnects at once; 0 switches this limit off.</source>
        <translation>Moc, powyżej której wyłącznik natychmiast odłącza; 0 wyłącza ten limit.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>Power limit (with delay)</source>
        <translation>Limit mocy (z opóźnieniem)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Power above which the breaker disconnects when it is exceeded for longer than the delay below; 0 switches this limit off.</source>
        <translation>Moc, powyżej której wyłącznik odłącza, gdy jest przekraczana dłużej niż opóźnienie podane poniżej; 0 wyłącza ten limit.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>Power limit delay</source>
        <translation>Opóźnienie limitu mocy</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>How long the delayed power limit must be exceeded before the breaker disconnects.</source>
        <translation>Jak długo musi być przekraczany limit mocy z opóźnieniem, zanim wyłącznik odłączy.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Meters whose telegrams the module keeps (868 MHz); the collected telegrams are read by DLMS selective access.</source>
        <translation>Liczniki, których telegramy moduł przechowuje (868 MHz); zebrane telegramy są odczytywane przez dostęp selektywny DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Up to 64 meters; telegrams from other meters are ignored, and telegrams arriving before a meter&apos;s minimum interval has passed are not stored.</source>
        <translation>Do 64 liczników; telegramy innych liczników są ignorowane, a telegramy, które nadejdą przed upływem minimalnego interwału licznika, nie są zapisywane.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>Client mode</source>
        <translation>Tryb klienta</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>Forward the received readings for processing outside the module (one MeterCom collecting for the concentrator).</source>
        <translation>Przekazuj odebrane odczyty do przetwarzania poza modułem (jeden MeterCom zbiera dane dla koncentratora).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Module</source>
        <translation>Moduł</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Identification the utility gives the module.</source>
        <translation>Identyfikacja nadawana modułowi przez dostawcę mediów.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>Registration number</source>
        <translation>Numer rejestracyjny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>The utility&apos;s registration number of the module (the serial number itself is read-only, see device information).</source>
        <translation>Numer rejestracyjny modułu u dostawcy mediów (sam numer seryjny jest tylko do odczytu, zob. informacje o urządzeniu).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>Firmware</source>
        <translation>Aktualizacja firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>Firmware upgrade by download: the module fetches the file itself over its data connection.</source>
        <translation>Aktualizacja firmware przez pobranie: moduł sam pobiera plik przez swoje połączenie danych.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Firmware URL</source>
        <translation>URL firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Writing an address here makes the module download the firmware file from an HTTP/1.1 server (older HTTP versions are not supported) and restart; check the firmware version in the device information afterwards.</source>
        <translation>Zapisanie tu adresu powoduje, że moduł pobiera plik firmware z serwera HTTP/1.1 (starsze wersje HTTP nie są obsługiwane) i uruchamia się ponownie; następnie sprawdź wersję firmware w informacjach o urządzeniu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Forces 8N1 on the meter port whatever data format is chosen, except Auto (which uses 8N1 for all but IEC traffic anyway).</source>
        <translation>Wymusza 8N1 na porcie licznika niezależnie od wybranego formatu danych, z wyjątkiem Auto (który i tak używa 8N1 dla wszystkiego poza komunikacją IEC).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Transparent mode TLS enable</source>
        <translation>Włącz TLS w trybie transparentnym</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Włącza ochronę TLS transparentnego kanału komunikacji z licznikiem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Transparent mode certificate bank</source>
        <translation>Bank certyfikatów trybu transparentnego</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Wybiera bank certyfikatów używany przez połączenie TLS w trybie transparentnym.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Transparent CA certificate bank</source>
        <translation>Bank certyfikatów CA trybu transparentnego</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Wybiera bank certyfikatów CA używany przez połączenie TLS w trybie transparentnym.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Transparent mode certificate verification</source>
        <translation>Weryfikacja certyfikatu w trybie transparentnym</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Włącza weryfikację certyfikatu drugiej strony w połączeniu TLS trybu transparentnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>RS485 meter interface</source>
        <translation>Interfejs licznika RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>Sposób okablowania RS485 i zachowanie linii DCD portu licznika.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>RS485 mode</source>
        <translation>Tryb RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>Okablowanie RS485 portu licznika; dla wersji wyposażonych tylko w kabel RS232 zaleca się „Wyłącz”.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>2-wire (half duplex)</source>
        <translation>2-przewodowy (półdupleks)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>4-wire (full duplex)</source>
        <translation>4-przewodowy (pełny dupleks)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Sygnał sterowania kierunkiem danych podawany do licznika na porcie RS232 (np. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Fix 0</source>
        <translation>Stałe 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>Fix 1</source>
        <translation>Stałe 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>Standard</source>
        <translation>Standardowy</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Inverted</source>
        <translation>Odwrócony</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Watchdog</source>
        <translation>Nadzór połączenia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Okresowy ping i automatyczne ponowne łączenie z siecią komórkową.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Ping IP address</source>
        <translation>Adres IP do pingowania</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>Adres IP okresowo pingowany w celu podtrzymania połączenia danych (0.0.0.0 wyłącza ping).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Number of ping retries</source>
        <translation>Liczba powtórzeń pingu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Liczba pingów bez odpowiedzi, po której połączenie danych jest zestawiane ponownie.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Ping wait time (for reply)</source>
        <translation>Czas oczekiwania na ping (odpowiedź)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Czas oczekiwania na odpowiedź na ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Wait time (for next ping)</source>
        <translation>Czas oczekiwania (do następnego pingu)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Czas oczekiwania przed wysłaniem następnego pingu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>GPRS connection closed and restored after</source>
        <translation>Zamknięcie i przywrócenie połączenia GPRS po</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Czas, po którym zerwane lub nieodpowiadające połączenie danych jest zamykane i przywracane; nigdy nie ustawiaj go poniżej wartości zalecanej przez operatora.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Standard Meter Interface</source>
        <translation>Standardowy interfejs licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Function assigned to each status LED.</source>
        <translation>Funkcja przypisana każdej diodzie LED stanu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>LED1 function</source>
        <translation>Funkcja LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>Stan sygnalizowany przez LED1 (niebieska, środkowa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>Not used</source>
        <translation>Nieużywana</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>GSM / GPRS status</source>
        <translation>Stan GSM / GPRS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>SIM status</source>
        <translation>Stan karty SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>E-meter status</source>
        <translation>Stan licznika energii</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>Firmware status</source>
        <translation>Stan firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Network status and access technology</source>
        <translation>Stan sieci i technologia dostępu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Meter status with IEC polling</source>
        <translation>Stan licznika z odpytywaniem IEC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>AMM (IEC) client state</source>
        <translation>Stan klienta AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>LED2 function</source>
        <translation>Funkcja LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>Stan sygnalizowany przez LED2 (czerwona, dolna).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>LED3 function</source>
        <translation>Funkcja LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>Stan sygnalizowany przez LED3 (zielona, górna).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="319"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>Powiadomienie SMS LastGasp o zaniku zasilania.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="320"/>
        <source>LastGasp SMS</source>
        <translation>SMS LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="321"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Wysyła SMS-y POWER LOST i POWER RETURN przy zaniku i powrocie zasilania.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="322"/>
        <source>LastGasp phone number</source>
        <translation>Numer telefonu LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="323"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Numer telefonu, na który wysyłane są SMS-y LastGasp.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="324"/>
        <source>Device Manager</source>
        <translation>Połączenie z Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="325"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>Ustawienia TLS połączenia z Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="326"/>
        <source>Device Manager TLS enable</source>
        <translation>Włącz TLS dla Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="327"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Włącza TLS w połączeniu z Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="328"/>
        <source>Device Manager certificate bank</source>
        <translation>Bank certyfikatów Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="329"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Wybiera bank certyfikatów używany w połączeniu TLS z Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="330"/>
        <source>Device Manager CA certificate bank</source>
        <translation>Bank certyfikatów CA Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="331"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Wybiera bank certyfikatów CA używany w połączeniu TLS z Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="332"/>
        <source>Device Manager certificate verification</source>
        <translation>Weryfikacja certyfikatu Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="333"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Włącza weryfikację certyfikatu serwera Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="334"/>
        <source>Communication password and CSD/SMS configuration password.</source>
        <translation>Hasło komunikacyjne i hasło konfiguracyjne CSD/SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="46"/>
        <source>Communication password</source>
        <translation>Hasło komunikacyjne</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="6"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="7"/>
        <source>Name and readout cycle of the gateway.</source>
        <translation>Nazwa i cykl odczytu bramki.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="8"/>
        <source>Gateway name</source>
        <translation>Nazwa bramki</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="9"/>
        <source>A name shown in discovery, reports and the tool.</source>
        <translation>Nazwa wyświetlana podczas wykrywania, w raportach i w narzędziu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="10"/>
        <source>Readout cycle</source>
        <translation>Cykl odczytu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="11"/>
        <source>When meters are read: five-field cron, or a preset such as @every 10s, @hourly, @daily.</source>
        <translation>Kiedy odczytywane są liczniki: wyrażenie cron z pięcioma polami lub ustawienie predefiniowane, np. @every 10s, @hourly, @daily.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="13"/>
        <source>The wired M-Bus meters read by this gateway.</source>
        <translation>Przewodowe liczniki M-Bus odczytywane przez tę bramkę.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="15"/>
        <source>Speed of the wired M-Bus.</source>
        <translation>Prędkość przewodowej magistrali M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="20"/>
        <source>Wired meters to read on each readout cycle, by primary or secondary address.</source>
        <translation>Przewodowe liczniki odczytywane w każdym cyklu odczytu, według adresu pierwotnego lub wtórnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="22"/>
        <source>Primary or secondary address</source>
        <translation>Adres pierwotny lub wtórny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="25"/>
        <source>Wireless M-Bus</source>
        <translation>Bezprzewodowy M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="26"/>
        <source>The wireless receiver and the wireless meters kept by this gateway.</source>
        <translation>Odbiornik bezprzewodowy i liczniki bezprzewodowe obsługiwane przez tę bramkę.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="27"/>
        <source>Receiver</source>
        <translation>Odbiornik</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="28"/>
        <source>Where telegrams come from: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, or empty for none.</source>
        <translation>Źródło telegramów: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex lub puste, jeśli brak odbiornika.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="29"/>
        <source>Link mode</source>
        <translation>Tryb łącza</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="30"/>
        <source>The receiver&apos;s wireless M-Bus mode.</source>
        <translation>Tryb bezprzewodowego M-Bus odbiornika.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="31"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="32"/>
        <source>C1 (frame A)</source>
        <translation>C1 (ramka A)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="33"/>
        <source>C1 (frame B)</source>
        <translation>C1 (ramka B)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="34"/>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="35"/>
        <source>Listen mode</source>
        <translation>Tryb nasłuchu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="36"/>
        <source>Also show meters that are not on the list (their values are not kept).</source>
        <translation>Pokazuj także liczniki spoza listy (ich wartości nie są przechowywane).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="37"/>
        <source>Wireless meters</source>
        <translation>Liczniki bezprzewodowe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="38"/>
        <source>Meters whose telegrams are decrypted and kept; the keys come from the gateway&apos;s key store.</source>
        <translation>Liczniki, których telegramy są odszyfrowywane i przechowywane; klucze pochodzą z magazynu kluczy bramki.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="39"/>
        <source>Meter id</source>
        <translation>Identyfikator licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="41"/>
        <source>Minimum interval</source>
        <translation>Minimalny interwał</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="42"/>
        <source>Meter keys</source>
        <translation>Klucze liczników</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="43"/>
        <source>AES-128 keys of the wireless meters as id=key pairs separated by semicolons; written, never read back.</source>
        <translation>Klucze AES-128 liczników bezprzewodowych jako pary id=klucz rozdzielone średnikami; tylko zapisywane, nigdy nie odczytywane.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="45"/>
        <source>Access to the gateway.</source>
        <translation>Dostęp do bramki.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="47"/>
        <source>Password for the configuration protocol (gwcp); never read back.</source>
        <translation>Hasło protokołu konfiguracyjnego (gwcp); nigdy nie jest odczytywane.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="335"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Hasło wymagane przez nowsze wersje firmware do konfiguracji modemu (wartość domyślną można uzyskać od producenta).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="336"/>
        <source>CSD password</source>
        <translation>Hasło CSD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="337"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Hasło chroniące dostęp CSD i polecenia SMS (pw=); puste oznacza brak hasła.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="338"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Port transparentnego (IEC) odczytu licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="339"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>Port TCP do transparentnej komunikacji z licznikiem energii elektrycznej.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="340"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>Port TCP używany przez WM-E Term do zdalnej konfiguracji modemu i wymiany jego firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="341"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Używana technologia dostępu do sieci komórkowej, np. tylko 4G lub LTE z rezerwą 2G.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="342"/>
        <source>3G only</source>
        <translation>Tylko 3G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="343"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Ustawienia transparentnego portu szeregowego RS232 licznika.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="344"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Tryb pracy portu licznika; domyślnie tryb transparentny.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="345"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Prędkość transmisji portu szeregowego licznika (domyślnie 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="346"/>
        <source>Serial data format towards the meter.</source>
        <translation>Szeregowy format danych w kierunku licznika.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="347"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Stały format danych 8N1 na liczniku</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="348"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Funkcja przypisana każdej z sześciu diod LED stanu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="349"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>Stan sygnalizowany przez LED1 (skrajna lewa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="350"/>
        <source>E-meter communication</source>
        <translation>Komunikacja z licznikiem energii</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="351"/>
        <source>M-Bus status</source>
        <translation>Stan M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="352"/>
        <source>Status shown by LED2.</source>
        <translation>Stan sygnalizowany przez LED2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="353"/>
        <source>Status shown by LED3.</source>
        <translation>Stan sygnalizowany przez LED3.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="354"/>
        <source>LED4 function</source>
        <translation>Funkcja LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="355"/>
        <source>Status shown by LED4.</source>
        <translation>Stan sygnalizowany przez LED4.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="356"/>
        <source>LED5 function</source>
        <translation>Funkcja LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="357"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>Stan sygnalizowany przez LED5 (domyślnie nieużywana).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="358"/>
        <source>LED6 function</source>
        <translation>Funkcja LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="359"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>Stan sygnalizowany przez LED6 (skrajna prawa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="360"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Wysyła powiadomienie SMS przy zaniku zasilania; według instrukcji funkcja nie jest jeszcze zaimplementowana w firmware 2.68.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="361"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Numer telefonu, na który wysyłane jest powiadomienie SMS LastGasp.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="362"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="363"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Ustawienia serwera DLMS, klienta licznika i push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="364"/>
        <source>Start DLMS session during boot</source>
        <translation>Rozpocznij sesję DLMS podczas uruchamiania</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="365"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Rozpoczyna sesję DLMS podczas uruchamiania modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="366"/>
        <source>DLMS AMM IP address</source>
        <translation>Adres IP DLMS AMM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="367"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>Adres IP hosta DLMS AMM (0.0.0.0, jeśli nieużywany).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="368"/>
        <source>DLMS server port</source>
        <translation>Port serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="369"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>Port TCP serwera DLMS (0, jeśli nieużywany).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="370"/>
        <source>Max. time without DLMS communication</source>
        <translation>Maks. czas bez komunikacji DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="371"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Maksymalny dopuszczalny czas bez komunikacji DLMS, po którym sesja jest zamykana.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="372"/>
        <source>DLMS password</source>
        <translation>Hasło DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="373"/>
        <source>General DLMS password of the modem.</source>
        <translation>Ogólne hasło DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="374"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Dopuszczalne metody uwierzytelniania DLMS/COSEM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="375"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Rozdzielona przecinkami lista identyfikatorów akceptowanych mechanizmów uwierzytelniania DLMS/COSEM.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="376"/>
        <source>Disconnect relay control</source>
        <translation>Sterowanie przekaźnikiem odłączającym</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="377"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Tryb sterowania przekaźnikiem odłączającym.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="378"/>
        <source>Billing register visibility</source>
        <translation>Widoczność rejestrów rozliczeniowych</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="379"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Określa, czy rejestry 1-0:1.8.0*255 i 1-0:2.8.0*255 są widoczne w dobowych i miesięcznych (0-0:98.1.0*255) profilach wartości rozliczeniowych.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="380"/>
        <source>Registers are not visible</source>
        <translation>Rejestry niewidoczne</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="381"/>
        <source>Registers are visible</source>
        <translation>Rejestry widoczne</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="382"/>
        <source>DLMS server logical address</source>
        <translation>Adres logiczny serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="383"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Adres logiczny serwera DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="384"/>
        <source>DLMS server physical address</source>
        <translation>Adres fizyczny serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="385"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Adres fizyczny serwera DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="386"/>
        <source>DLMS server client address</source>
        <translation>Adres klienta serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="387"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Adres klienta akceptowany przez serwer DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="388"/>
        <source>DLMS server authentication</source>
        <translation>Uwierzytelnianie serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="389"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Tryb uwierzytelniania serwera DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="390"/>
        <source>NONE</source>
        <translation>BRAK</translation>
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
        <translation>Hasło serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="397"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Hasło uwierzytelniania serwera DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="398"/>
        <source>DLMS client logical address</source>
        <translation>Adres logiczny klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="399"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Adres logiczny licznika energii odpytywanego przez klienta DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="400"/>
        <source>DLMS client physical address</source>
        <translation>Adres fizyczny klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="401"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Adres fizyczny licznika energii odpytywanego przez klienta DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="402"/>
        <source>DLMS client address</source>
        <translation>Adres klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="403"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Adres klienta używany przez modem podczas odczytu licznika energii.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="404"/>
        <source>DLMS client authentication</source>
        <translation>Uwierzytelnianie klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="405"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Tryb uwierzytelniania używany podczas odczytu licznika energii.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="406"/>
        <source>DLMS client password</source>
        <translation>Hasło klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="407"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Hasło używane podczas odczytu licznika energii.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="408"/>
        <source>Object list</source>
        <translation>Lista obiektów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="409"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Odpytywane obiekty licznika w postaci OBIS:atrybut rozdzielone przecinkami; gdy lista jest pusta, odpytywane są 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 i 1.1.97.97.3.255:2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="410"/>
        <source>Meter poll interval</source>
        <translation>Interwał odpytywania licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="411"/>
        <source>How often the DLMS client reads the object list&apos;s objects from the meter; a changed value is pushed (0 switches polling off).</source>
        <translation>Jak często klient DLMS odczytuje z licznika obiekty z listy obiektów; zmieniona wartość jest wysyłana jako push (0 wyłącza odpytywanie).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="412"/>
        <source>DLMS push logical address</source>
        <translation>Adres logiczny DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="413"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Adres logiczny używany w komunikatach DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="414"/>
        <source>DLMS push physical address</source>
        <translation>Adres fizyczny DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="415"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Adres fizyczny używany w komunikatach DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="416"/>
        <source>DLMS push client address</source>
        <translation>Adres klienta DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="417"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Adres klienta używany w komunikatach DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="418"/>
        <source>DLMS push authentication</source>
        <translation>Uwierzytelnianie DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="419"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Tryb uwierzytelniania używany dla komunikatów DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="420"/>
        <source>DLMS push password</source>
        <translation>Hasło DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="421"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Hasło używane dla komunikatów DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="422"/>
        <source>Push base logical name</source>
        <translation>Bazowa nazwa logiczna push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="423"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Bazowa nazwa logiczna (kod OBIS) obiektu push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="424"/>
        <source>DLMS push IP address</source>
        <translation>Adres IP DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="425"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>Docelowy adres IPv4 komunikatów DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="426"/>
        <source>DLMS push port</source>
        <translation>Port DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="427"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>Docelowy port TCP komunikatów DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="428"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Ustawienia odczytu przewodowych liczników M-Bus i tabela liczników.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="429"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Maksymalna liczba liczników M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="430"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Maksymalna liczba liczników M-Bus obsługiwanych przez modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="431"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Czas trybu instalacji przewodowego M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="432"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Czas trwania trybu instalacji przewodowej magistrali M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="433"/>
        <source>Readout time</source>
        <translation>Okres odczytu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="434"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Okres odczytu liczników M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="435"/>
        <source>Upload time</source>
        <translation>Okres wysyłania</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="436"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Okres wysyłania danych M-Bus (obiekty miesięczne są obsługiwane dodatkowo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="437"/>
        <source>File encryption type</source>
        <translation>Typ szyfrowania pliku</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="438"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Typ szyfrowania (nazwa pliku) pliku danych M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="439"/>
        <source>Number of monthly objects</source>
        <translation>Liczba obiektów miesięcznych</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="440"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Liczba przechowywanych miesięcznych obiektów M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Inactivity timeout</source>
        <translation>Limit czasu nieaktywności</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="441"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Czas bez danych z licznika M-Bus, po którym licznik jest uznawany za nieaktywny.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>Prędkość transmisji M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="442"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Prędkość transmisji linii M-Bus (domyślnie 2400, możliwe wyższe prędkości).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="443"/>
        <source>Activate address</source>
        <translation>Adres aktywacji</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="444"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>Identyfikator w formie adresu, który otwiera kanał M-Bus dla optycznego połączenia HHU.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="445"/>
        <source>HHU inactivity timeout</source>
        <translation>Limit czasu nieaktywności HHU</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="446"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>Połączenie HHU M-Bus jest zamykane po tym czasie nieaktywności.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>Liczniki M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="447"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Podłączone liczniki M-Bus identyfikowane adresem pierwotnym lub wtórnym, z polem do odczytu i jego mapowaniem DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="448"/>
        <source>Medium</source>
        <translation>Rodzaj medium</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="449"/>
        <source>Water</source>
        <translation>Woda</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="450"/>
        <source>Warm water</source>
        <translation>Woda ciepła</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="451"/>
        <source>Hot water</source>
        <translation>Woda gorąca</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="452"/>
        <source>Cold water</source>
        <translation>Woda zimna</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="453"/>
        <source>Heat</source>
        <translation>Ciepło</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="454"/>
        <source>Cooling</source>
        <translation>Chłód</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="455"/>
        <source>Gas</source>
        <translation>Gaz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="456"/>
        <source>Electricity</source>
        <translation>Energia elektryczna</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="457"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="458"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="459"/>
        <source>Scale unit</source>
        <translation>Jednostka skali</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>Rejestr OBIS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="460"/>
        <source>Read interval</source>
        <translation>Interwał odczytu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="461"/>
        <source>Load profile object</source>
        <translation>Obiekt profilu obciążenia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="462"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>Adres M-Bus (pierwotny lub wtórny)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="463"/>
        <source>Required field number(s)</source>
        <translation>Wymagane numery pól</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="464"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Nazwa licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="465"/>
        <source>Secondary transparent</source>
        <translation>Dodatkowy kanał transparentny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="466"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Dodatkowy port transparentny używany do odczytu DLMS pomiarów M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="467"/>
        <source>Secondary transparent port</source>
        <translation>Dodatkowy port transparentny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="468"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>Port TCP do odczytu DLMS ostatnio odczytanych danych liczników M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="469"/>
        <source>Secondary transparent baud rate</source>
        <translation>Prędkość dodatkowego kanału transparentnego</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="470"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Prędkość transmisji dodatkowego kanału transparentnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="471"/>
        <source>Secondary transparent data format</source>
        <translation>Format danych dodatkowego kanału transparentnego</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="472"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Szeregowy format danych dodatkowego kanału transparentnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="473"/>
        <source>Start transmission (TX) delay</source>
        <translation>Opóźnienie rozpoczęcia nadawania (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="474"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Opóźnienie przed rozpoczęciem nadawania w dodatkowym kanale transparentnym.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="475"/>
        <source>Communication password of the modem.</source>
        <translation>Hasło komunikacyjne modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="476"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Hasło używane przez narzędzie konfiguracyjne podczas komunikacji z modemem.</translation>
    </message>
</context>
</TS>
