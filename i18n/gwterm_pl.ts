<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="79"/>
        <source>Profile name</source>
        <translation>Nazwa profilu</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="80"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Zapisane profile połączeń; wpisz nową nazwę, aby zapisać nowy profil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="83"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="84"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Zapisz te ustawienia pod nazwą profilu (nigdy hasła)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="97"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Szeregowe (RS-232 / USB)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="98"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="99"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="108"/>
        <source>Connection type</source>
        <translation>Typ połączenia</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="117"/>
        <source>communication password</source>
        <translation>hasło komunikacyjne</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="120"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="130"/>
        <source>Remember in the key store</source>
        <translation>Zapamiętaj w magazynie kluczy</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="132"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Przechowywane w postaci zaszyfrowanej pod hasłem głównym magazynu kluczy, nigdy w zwykłych ustawieniach</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="134"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Szyfruj sesję (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="135"/>
        <source>Communication</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="137"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="146"/>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="149"/>
        <source>Log off</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="177"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="187"/>
        <location filename="../app/views/connection_panel.py" line="203"/>
        <location filename="../app/views/connection_panel.py" line="218"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="188"/>
        <source>Baud rate</source>
        <translation>Prędkość transmisji</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="189"/>
        <source>Data format</source>
        <translation>Format danych</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="202"/>
        <location filename="../app/views/connection_panel.py" line="217"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="213"/>
        <location filename="../app/views/connection_panel.py" line="219"/>
        <source>CA certificate</source>
        <translation>Certyfikat CA</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <location filename="../app/views/connection_panel.py" line="220"/>
        <source>Client certificate</source>
        <translation>Certyfikat klienta</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="215"/>
        <location filename="../app/views/connection_panel.py" line="221"/>
        <source>Client key</source>
        <translation>Klucz klienta</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="216"/>
        <source>Do not verify the server (insecure)</source>
        <translation>Nie weryfikuj serwera (niebezpieczne)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <source>Not connected</source>
        <translation>Nie połączono</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="294"/>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="295"/>
        <source>Connection failed</source>
        <translation>Połączenie nieudane</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="85"/>
        <source>%1 cancelled.</source>
        <translation>%1: operacja anulowana.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="112"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>Urządzenie odrzuciło wartości; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="144"/>
        <source>Connect</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="156"/>
        <source>Log off</source>
        <translation>Wylogowanie</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="169"/>
        <source>Parameters read.</source>
        <translation>Parametry odczytane.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="171"/>
        <source>Parameter read</source>
        <translation>Odczyt parametrów</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="180"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Nie ma nic do zapisania: żadna wartość nie została zmieniona.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="195"/>
        <source>Verify failed for: %1</source>
        <translation>Weryfikacja nie powiodła się dla: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="197"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n wartość zapisana i zweryfikowana.</numerusform>
            <numerusform>%n wartości zapisane i zweryfikowane.</numerusform>
            <numerusform>%n wartości zapisanych i zweryfikowanych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="200"/>
        <source>Parameter write</source>
        <translation>Zapis parametrów</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Device information</source>
        <translation>Informacje o urządzeniu</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="220"/>
        <source>The device restarted and answers again.</source>
        <translation>Urządzenie zostało zrestartowane i ponownie odpowiada.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="222"/>
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
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="30"/>
        <source>Edit values: %1</source>
        <translation>Edycja wartości: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="94"/>
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
        <location filename="../app/views/fields.py" line="344"/>
        <source>IPv4 or IPv6 address</source>
        <translation>Adres IPv4 lub IPv6</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>at most %1 hex digits</source>
        <translation>maksymalnie %1 cyfr szesnastkowych</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 characters</source>
        <translation>maksymalnie %1 znaków</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="34"/>
        <source>Firmware</source>
        <translation>Aktualizacja firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="42"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>For models</source>
        <translation>Dla modeli urządzeń</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Replaces from version</source>
        <translation>Zastępuje od wersji</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Payload</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Signer</source>
        <translation>Podpisujący</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Device runs</source>
        <translation>Bieżąca wersja w urządzeniu</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Activation state</source>
        <translation>Stan aktywacji</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="58"/>
        <source>Choose image…</source>
        <translation>Wybierz obraz…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="60"/>
        <source>Update</source>
        <translation>Aktualizuj</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Choose firmware image</source>
        <translation>Wybierz obraz firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Obrazy (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="99"/>
        <source>Not a usable image: %1</source>
        <translation>Obraz nie nadaje się do użycia: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="116"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Gotowe: jeszcze nic nie wysłano.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="134"/>
        <source>last update undone: %1</source>
        <translation>ostatnia aktualizacja wycofana: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="150"/>
        <source>Transferring</source>
        <translation>Przesyłanie</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Checking and installing</source>
        <translation>Sprawdzanie i instalowanie</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Activating</source>
        <translation>Aktywowanie</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Ponowne uruchamianie, oczekiwanie na potwierdzenie</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Confirmed</source>
        <translation>Potwierdzono</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="168"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 z %2 bajtów, %3 B/s, pozostało %4 s</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="179"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Zaktualizowano z %1 do %2, potwierdzono.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="186"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Operacja anulowana. Uruchom aktualizację ponownie, aby wznowić przesyłanie od miejsca przerwania.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Niepowodzenie: %1. Uruchom aktualizację ponownie, aby wznowić.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="140"/>
        <source>Open sheet…</source>
        <translation>Otwórz arkusz…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="144"/>
        <source>password for all (else the key store)</source>
        <translation>hasło dla wszystkich (w przeciwnym razie z magazynu kluczy)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="145"/>
        <source>Plan</source>
        <translation>Zaplanuj</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="150"/>
        <source>Concurrency: </source>
        <translation>Współbieżność: </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="151"/>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="153"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="155"/>
        <source>Export results…</source>
        <translation>Eksportuj wyniki…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="157"/>
        <source>Rollback…</source>
        <translation>Wycofaj…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Firmware rollout…</source>
        <translation>Wdróż firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="161"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Aktualizuj wszystkie urządzenia z arkusza falami 5%, 25%, 100%; zatrzymaj przy ponad 2% niepowodzeń</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <source>Open fleet sheet</source>
        <translation>Otwórz arkusz floty</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Arkusze (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="220"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1: gotowe urządzenia: %2, nieprawidłowe wiersze: %3.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="237"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>brak hasła dla %1: wpisz je powyżej lub zapisz w magazynie kluczy</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="254"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Operacja anulowana: urządzenia już zapisane zachowują nowe wartości; pozostałe pozostają bez zmian.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="280"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plan: urządzenia do zmiany: %1, nieodczytane: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="308"/>
        <source>Apply finished: %1.</source>
        <translation>Zastosowanie zakończone: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Export results</source>
        <translation>Eksportuj wyniki</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Arkusze (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Rollback from results</source>
        <translation>Wycofaj na podstawie wyników</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Firmware image to roll out</source>
        <translation>Obraz firmware do wdrożenia</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Obrazy (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="401"/>
        <source>Rollout: %1.</source>
        <translation>Wdrożenie: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="403"/>
        <source>Rollout stopped: %1</source>
        <translation>Wdrożenie zatrzymane: %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="414"/>
        <source>Changes for row %1</source>
        <translation>Zmiany dla wiersza %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="219"/>
        <source>Import keys from %1</source>
        <translation>Import kluczy z pliku %1</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Meter</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="228"/>
        <source>Import good rows</source>
        <translation>Importuj poprawne wiersze</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="244"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="256"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>Poprawne wiersze do zaimportowania: %1; wiersze z problemami, które nie zostaną zaimportowane: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="94"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — konfiguracja bramek</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="104"/>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="105"/>
        <source>Log</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="109"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Wireless</source>
        <translation>Bezprzewodowe</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="156"/>
        <source>Parameter read</source>
        <translation>Odczyt parametrów</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="159"/>
        <source>Parameter write</source>
        <translation>Zapis parametrów</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="162"/>
        <source>Device information</source>
        <translation>Informacje o urządzeniu</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="165"/>
        <source>Open configuration…</source>
        <translation>Otwórz konfigurację…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="171"/>
        <source>Save configuration…</source>
        <translation>Zapisz konfigurację…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="177"/>
        <source>Compare with file…</source>
        <translation>Porównaj z plikiem…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="180"/>
        <source>Traffic monitor</source>
        <translation>Monitor transmisji</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="184"/>
        <source>Firmware…</source>
        <translation>Aktualizacja firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="187"/>
        <location filename="../app/views/main_window.py" line="642"/>
        <source>Restart device</source>
        <translation>Uruchom ponownie urządzenie</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="190"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="192"/>
        <source>Change communication password…</source>
        <translation>Zmień hasło komunikacyjne…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="193"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="194"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>About gwterm</source>
        <translation>O programie gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="195"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Recent files</source>
        <translation>Ostatnie pliki</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>&amp;Admin</source>
        <translation>&amp;Administracja</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="218"/>
        <source>&amp;Operation</source>
        <translation>&amp;Operacje</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="224"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="226"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="242"/>
        <source>Main</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="258"/>
        <source>Edit values</source>
        <translation>Edytuj wartości</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="263"/>
        <source>Search all parameters</source>
        <translation>Szukaj we wszystkich parametrach</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Parameter group:</source>
        <translation>Grupa parametrów:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="275"/>
        <source>Revert group</source>
        <translation>Cofnij zmiany w grupie</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="278"/>
        <source>Revert all</source>
        <translation>Cofnij wszystko</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Reveal edited secrets</source>
        <translation>Pokaż zmienione dane poufne</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="311"/>
        <location filename="../app/views/main_window.py" line="686"/>
        <source>Read device log</source>
        <translation>Odczytaj dziennik urządzenia</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="323"/>
        <location filename="../app/views/main_window.py" line="412"/>
        <source>Not connected</source>
        <translation>Nie połączono</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="422"/>
        <source>%1 · serial %2</source>
        <translation>%1 · nr seryjny %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="435"/>
        <source>Edited groups: %1</source>
        <translation>Zmienione grupy: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="438"/>
        <source>Edited groups: none</source>
        <translation>Zmienione grupy: brak</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="462"/>
        <location filename="../app/views/main_window.py" line="675"/>
        <location filename="../app/views/main_window.py" line="718"/>
        <source>Connect to a device first</source>
        <translation>Najpierw połącz się z urządzeniem</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="463"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Poczekaj na zakończenie bieżącej operacji lub ją anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="489"/>
        <source>Nothing changed: edit values first</source>
        <translation>Nic nie zmieniono: najpierw edytuj wartości</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="491"/>
        <source>Nothing is running</source>
        <translation>Żadna operacja nie jest wykonywana</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="582"/>
        <source>The password was not stored: %1</source>
        <translation>Hasło nie zostało zapisane: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="644"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>Uruchomić ponownie urządzenie teraz? Połączenie zostanie przerwane i przywrócone, gdy urządzenie znów odpowie.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="654"/>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Change communication password</source>
        <translation>Zmień hasło komunikacyjne</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>New password:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Repeat it:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="666"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Hasła się różnią; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="669"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>Nowe hasło jest przygotowane: użyj „Zapis parametrów”, aby je wysłać.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <source>Open configuration</source>
        <translation>Otwórz konfigurację</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Konfiguracja (*.cfg);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="726"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>Plik zawiera nieprawidłowe wartości; nic nie zostało wczytane.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="742"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>Wczytano %1: liczba wartości różniących się od urządzenia: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Save configuration</source>
        <translation>Zapisz konfigurację</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Configuration (*.cfg)</source>
        <translation>Konfiguracja (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="769"/>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Compare with file</source>
        <translation>Porównaj z plikiem</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="787"/>
        <source>Compare with %1</source>
        <translation>Porównanie z %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="794"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <source>(secret)</source>
        <translation>(poufne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="803"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n różnica.</numerusform>
            <numerusform>%n różnice.</numerusform>
            <numerusform>%n różnic.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>No differences.</source>
        <translation>Brak różnic.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="806"/>
        <source>Load file values as edits</source>
        <translation>Wczytaj wartości z pliku jako zmiany</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="844"/>
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
        <location filename="../app/views/mbus_tab.py" line="56"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>Magistrala: port szeregowy z konwerterem poziomów M-Bus lub tcp://host:port (transparentny M-Bus)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="66"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 zgodnie z normą; 8N1 dla niektórych głowic optycznych</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="67"/>
        <source>Converter echoes</source>
        <translation>Konwerter odsyła echo</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>Wake-up preamble</source>
        <translation>Preambuła wybudzająca</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Scan primary</source>
        <translation>Skanuj adresy pierwotne</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="72"/>
        <source>Scan secondary</source>
        <translation>Skanuj adresy wtórne</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="75"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="82"/>
        <source>Bus:</source>
        <translation>Magistrala:</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Baud</source>
        <translation>Prędkość (Bd)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="97"/>
        <source>Primary</source>
        <translation>Adres pierwotny</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="98"/>
        <source>Secondary address</source>
        <translation>Adres wtórny</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Manufacturer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Medium</source>
        <translation>Rodzaj medium</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Id</source>
        <translation>Numer identyfikacyjny</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="109"/>
        <source>Read selected meter</source>
        <translation>Odczytaj wybrany licznik</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="116"/>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="117"/>
        <source>Storage</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Tariff</source>
        <translation>Taryfa</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Subunit</source>
        <translation>Podjednostka</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Quantity</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="127"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="183"/>
        <source>Cancelled.</source>
        <translation>Operacja anulowana.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Failed.</source>
        <translation>Operacja nie powiodła się.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="211"/>
        <source>Probing %1 …</source>
        <translation>Odpytywanie %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="221"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>Znaleziono %n licznik.</numerusform>
            <numerusform>Znaleziono %n liczniki.</numerusform>
            <numerusform>Znaleziono %n liczników.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%1 bus transactions.</source>
        <translation>Transakcje na magistrali: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="245"/>
        <source>Select a meter first.</source>
        <translation>Najpierw wybierz licznik.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="266"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n rekord (liczba telegramów: %1).</numerusform>
            <numerusform>%n rekordy (liczba telegramów: %1).</numerusform>
            <numerusform>%n rekordów (liczba telegramów: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>Export records</source>
        <translation>Eksportuj rekordy</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>CSV (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="24"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="28"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="41"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Domyślnie szyfruj sesje (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="44"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="45"/>
        <source>Answer timeout</source>
        <translation>Limit czasu odpowiedzi</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Retries</source>
        <translation>Liczba powtórzeń</translation>
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
        <location filename="../app/views/fields.py" line="297"/>
        <source>row %1, column %2</source>
        <translation>wiersz %1, kolumna %2</translation>
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
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="63"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>URL odbiornika (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) lub plik z telegramami w formacie hex</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="70"/>
        <source>Listen</source>
        <translation>Nasłuchuj</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Import keys…</source>
        <translation>Importuj klucze…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="78"/>
        <source>Receiver:</source>
        <translation>Odbiornik:</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="87"/>
        <source>Id</source>
        <translation>Numer identyfikacyjny</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="88"/>
        <source>Manufacturer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Telegrams</source>
        <translation>Telegramy</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>Last seen</source>
        <translation>Ostatni odbiór</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="105"/>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="106"/>
        <source>Storage</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Tariff</source>
        <translation>Taryfa</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Quantity</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>Telegramy: %1, liczniki: %2.</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Import wM-Bus keys</source>
        <translation>Importuj klucze wM-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Arkusze (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store</source>
        <translation>Magazyn kluczy</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store master password:</source>
        <translation>Hasło główne magazynu kluczy:</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="profile_strings.py" line="48"/>
        <source>APN</source>
        <translation>APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="49"/>
        <source>Access point name settings for the mobile data connection.</source>
        <translation>Ustawienia punktu dostępowego (APN) dla mobilnej transmisji danych.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>APN name</source>
        <translation>Nazwa APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Nazwa serwera APN podana przez operatora sieci komórkowej.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>APN username</source>
        <translation>Nazwa użytkownika APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Nazwa użytkownika APN, jeśli operator sieci komórkowej jej wymaga.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="54"/>
        <source>APN password</source>
        <translation>Hasło APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="55"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Hasło APN, jeśli operator sieci komórkowej go wymaga.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="56"/>
        <source>PDP connection delay</source>
        <translation>Opóźnienie połączenia PDP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="57"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Opóźnienie przed zestawieniem połączenia danych (PDP), pozostawiające czas na połączenie z modemem przez CSD po błędnej konfiguracji.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>Porty TCP do odczytu liczników, konfiguracji modemu i pobierania firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>Utility communication port (primary)</source>
        <translation>Port komunikacyjny dostawcy mediów (główny)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Port transparentnego (IEC) odczytu licznika o wyższym priorytecie, używany także do konfiguracji i aktualizacji firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Customer communication port (secondary)</source>
        <translation>Port komunikacyjny klienta (dodatkowy)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="63"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Port o niższym priorytecie do komunikacji z licznikiem, konfiguracji i aktualizacji firmware; musi być inny niż port główny (0 go wyłącza).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="64"/>
        <source>Configuration and firmware download port</source>
        <translation>Port konfiguracji i pobierania firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="65"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>Port TCP do zdalnej parametryzacji modemu i wymiany jego firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>Mobile network</source>
        <translation>Sieć komórkowa</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>PIN karty SIM, technologia dostępu i wybór operatora sieci komórkowej.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>SIM PIN</source>
        <translation>PIN karty SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>Kod PIN włożonej karty SIM; pozostaw puste, jeśli karta SIM nie ma kodu PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>Frequency band / access technology</source>
        <translation>Pasmo częstotliwości / technologia dostępu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Używana technologia dostępu do sieci komórkowej, np. tylko 4G lub LTE z rezerwą 2G (połączenia CSD wymagają technologii korzystającej z sieci 2G).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>4G (LTE) only</source>
        <translation>Tylko 4G (LTE)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE z rezerwą 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE z rezerwą 3G/2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>LTE Cat.M1 only</source>
        <translation>Tylko LTE Cat.M1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>Tylko LTE Cat.NB-IoT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT z rezerwą 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>2G only</source>
        <translation>Tylko 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Operator selection</source>
        <translation>Wybór operatora</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Określa, czy operator sieci komórkowej jest wybierany automatycznie, czy używany jest wskazany operator.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>Manual</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Operator sieci komórkowej (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Kod wskazanego operatora sieci komórkowej (np. 21601), używany przy ręcznym wyborze operatora.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Ustawienia transparentnego portu szeregowego licznika i opcje TLS trybu transparentnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>Multi utility mode</source>
        <translation>Tryb wielu mediów (multi utility)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Tryb pracy portu licznika; ustawieniem podstawowym jest tryb transparentny.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Transparent mode</source>
        <translation>Tryb transparentny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Meter port baud rate</source>
        <translation>Prędkość portu licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Prędkość transmisji portu szeregowego licznika, od 300 do 115200 bodów (standardowo 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>600 baud</source>
        <translation>600 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>1200 baud</source>
        <translation>1200 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>4800 baud</source>
        <translation>4800 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>19200 baud</source>
        <translation>19200 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>38400 baud</source>
        <translation>38400 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>57600 baud</source>
        <translation>57600 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>115200 baud</source>
        <translation>115200 bodów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Data format for meters</source>
        <translation>Format danych licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Szeregowy format danych w kierunku licznika; Auto (firmware 5.3.4.1 lub nowszy) przełącza na 7E1 dla komunikacji IEC, a w pozostałych przypadkach używa 8N1.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="101"/>
        <source>7E1</source>
        <translation>7E1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="102"/>
        <source>8N1</source>
        <translation>8N1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="103"/>
        <source>7O1</source>
        <translation>7O1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="104"/>
        <source>7N2</source>
        <translation>7N2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="105"/>
        <source>8E1</source>
        <translation>8E1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="106"/>
        <source>8O1</source>
        <translation>8O1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="107"/>
        <source>8N2</source>
        <translation>8N2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="108"/>
        <source>Auto (IEC detect)</source>
        <translation>Auto (wykrywanie IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Fixed 8N1 at meter</source>
        <translation>Stały format 8N1 na liczniku</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</source>
        <translation>Wymusza stały format danych 8N1 na porcie licznika (pole wyboru w ustawieniach licznika).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Transparent mode TLS enable</source>
        <translation>Włącz TLS w trybie transparentnym</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Włącza ochronę TLS transparentnego kanału komunikacji z licznikiem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Transparent mode certificate bank</source>
        <translation>Bank certyfikatów trybu transparentnego</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Wybiera bank certyfikatów używany przez połączenie TLS w trybie transparentnym.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Transparent CA certificate bank</source>
        <translation>Bank certyfikatów CA trybu transparentnego</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Wybiera bank certyfikatów CA używany przez połączenie TLS w trybie transparentnym.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>Transparent mode certificate verification</source>
        <translation>Weryfikacja certyfikatu w trybie transparentnym</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Włącza weryfikację certyfikatu drugiej strony w połączeniu TLS trybu transparentnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>RS485 meter interface</source>
        <translation>Interfejs licznika RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>Sposób okablowania RS485 i zachowanie linii DCD portu licznika.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>RS485 mode</source>
        <translation>Tryb RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>Okablowanie RS485 portu licznika; dla wersji wyposażonych tylko w kabel RS232 zaleca się „Wyłącz”.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>2-wire (half duplex)</source>
        <translation>2-przewodowy (półdupleks)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>4-wire (full duplex)</source>
        <translation>4-przewodowy (pełny dupleks)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Sygnał sterowania kierunkiem danych podawany do licznika na porcie RS232 (np. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Fix 0</source>
        <translation>Stałe 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Fix 1</source>
        <translation>Stałe 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>Standard</source>
        <translation>Standardowy</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Inverted</source>
        <translation>Odwrócony</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Watchdog</source>
        <translation>Nadzór połączenia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Okresowy ping i automatyczne ponowne łączenie z siecią komórkową.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>Ping IP address</source>
        <translation>Adres IP do pingowania</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>Adres IP okresowo pingowany w celu podtrzymania połączenia danych (0.0.0.0 wyłącza ping).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Number of ping retries</source>
        <translation>Liczba powtórzeń pingu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Liczba pingów bez odpowiedzi, po której połączenie danych jest zestawiane ponownie.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Ping wait time (for reply)</source>
        <translation>Czas oczekiwania na ping (odpowiedź)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Czas oczekiwania na odpowiedź na ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>Wait time (for next ping)</source>
        <translation>Czas oczekiwania (do następnego pingu)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Czas oczekiwania przed wysłaniem następnego pingu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>GPRS connection closed and restored after</source>
        <translation>Zamknięcie i przywrócenie połączenia GPRS po</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Czas, po którym zerwane lub nieodpowiadające połączenie danych jest zamykane i przywracane; nigdy nie ustawiaj go poniżej wartości zalecanej przez operatora.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Standard Meter Interface</source>
        <translation>Standardowy interfejs licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Function assigned to each status LED.</source>
        <translation>Funkcja przypisana każdej diodzie LED stanu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>LED1 function</source>
        <translation>Funkcja LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>Stan sygnalizowany przez LED1 (niebieska, środkowa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Not used</source>
        <translation>Nieużywana</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>GSM / GPRS status</source>
        <translation>Stan GSM / GPRS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>SIM status</source>
        <translation>Stan karty SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>E-meter status</source>
        <translation>Stan licznika energii</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Firmware status</source>
        <translation>Stan firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Network status and access technology</source>
        <translation>Stan sieci i technologia dostępu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Meter status with IEC polling</source>
        <translation>Stan licznika z odpytywaniem IEC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>AMM (IEC) client state</source>
        <translation>Stan klienta AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>LED2 function</source>
        <translation>Funkcja LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>Stan sygnalizowany przez LED2 (czerwona, dolna).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>LED3 function</source>
        <translation>Funkcja LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>Stan sygnalizowany przez LED3 (zielona, górna).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>Powiadomienie SMS LastGasp o zaniku zasilania.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>LastGasp SMS</source>
        <translation>SMS LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Wysyła SMS-y POWER LOST i POWER RETURN przy zaniku i powrocie zasilania.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>LastGasp phone number</source>
        <translation>Numer telefonu LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Numer telefonu, na który wysyłane są SMS-y LastGasp.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>Device Manager</source>
        <translation>Połączenie z Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>Ustawienia TLS połączenia z Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Device Manager TLS enable</source>
        <translation>Włącz TLS dla Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Włącza TLS w połączeniu z Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Device Manager certificate bank</source>
        <translation>Bank certyfikatów Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Wybiera bank certyfikatów używany w połączeniu TLS z Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>Device Manager CA certificate bank</source>
        <translation>Bank certyfikatów CA Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Wybiera bank certyfikatów CA używany w połączeniu TLS z Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Device Manager certificate verification</source>
        <translation>Weryfikacja certyfikatu Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Włącza weryfikację certyfikatu serwera Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
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
        <location filename="profile_strings.py" line="177"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Hasło wymagane przez nowsze wersje firmware do konfiguracji modemu (wartość domyślną można uzyskać od producenta).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>CSD password</source>
        <translation>Hasło CSD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Hasło chroniące dostęp CSD i polecenia SMS (pw=); puste oznacza brak hasła.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Port transparentnego (IEC) odczytu licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>Port TCP do transparentnej komunikacji z licznikiem energii elektrycznej.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>Port TCP używany przez WM-E Term do zdalnej konfiguracji modemu i wymiany jego firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Używana technologia dostępu do sieci komórkowej, np. tylko 4G lub LTE z rezerwą 2G.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>3G only</source>
        <translation>Tylko 3G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Ustawienia transparentnego portu szeregowego RS232 licznika.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Tryb pracy portu licznika; domyślnie tryb transparentny.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Prędkość transmisji portu szeregowego licznika (domyślnie 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Serial data format towards the meter.</source>
        <translation>Szeregowy format danych w kierunku licznika.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Stały format danych 8N1 na liczniku</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>Forces the fixed 8N1 data format on the meter port (enabled by default).</source>
        <translation>Wymusza stały format danych 8N1 na porcie licznika (domyślnie włączone).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Funkcja przypisana każdej z sześciu diod LED stanu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>Stan sygnalizowany przez LED1 (skrajna lewa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>E-meter communication</source>
        <translation>Komunikacja z licznikiem energii</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>M-Bus status</source>
        <translation>Stan M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>Status shown by LED2.</source>
        <translation>Stan sygnalizowany przez LED2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>Status shown by LED3.</source>
        <translation>Stan sygnalizowany przez LED3.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>LED4 function</source>
        <translation>Funkcja LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Status shown by LED4.</source>
        <translation>Stan sygnalizowany przez LED4.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>LED5 function</source>
        <translation>Funkcja LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>Stan sygnalizowany przez LED5 (domyślnie nieużywana).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>LED6 function</source>
        <translation>Funkcja LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>Stan sygnalizowany przez LED6 (skrajna prawa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Wysyła powiadomienie SMS przy zaniku zasilania; według instrukcji funkcja nie jest jeszcze zaimplementowana w firmware 2.68.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Numer telefonu, na który wysyłane jest powiadomienie SMS LastGasp.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Ustawienia serwera DLMS, klienta licznika i push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Start DLMS session during boot</source>
        <translation>Rozpocznij sesję DLMS podczas uruchamiania</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Rozpoczyna sesję DLMS podczas uruchamiania modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>DLMS AMM IP address</source>
        <translation>Adres IP DLMS AMM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>Adres IP hosta DLMS AMM (0.0.0.0, jeśli nieużywany).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>DLMS server port</source>
        <translation>Port serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>Port TCP serwera DLMS (0, jeśli nieużywany).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Max. time without DLMS communication</source>
        <translation>Maks. czas bez komunikacji DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Maksymalny dopuszczalny czas bez komunikacji DLMS, po którym sesja jest zamykana.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="215"/>
        <source>DLMS password</source>
        <translation>Hasło DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="216"/>
        <source>General DLMS password of the modem.</source>
        <translation>Ogólne hasło DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Dopuszczalne metody uwierzytelniania DLMS/COSEM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Rozdzielona przecinkami lista identyfikatorów akceptowanych mechanizmów uwierzytelniania DLMS/COSEM.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Disconnect relay control</source>
        <translation>Sterowanie przekaźnikiem odłączającym</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Tryb sterowania przekaźnikiem odłączającym.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Billing register visibility</source>
        <translation>Widoczność rejestrów rozliczeniowych</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Określa, czy rejestry 1-0:1.8.0*255 i 1-0:2.8.0*255 są widoczne w dobowych i miesięcznych (0-0:98.1.0*255) profilach wartości rozliczeniowych.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>Registers are not visible</source>
        <translation>Rejestry niewidoczne</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Registers are visible</source>
        <translation>Rejestry widoczne</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>DLMS server logical address</source>
        <translation>Adres logiczny serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Adres logiczny serwera DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>DLMS server physical address</source>
        <translation>Adres fizyczny serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Adres fizyczny serwera DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>DLMS server client address</source>
        <translation>Adres klienta serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Adres klienta akceptowany przez serwer DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>DLMS server authentication</source>
        <translation>Uwierzytelnianie serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Tryb uwierzytelniania serwera DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>NONE</source>
        <translation>BRAK</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="234"/>
        <source>LOW</source>
        <translation>LOW</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="235"/>
        <source>HIGH</source>
        <translation>HIGH</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="236"/>
        <source>HIGH (MD5)</source>
        <translation>HIGH (MD5)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="237"/>
        <source>HIGH (SHA-1)</source>
        <translation>HIGH (SHA-1)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="238"/>
        <source>HIGH (GMAC)</source>
        <translation>HIGH (GMAC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="239"/>
        <source>DLMS server password</source>
        <translation>Hasło serwera DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Hasło uwierzytelniania serwera DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>DLMS client logical address</source>
        <translation>Adres logiczny klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Adres logiczny licznika energii odpytywanego przez klienta DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>DLMS client physical address</source>
        <translation>Adres fizyczny klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Adres fizyczny licznika energii odpytywanego przez klienta DLMS modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>DLMS client address</source>
        <translation>Adres klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Adres klienta używany przez modem podczas odczytu licznika energii.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>DLMS client authentication</source>
        <translation>Uwierzytelnianie klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Tryb uwierzytelniania używany podczas odczytu licznika energii.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>DLMS client password</source>
        <translation>Hasło klienta DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Hasło używane podczas odczytu licznika energii.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Object list</source>
        <translation>Lista obiektów</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Odpytywane obiekty licznika w postaci OBIS:atrybut rozdzielone przecinkami; gdy lista jest pusta, odpytywane są 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 i 1.1.97.97.3.255:2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>DLMS push logical address</source>
        <translation>Adres logiczny DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Adres logiczny używany w komunikatach DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>DLMS push physical address</source>
        <translation>Adres fizyczny DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Adres fizyczny używany w komunikatach DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>DLMS push client address</source>
        <translation>Adres klienta DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Adres klienta używany w komunikatach DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="259"/>
        <source>DLMS push authentication</source>
        <translation>Uwierzytelnianie DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="260"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Tryb uwierzytelniania używany dla komunikatów DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="261"/>
        <source>DLMS push password</source>
        <translation>Hasło DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="262"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Hasło używane dla komunikatów DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="263"/>
        <source>Push base logical name</source>
        <translation>Bazowa nazwa logiczna push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="264"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Bazowa nazwa logiczna (kod OBIS) obiektu push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="265"/>
        <source>DLMS push IP address</source>
        <translation>Adres IP DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="266"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>Docelowy adres IPv4 komunikatów DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>DLMS push port</source>
        <translation>Port DLMS push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>Docelowy port TCP komunikatów DLMS push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Ustawienia odczytu przewodowych liczników M-Bus i tabela liczników.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Maksymalna liczba liczników M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Maksymalna liczba liczników M-Bus obsługiwanych przez modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Czas trybu instalacji przewodowego M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Czas trwania trybu instalacji przewodowej magistrali M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Readout time</source>
        <translation>Okres odczytu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Okres odczytu liczników M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Upload time</source>
        <translation>Okres wysyłania</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Okres wysyłania danych M-Bus (obiekty miesięczne są obsługiwane dodatkowo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>File encryption type</source>
        <translation>Typ szyfrowania pliku</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Typ szyfrowania (nazwa pliku) pliku danych M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>Number of monthly objects</source>
        <translation>Liczba obiektów miesięcznych</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Liczba przechowywanych miesięcznych obiektów M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>Inactivity timeout</source>
        <translation>Limit czasu nieaktywności</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Czas bez danych z licznika M-Bus, po którym licznik jest uznawany za nieaktywny.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>Prędkość transmisji M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Prędkość transmisji linii M-Bus (domyślnie 2400, możliwe wyższe prędkości).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Activate address</source>
        <translation>Adres aktywacji</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>Identyfikator w formie adresu, który otwiera kanał M-Bus dla optycznego połączenia HHU.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>HHU inactivity timeout</source>
        <translation>Limit czasu nieaktywności HHU</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>Połączenie HHU M-Bus jest zamykane po tym czasie nieaktywności.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>Liczniki M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Podłączone liczniki M-Bus identyfikowane adresem pierwotnym lub wtórnym, z polem do odczytu i jego mapowaniem DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Medium</source>
        <translation>Rodzaj medium</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Water</source>
        <translation>Woda</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Warm water</source>
        <translation>Woda ciepła</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>Hot water</source>
        <translation>Woda gorąca</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Cold water</source>
        <translation>Woda zimna</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Heat</source>
        <translation>Ciepło</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Cooling</source>
        <translation>Chłód</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Gas</source>
        <translation>Gaz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Electricity</source>
        <translation>Energia elektryczna</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Scale unit</source>
        <translation>Jednostka skali</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>Rejestr OBIS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Read interval</source>
        <translation>Interwał odczytu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Load profile object</source>
        <translation>Obiekt profilu obciążenia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>Adres M-Bus (pierwotny lub wtórny)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Required field number(s)</source>
        <translation>Wymagane numery pól</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Nazwa licznika</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>Secondary transparent</source>
        <translation>Dodatkowy kanał transparentny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Dodatkowy port transparentny używany do odczytu DLMS pomiarów M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>Secondary transparent port</source>
        <translation>Dodatkowy port transparentny</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>Port TCP do odczytu DLMS ostatnio odczytanych danych liczników M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Secondary transparent baud rate</source>
        <translation>Prędkość dodatkowego kanału transparentnego</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Prędkość transmisji dodatkowego kanału transparentnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>Secondary transparent data format</source>
        <translation>Format danych dodatkowego kanału transparentnego</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Szeregowy format danych dodatkowego kanału transparentnego.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Start transmission (TX) delay</source>
        <translation>Opóźnienie rozpoczęcia nadawania (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Opóźnienie przed rozpoczęciem nadawania w dodatkowym kanale transparentnym.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Communication password of the modem.</source>
        <translation>Hasło komunikacyjne modemu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Hasło używane przez narzędzie konfiguracyjne podczas komunikacji z modemem.</translation>
    </message>
</context>
</TS>
