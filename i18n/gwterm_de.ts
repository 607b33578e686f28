<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AtTerminal</name>
    <message>
        <location filename="../app/views/at_terminal.py" line="36"/>
        <source>AT terminal</source>
        <translation>AT-Terminal</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="46"/>
        <location filename="../app/views/at_terminal.py" line="113"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="49"/>
        <location filename="../app/views/at_terminal.py" line="114"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="51"/>
        <source>Modem</source>
        <translation>Modem-Port</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="61"/>
        <source>AT command, Enter sends (Up/Down: history)</source>
        <translation>AT-Befehl, Eingabetaste sendet (Auf/Ab: Verlauf)</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="84"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Port des Modems angeben, z. B. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="87"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="91"/>
        <source>Cannot open the modem: %1</source>
        <translation>Das Modem kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="95"/>
        <source>Open: %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="96"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="135"/>
        <source>The modem&apos;s port closed.</source>
        <translation>Der Port des Modems wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="168"/>
        <source>(type the message text, Enter sends it)</source>
        <translation>(Nachrichtentext eingeben, die Eingabetaste sendet ihn)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="175"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="178"/>
        <source>Filter (user, action, device, key)</source>
        <translation>Filter (Benutzer, Aktion, Gerät, Parameter)</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="181"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="195"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="200"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="201"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="202"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="203"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="204"/>
        <source>Keys</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="205"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="206"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>Export audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>CSV (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>AxdrHexInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="267"/>
        <source>The tagged A-XDR value as hex, e.g. 02 02 0F FD 16 1E</source>
        <translation>Der A-XDR-Wert mit Typkennung als Hex, z. B. 02 02 0F FD 16 1E</translation>
    </message>
</context>
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>BooleanInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="145"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="150"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="151"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Gespeicherte Verbindungsprofile; neuen Namen eingeben, um ein neues Profil zu speichern</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="154"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="155"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Diese Einstellungen unter dem Profilnamen speichern (niemals das Passwort)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="158"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="168"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Seriell (RS-232 / USB)</translation>
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
        <translation>CSD (GSM-Datenanruf)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="172"/>
        <source>SMS commands</source>
        <translation>SMS-Befehle</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="185"/>
        <source>Connection type</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="194"/>
        <source>communication password</source>
        <translation>Kommunikationspasswort</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="197"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="207"/>
        <source>Remember in the key store</source>
        <translation>Im Schlüsselspeicher merken</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="209"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Wird verschlüsselt mit dem Master-Passwort des Schlüsselspeichers abgelegt, niemals in den normalen Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="211"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Sitzung verschlüsseln (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="212"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="223"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="226"/>
        <source>Log off</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="254"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
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
        <translation>Baudrate</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="266"/>
        <source>Data format</source>
        <translation>Datenformat</translation>
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
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="291"/>
        <location filename="../app/views/connection_panel.py" line="297"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <location filename="../app/views/connection_panel.py" line="298"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Do not verify the server (insecure)</source>
        <translation>Server nicht überprüfen (unsicher)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="374"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="375"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="376"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="377"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="168"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="169"/>
        <source>The PC&apos;s current time</source>
        <translation>Die aktuelle Uhrzeit des PCs</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="194"/>
        <source>Local time of this PC; the device gets it with the PC&apos;s UTC deviation</source>
        <translation>Ortszeit dieses PCs; das Gerät erhält sie mit der UTC-Abweichung des PCs</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="86"/>
        <location filename="../app/views/controller.py" line="112"/>
        <source>%1 cancelled.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="122"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>Das Gerät hat die Werte abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="154"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="166"/>
        <source>Log off</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="179"/>
        <source>Parameters read.</source>
        <translation>Parameter gelesen.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="181"/>
        <source>Parameter read</source>
        <translation>Parameter lesen</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="190"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Nichts zu schreiben: Es wurde kein Wert geändert.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Verify failed for: %1</source>
        <translation>Überprüfung fehlgeschlagen für: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="212"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n Wert geschrieben und überprüft.</numerusform>
            <numerusform>%n Werte geschrieben und überprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="215"/>
        <source>Parameter write</source>
        <translation>Parameter schreiben</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="243"/>
        <source>Device information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="251"/>
        <source>A restart by SMS is not offered here.</source>
        <translation>Ein Neustart per SMS wird hier nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="255"/>
        <source>The device restarted and answers again.</source>
        <translation>Das Gerät wurde neu gestartet und antwortet wieder.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="257"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
</context>
<context>
    <name>DeviceInfoDialog</name>
    <message>
        <location filename="../app/views/device_info.py" line="63"/>
        <source>Device information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="79"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="80"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="81"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="82"/>
        <source>Firmware version</source>
        <translation>Firmware-Version</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="83"/>
        <source>Hardware ID</source>
        <translation>Hardware-ID</translation>
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
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="87"/>
        <source>Access technology</source>
        <translation>Zugangstechnologie</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="88"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="89"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="90"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="101"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="103"/>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="105"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>poor</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="130"/>
        <source>RSSI: %1 dBm (%2)</source>
        <translation>RSSI: %1 dBm (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="134"/>
        <source>RSSI: not available</source>
        <translation>RSSI: nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="135"/>
        <source>Access technology: %1</source>
        <translation>Zugangstechnologie: %1</translation>
    </message>
</context>
<context>
    <name>DlmsTab</name>
    <message>
        <location filename="../app/views/dlms_tab.py" line="112"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="130"/>
        <source>tcp://host[:4059] (IEC 62056-47 wrapper), serial:///dev/ttyUSB0 (HDLC), or tcp://host:port?link=hdlc for HDLC through a transparent port</source>
        <translation>tcp://host[:4059] (IEC-62056-47-Wrapper), serial:///dev/ttyUSB0 (HDLC) oder tcp://host:port?link=hdlc für HDLC über einen Transparentport</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="142"/>
        <source>Client address (SAP): 0x10 public client without password, 0x20 meter reader with password</source>
        <translation>Client-Adresse (SAP): 0x10 öffentlicher Client ohne Passwort, 0x20 Zählerableser (Meter Reader) mit Passwort</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="149"/>
        <source>Server logical address (logical device; 1 = management)</source>
        <translation>Logische Adresse des Servers (logisches Gerät; 1 = Management)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="154"/>
        <source>LLS password</source>
        <translation>LLS-Passwort</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="155"/>
        <source>Low level security password; empty for the public client</source>
        <translation>Passwort für Low Level Security; leer für den öffentlichen Client</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="159"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="161"/>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="167"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="170"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="173"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="183"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="185"/>
        <source>Client</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="187"/>
        <source>Server</source>
        <translation>Server-Adresse</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="190"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="204"/>
        <source>Filter: OBIS code or class</source>
        <translation>Filter: OBIS-Kennzahl oder Klasse</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Display form</source>
        <translation>Anzeigeform</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="214"/>
        <source>Enter or double-click reads every readable attribute</source>
        <translation>Eingabetaste oder Doppelklick liest alle lesbaren Attribute</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="221"/>
        <location filename="../app/views/dlms_tab.py" line="623"/>
        <source>Select an object.</source>
        <translation>Objekt auswählen.</translation>
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
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="242"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="245"/>
        <source>Read all</source>
        <translation>Alle lesen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="248"/>
        <source>Write…</source>
        <translation>Schreiben…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="264"/>
        <source>Invoke…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="278"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="285"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="286"/>
        <source>Profile buffer</source>
        <translation>Profilpuffer</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="288"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="290"/>
        <source>Save the table on the visible page as CSV</source>
        <translation>Tabelle der sichtbaren Seite als CSV speichern</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="320"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="321"/>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="322"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="323"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="362"/>
        <source>Connect to a device first</source>
        <translation>Zuerst mit einem Gerät verbinden</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="364"/>
        <source>Wait for the running exchange, or Cancel it</source>
        <translation>Auf den laufenden Austausch warten oder ihn abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="366"/>
        <source>Select an object first</source>
        <translation>Zuerst ein Objekt auswählen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="371"/>
        <source>Read the selected attributes (all readable ones if none)</source>
        <translation>Ausgewählte Attribute lesen (alle lesbaren, wenn keines ausgewählt ist)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="373"/>
        <source>Read every readable attribute</source>
        <translation>Alle lesbaren Attribute lesen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="378"/>
        <source>Select one attribute</source>
        <translation>Ein Attribut auswählen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="380"/>
        <source>This attribute is not writable for this client</source>
        <translation>Dieses Attribut ist für diesen Client nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="382"/>
        <source>Edit and write the selected attribute</source>
        <translation>Ausgewähltes Attribut bearbeiten und schreiben</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="386"/>
        <source>Select a method</source>
        <translation>Methode auswählen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="388"/>
        <source>This method is not available to this client</source>
        <translation>Diese Methode steht diesem Client nicht zur Verfügung</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="390"/>
        <source>Invoke the selected method</source>
        <translation>Ausgewählte Methode ausführen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="393"/>
        <source>Select a profile generic object (class 7)</source>
        <translation>Ein Profile-Generic-Objekt (Klasse 7) auswählen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="395"/>
        <source>Read the buffer rows chosen on the left</source>
        <translation>Links gewählte Pufferzeilen lesen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="420"/>
        <source>Busy: wait for the running exchange, or Cancel it.</source>
        <translation>Beschäftigt: auf den laufenden Austausch warten oder ihn abbrechen.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="430"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="433"/>
        <source>the exchange was cancelled</source>
        <translation>der Austausch wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="448"/>
        <source>Association refused (password or client address?)</source>
        <translation>Assoziation abgelehnt (Passwort oder Client-Adresse?)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="450"/>
        <source>The device does not answer</source>
        <translation>Das Gerät antwortet nicht</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="452"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="454"/>
        <source>The device refused</source>
        <translation>Das Gerät hat abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="456"/>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="457"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="474"/>
        <source>Disconnected: %1. Connect again.</source>
        <translation>Getrennt: %1. Erneut verbinden.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="490"/>
        <source>Give the device URL, e.g. tcp://192.168.1.10:4059.</source>
        <translation>Geräte-URL angeben, z. B. tcp://192.168.1.10:4059.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="499"/>
        <source>Connecting to %1 …</source>
        <translation>Verbindung mit %1 wird aufgebaut …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="519"/>
        <source>Associated; reading the object list …</source>
        <translation>Assoziiert; Objektliste wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="525"/>
        <source>Connected to %1 (client 0x%2, %3 authentication): %n object(s).</source>
        <translation>
            <numerusform>Verbunden mit %1 (Client 0x%2, Authentifizierung %3): %n Objekt.</numerusform>
            <numerusform>Verbunden mit %1 (Client 0x%2, Authentifizierung %3): %n Objekte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="548"/>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="555"/>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="569"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="658"/>
        <location filename="../app/views/dlms_tab.py" line="748"/>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="659"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="660"/>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="661"/>
        <source>read/write</source>
        <translation>lesen/schreiben</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="685"/>
        <source>scaler %1, unit %2</source>
        <translation>Skalierung %1, Einheit %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="688"/>
        <source>values shown in %1</source>
        <translation>Werte in %1 angezeigt</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="720"/>
        <source>(read it on the Profile buffer page)</source>
        <translation>(auf der Seite „Profilpuffer“ lesen)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="749"/>
        <source>access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="750"/>
        <source>authenticated access</source>
        <translation>authentifizierter Zugriff</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="798"/>
        <source>The selected attributes are not readable for this client.</source>
        <translation>Die ausgewählten Attribute sind für diesen Client nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="835"/>
        <source>Nothing readable selected.</source>
        <translation>Nichts Lesbares ausgewählt.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="837"/>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="852"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="855"/>
        <source>Read %n attribute(s) of %1.</source>
        <translation>
            <numerusform>%n Attribut von %1 gelesen.</numerusform>
            <numerusform>%n Attribute von %1 gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="857"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n abgelehnt.</numerusform>
            <numerusform>%n abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="870"/>
        <source>This attribute is not writable for this client.</source>
        <translation>Dieses Attribut ist für diesen Client nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="880"/>
        <source>Write %1 · %2</source>
        <translation>%1 · %2 schreiben</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="900"/>
        <source>Writing %1 · %2 …</source>
        <translation>%1 · %2 wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="904"/>
        <source>write refused: %1</source>
        <translation>Schreiben abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="913"/>
        <source>Wrote %1 · %2; the device reads back: %3</source>
        <translation>%1 · %2 geschrieben; das Gerät liest zurück: %3</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="917"/>
        <source>Wrote %1 · %2.</source>
        <translation>%1 · %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="931"/>
        <source>This method is not available to this client.</source>
        <translation>Diese Methode steht diesem Client nicht zur Verfügung.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="934"/>
        <source>Invoke %1 · %2</source>
        <translation>%1 · %2 ausführen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="949"/>
        <source>Invoking %1 · %2 …</source>
        <translation>%1 · %2 wird ausgeführt …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="951"/>
        <source>%1 · %2 done.</source>
        <translation>%1 · %2 ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="953"/>
        <source>Returned: %1</source>
        <translation>Rückgabe: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="999"/>
        <source>Reading the buffer of %1 …</source>
        <translation>Puffer von %1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1008"/>
        <source>this profile captures no clock</source>
        <translation>dieses Profil erfasst keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1015"/>
        <source>The buffer of %1 is empty.</source>
        <translation>Der Puffer von %1 ist leer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1024"/>
        <source>%n row(s) of %1.</source>
        <translation>
            <numerusform>%n Zeile von %1.</numerusform>
            <numerusform>%n Zeilen von %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1052"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1059"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="157"/>
        <source>Edit values: %1</source>
        <translation>Werte bearbeiten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="190"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n Feld muss geprüft werden.</numerusform>
            <numerusform>%n Felder müssen geprüft werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 hex digits</source>
        <translation>höchstens %1 Hex-Ziffern</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="350"/>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="35"/>
        <source>Firmware</source>
        <translation>Firmware-Update</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>For models</source>
        <translation>Für Modelle</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Version</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Replaces from version</source>
        <translation>Ersetzt ab Version</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Device runs</source>
        <translation>Aktuell auf dem Gerät</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="52"/>
        <source>Activation state</source>
        <translation>Aktivierungsstatus</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="59"/>
        <source>Choose image…</source>
        <translation>Image auswählen…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="61"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Choose firmware image</source>
        <translation>Firmware-Image auswählen</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Image-Dateien (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="100"/>
        <source>Not a usable image: %1</source>
        <translation>Kein verwendbares Image: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="117"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Bereit: Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="135"/>
        <source>last update undone: %1</source>
        <translation>letztes Update rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Transferring</source>
        <translation>Übertragung läuft</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Checking and installing</source>
        <translation>Prüfung und Installation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Activating</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Neustart, warte auf Bestätigung</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="155"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="169"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 von %2 Bytes, %3 B/s, noch %4 s</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="183"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Von %1 auf %2 aktualisiert, bestätigt.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Abgebrochen. Erneut aktualisieren, um die Übertragung an der Abbruchstelle fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="195"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Fehlgeschlagen: %1. Zum Fortsetzen erneut aktualisieren.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Open sheet…</source>
        <translation>Tabelle öffnen…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="163"/>
        <source>password for all (else the key store)</source>
        <translation>Passwort für alle Geräte (sonst aus dem Schlüsselspeicher)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="164"/>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="169"/>
        <source>Concurrency: </source>
        <translation>Parallelität: </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="170"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="172"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="174"/>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="176"/>
        <source>Rollback…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="178"/>
        <source>Firmware rollout…</source>
        <translation>Firmware verteilen…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="180"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Alle Geräte der Tabelle in Wellen von 5 %, 25 %, 100 % aktualisieren; Abbruch bei mehr als 2 % Fehlschlägen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <source>Open fleet sheet</source>
        <translation>Flottentabelle öffnen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="239"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1: %2 Gerät(e) bereit, %3 Zeile(n) ungültig.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="256"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>kein Passwort für %1: oben eingeben oder im Schlüsselspeicher ablegen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="273"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Abgebrochen: Bereits beschriebene Geräte behalten ihre neuen Werte; die übrigen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="299"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plan: %1 Gerät(e) mit Änderungen, %2 nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="328"/>
        <source>Apply finished: %1.</source>
        <translation>Anwenden abgeschlossen: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Rollback from results</source>
        <translation>Aus Ergebnisdatei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Firmware image to roll out</source>
        <translation>Zu verteilendes Firmware-Image</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Image-Dateien (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="423"/>
        <source>Rollout: %1.</source>
        <translation>Verteilung: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="425"/>
        <source>Rollout stopped: %1</source>
        <translation>Verteilung gestoppt: %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="436"/>
        <source>Changes for row %1</source>
        <translation>Änderungen für Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Parameter</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Sheet</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="104"/>
        <source>%1 is also the %2; they must differ</source>
        <translation>%1 ist auch der %2; sie müssen sich unterscheiden</translation>
    </message>
</context>
<context>
    <name>GsmFields</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="75"/>
        <source>The serial port of the local GSM modem</source>
        <translation>Die serielle Schnittstelle des lokalen GSM-Modems</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="85"/>
        <source>The phone number of the gateway&apos;s SIM card</source>
        <translation>Die Rufnummer der SIM-Karte des Gateways</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="86"/>
        <source>Modem port</source>
        <translation>Modem-Port</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Modem speed</source>
        <translation>Modemgeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="88"/>
        <source>Phone number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="91"/>
        <source>WM-E (pw=….cmd=…)</source>
        <translation>WM-E (Befehle pw=….cmd=…)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="92"/>
        <source>2N MeterCom (MCP …)</source>
        <translation>2N MeterCom (Befehle MCP …)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="94"/>
        <source>Command dialect</source>
        <translation>Befehlsdialekt</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="95"/>
        <source>The password is the device&apos;s SMS (CSD) password.</source>
        <translation>Das Passwort ist das SMS-(CSD-)Passwort des Geräts.</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="98"/>
        <source>With a CSD password set, it is the password to give.</source>
        <translation>Ist ein CSD-Passwort gesetzt, ist dieses hier anzugeben.</translation>
    </message>
</context>
<context>
    <name>IecReadoutWindow</name>
    <message>
        <location filename="../app/views/iec_readout.py" line="50"/>
        <source>IEC 62056-21 meter readout</source>
        <translation>IEC-62056-21-Zählerauslesung</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="59"/>
        <source>An optical head on a serial port (300 Bd 7E1 unless given), or a modem&apos;s transparent port</source>
        <translation>Ein optischer Lesekopf an einer seriellen Schnittstelle (300 Bd 7E1, sofern nicht angegeben) oder der Transparentport eines Modems</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="65"/>
        <source>Mode %1</source>
        <translation>Modus %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="69"/>
        <source>none (any meter on the line)</source>
        <translation>keine (jeder Zähler an der Leitung)</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="71"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="72"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="73"/>
        <source>Device address</source>
        <translation>Geräteadresse</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="74"/>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Read</source>
        <translation>Auslesen</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="77"/>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="79"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="86"/>
        <source>Not read yet</source>
        <translation>Noch nicht ausgelesen</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="114"/>
        <source>Give the meter&apos;s port, e.g. serial:///dev/ttyUSB0</source>
        <translation>Port des Zählers angeben, z. B. serial:///dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="121"/>
        <source>Reading %1 …</source>
        <translation>%1 wird ausgelesen …</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="129"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="132"/>
        <source>Readout failed: %1</source>
        <translation>Auslesung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="153"/>
        <source>As the meter sent it: %1</source>
        <translation>Wie vom Zähler gesendet: %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>check OK</source>
        <translation>Prüfung OK</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>CHECK FAILED</source>
        <translation>PRÜFUNG FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="160"/>
        <source>%1 · mode %2 · %3 Bd · %4 values · %5</source>
        <translation>%1 · Modus %2 · %3 Bd · %4 Werte · %5</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="185"/>
        <source>Export readout</source>
        <translation>Auslesung exportieren</translation>
    </message>
</context>
<context>
    <name>IntegerInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="136"/>
        <source>Whole number from %1 to %2</source>
        <translation>Ganze Zahl von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="225"/>
        <source>Import keys from %1</source>
        <translation>Schlüssel aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="234"/>
        <source>Import good rows</source>
        <translation>Gültige Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="263"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>%1 gültige Zeile(n) werden importiert; %2 Zeile(n) sind fehlerhaft und werden nicht importiert.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="39"/>
        <source>gwterm login</source>
        <translation>gwterm-Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="48"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="49"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="102"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — Gateway-Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="112"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="121"/>
        <source>Wireless</source>
        <translation>Funk</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="125"/>
        <source>DLMS</source>
        <translation>DLMS</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="130"/>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="132"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="137"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="176"/>
        <source>Parameter read</source>
        <translation>Parameter lesen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="179"/>
        <source>Parameter write</source>
        <translation>Parameter schreiben</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="182"/>
        <source>Device information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="185"/>
        <source>Open configuration…</source>
        <translation>Konfiguration öffnen…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="191"/>
        <source>Save configuration…</source>
        <translation>Konfiguration speichern…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="197"/>
        <source>Compare with file…</source>
        <translation>Mit Datei vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="200"/>
        <source>Traffic monitor</source>
        <translation>Datenverkehrsmonitor</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="204"/>
        <source>Firmware…</source>
        <translation>Firmware-Update…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="207"/>
        <location filename="../app/views/main_window.py" line="765"/>
        <source>Restart device</source>
        <translation>Gerät neu starten</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Change communication password…</source>
        <translation>Kommunikationspasswort ändern…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="213"/>
        <source>Users…</source>
        <translation>Benutzer…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="214"/>
        <source>Audit log…</source>
        <translation>Audit-Protokoll…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>SMS console…</source>
        <translation>SMS-Konsole…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="219"/>
        <source>AT terminal…</source>
        <translation>AT-Terminal…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="222"/>
        <source>Meter readout (IEC 62056-21)…</source>
        <translation>Zählerauslesung (IEC 62056-21)…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="227"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <location filename="../app/views/main_window.py" line="994"/>
        <source>About gwterm</source>
        <translation>Über gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="229"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="244"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="246"/>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="250"/>
        <source>&amp;Admin</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="254"/>
        <source>&amp;Operation</source>
        <translation>&amp;Betrieb</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="260"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="265"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="274"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="297"/>
        <source>Edit values</source>
        <translation>Werte bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="302"/>
        <source>Search all parameters</source>
        <translation>Alle Parameter durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="306"/>
        <source>Parameter group:</source>
        <translation>Parametergruppe:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="314"/>
        <source>Revert group</source>
        <translation>Gruppe zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="317"/>
        <source>Revert all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="320"/>
        <source>Reveal edited secrets</source>
        <translation>Geänderte geheime Werte anzeigen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="350"/>
        <location filename="../app/views/main_window.py" line="811"/>
        <source>Read device log</source>
        <translation>Geräteprotokoll lesen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="362"/>
        <location filename="../app/views/main_window.py" line="451"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="461"/>
        <source>%1 · serial %2</source>
        <translation>%1 · Seriennr. %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="478"/>
        <source>Edited groups: %1</source>
        <translation>Geänderte Gruppen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="481"/>
        <source>Edited groups: none</source>
        <translation>Geänderte Gruppen: keine</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="515"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>Connect to a device first</source>
        <translation>Zuerst mit einem Gerät verbinden</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="516"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Auf den laufenden Vorgang warten oder ihn abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="542"/>
        <source>Nothing changed: edit values first</source>
        <translation>Nichts geändert: zuerst Werte bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="544"/>
        <source>Nothing is running</source>
        <translation>Es läuft kein Vorgang</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="547"/>
        <source>Not available over SMS</source>
        <translation>Über SMS nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="548"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Ihre Rolle (%1) erlaubt dies nicht</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>The password was not stored: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="767"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>Gerät jetzt neu starten? Die Verbindung wird unterbrochen und wiederhergestellt, sobald das Gerät wieder antwortet.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="777"/>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Change communication password</source>
        <translation>Kommunikationspasswort ändern</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="778"/>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Repeat it:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="789"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Die Passwörter stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="792"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>Das neue Passwort ist vorgemerkt: Mit „Parameter schreiben“ wird es übertragen.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>The device log cannot be read over SMS.</source>
        <translation>Das Geräteprotokoll kann nicht über SMS gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <source>Open configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Konfiguration (*.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="851"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>Die Datei enthält ungültige Werte; es wurde nichts geladen.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="866"/>
        <source>Connect to the device to load %1 as changes.</source>
        <translation>Mit dem Gerät verbinden, um %1 als Änderungen zu laden.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="878"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>%1 geladen: %2 Wert(e) weichen vom Gerät ab.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Configuration (*.cfg)</source>
        <translation>Konfiguration (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="905"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Compare with file</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="923"/>
        <source>Compare with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Parameter</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="930"/>
        <location filename="../app/views/main_window.py" line="934"/>
        <source>(secret)</source>
        <translation>(geheim)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="939"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n Unterschied.</numerusform>
            <numerusform>%n Unterschiede.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="939"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="942"/>
        <source>Load file values as edits</source>
        <translation>Dateiwerte als Änderungen übernehmen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="995"/>
        <source>gwterm %1
Configure smart-metering gateways, and be one.
MIT licence.</source>
        <translation>gwterm %1
Konfiguriert Smart-Metering-Gateways – und ist selbst eins.
MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>MbusTab</name>
    <message>
        <location filename="../app/views/mbus_tab.py" line="58"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>Der Bus: eine serielle Schnittstelle mit M-Bus-Pegelwandler oder tcp://host:port (transparenter M-Bus)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 gemäß Norm; 8N1 für manche optischen Leseköpfe</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Converter echoes</source>
        <translation>Wandler sendet Echo</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="70"/>
        <source>Wake-up preamble</source>
        <translation>Weck-Präambel</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="71"/>
        <source>Scan primary</source>
        <translation>Primäradressen scannen</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="74"/>
        <source>Scan secondary</source>
        <translation>Sekundäradressen scannen</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="77"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Bus:</source>
        <translation>Bus:</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="86"/>
        <source>Baud</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Primary</source>
        <translation>Primäradresse</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Secondary address</source>
        <translation>Sekundäradresse</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Medium</source>
        <translation>Messmedium</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="103"/>
        <source>Version</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="104"/>
        <source>Id</source>
        <translation>Ident-Nr.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="111"/>
        <source>Read selected meter</source>
        <translation>Ausgewählten Zähler auslesen</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Subunit</source>
        <translation>Untereinheit</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Quantity</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="123"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="124"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="131"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="187"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="213"/>
        <source>Probing %1 …</source>
        <translation>Abfrage von %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>%n Zähler gefunden.</numerusform>
            <numerusform>%n Zähler gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="225"/>
        <source>%1 bus transactions.</source>
        <translation>Bustransaktionen: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="247"/>
        <source>Select a meter first.</source>
        <translation>Bitte zuerst einen Zähler auswählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="265"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n Datensatz aus %1 Telegramm(en).</numerusform>
            <numerusform>%n Datensätze aus %1 Telegramm(en).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>Export records</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>CSV (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>NoValueInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="275"/>
        <source>(no parameter)</source>
        <translation>(kein Parameter)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="275"/>
        <source>null-data</source>
        <translation>Nullwert (null-data)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="26"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="30"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>ParamTableModel</name>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter description</source>
        <translation>Parameterbeschreibung</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter value</source>
        <translation>Parameterwert</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="67"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/param_model.py" line="78"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../app/views/fields.py" line="118"/>
        <location filename="../app/views/fields.py" line="146"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="120"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="124"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="125"/>
        <source>Remove this secret from the device</source>
        <translation>Diesen geheimen Wert vom Gerät entfernen</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="140"/>
        <source>will be cleared</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="153"/>
        <source>the communication password cannot be empty</source>
        <translation>das Kommunikationspasswort darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../app/views/dlms_profile.py" line="151"/>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="152"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="153"/>
        <source>Last entries</source>
        <translation>Letzte Einträge</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="154"/>
        <source>Which rows of the buffer to read (selective access)</source>
        <translation>Welche Pufferzeilen gelesen werden (selektiver Zugriff)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="167"/>
        <source>How many of the newest entries to read</source>
        <translation>Wie viele der neuesten Einträge gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="168"/>
        <source>Read buffer</source>
        <translation>Puffer lesen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="171"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="172"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="173"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="196"/>
        <source>The column plotted over the clock column</source>
        <translation>Die über der Uhrzeitspalte dargestellte Spalte</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="199"/>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="217"/>
        <source>Install pyqtgraph to see the plot.</source>
        <translation>pyqtgraph installieren, um das Diagramm zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="238"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="286"/>
        <source>This profile captures no clock</source>
        <translation>Dieses Profil erfasst keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="304"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="197"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="198"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="199"/>
        <source>Series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="200"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="201"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="202"/>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="233"/>
        <source>Read failed</source>
        <translation>Auslesung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>ReadingsTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="278"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="279"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="280"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="281"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="282"/>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="302"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="304"/>
        <source>Read the meter list, the newest values and the events again</source>
        <translation>Zählerliste, neueste Werte und Ereignisse erneut lesen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="306"/>
        <source>Read now</source>
        <translation>Jetzt auslesen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="309"/>
        <source>Read every meter on the list now, outside the readout cycle, and store the readout</source>
        <translation>Alle Zähler der Liste jetzt außerhalb des Auslesezyklus auslesen und die Auslesung speichern</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="312"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="321"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="323"/>
        <source>Export XLSX…</source>
        <translation>XLSX exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="325"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="328"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="330"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="331"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="346"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="347"/>
        <source>Id</source>
        <translation>Ident-Nr.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="348"/>
        <source>Medium</source>
        <translation>Messmedium</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="349"/>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="350"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="351"/>
        <source>Series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="360"/>
        <source>Select one meter, or several (Ctrl, Shift) to overlay them</source>
        <translation>Einen Zähler auswählen oder mehrere (Ctrl, Shift), um sie zu überlagern</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="410"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="411"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="450"/>
        <source>Select meters with readings in the range first</source>
        <translation>Zuerst Zähler mit Messwerten im Zeitraum auswählen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="459"/>
        <source>This device keeps no stored readings.</source>
        <translation>Dieses Gerät speichert keine Messwerte.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="488"/>
        <source>Reading the newest values: meter %1 of %2 …</source>
        <translation>Neueste Werte werden gelesen: Zähler %1 von %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="514"/>
        <source>%n meter(s) with stored readings.</source>
        <translation>
            <numerusform>%n Zähler mit gespeicherten Messwerten.</numerusform>
            <numerusform>%n Zähler mit gespeicherten Messwerten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="518"/>
        <source>Read stored meters</source>
        <translation>Gespeicherte Zähler lesen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="535"/>
        <source>Reading the meters …</source>
        <translation>Zähler werden ausgelesen …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="536"/>
        <source>Read meters now</source>
        <translation>Zähler jetzt auslesen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="541"/>
        <source>Reading the meters takes a while; the gateway stores the readout when done.</source>
        <translation>Das Auslesen der Zähler dauert länger; das Gateway speichert die Auslesung, sobald sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="543"/>
        <source>The gateway has no meters to read (no meter bus or receiver, or an empty list).</source>
        <translation>Das Gateway hat keine Zähler zum Auslesen (kein Zählerbus oder Empfänger, oder die Liste ist leer).</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="545"/>
        <source>Read %1 meter(s) now: %2 new reading(s) stored.</source>
        <translation>%1 Zähler jetzt ausgelesen: %2 neue Messwerte gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="551"/>
        <source>%1 meter(s) could not be read.</source>
        <translation>%1 Zähler konnten nicht ausgelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="583"/>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="584"/>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="585"/>
        <source>during error</source>
        <translation>im Fehlerzustand</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="589"/>
        <source>storage %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="590"/>
        <source>tariff %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="591"/>
        <source>subunit %1</source>
        <translation>Untereinheit %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="619"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="620"/>
        <source>Interface: %1</source>
        <translation>Schnittstelle: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="623"/>
        <source>Manufacturer: %1</source>
        <translation>Hersteller: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="625"/>
        <source>Version: %1</source>
        <translation>Versionsnummer: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="670"/>
        <source>no readings</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="672"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="676"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="678"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="726"/>
        <source>Meter unreadable</source>
        <translation>Zähler nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="727"/>
        <source>Meter readable again</source>
        <translation>Zähler wieder lesbar</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="728"/>
        <source>Decryption failed</source>
        <translation>Entschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="729"/>
        <source>Power lost</source>
        <translation>Stromausfall</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="730"/>
        <source>Power returned</source>
        <translation>Stromwiederkehr</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="731"/>
        <source>Report backlog dropped</source>
        <translation>Berichtsrückstau verworfen</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="746"/>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="817"/>
        <source>Loading %1 (%2 of %3): %4 readings …</source>
        <translation>%1 wird geladen (%2 von %3): %4 Messwerte …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="836"/>
        <source>%n reading(s) loaded.</source>
        <translation>
            <numerusform>%n Messwert geladen.</numerusform>
            <numerusform>%n Messwerte geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="840"/>
        <source>Loading readings …</source>
        <translation>Messwerte werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="841"/>
        <source>Load readings</source>
        <translation>Messwerte laden</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="902"/>
        <source>No readings of the selected meters in this range.</source>
        <translation>Keine Messwerte der ausgewählten Zähler in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="941"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="946"/>
        <source>Nothing to export: select meters with readings in the range first.</source>
        <translation>Nichts zu exportieren: Zuerst Zähler mit Messwerten im Zeitraum auswählen.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Export readings</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <source>CSV (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="962"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel-Datei (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="986"/>
        <source>Nothing to export: plot a series first.</source>
        <translation>Nichts zu exportieren: Zuerst eine Datenreihe darstellen.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="992"/>
        <source>%1: cannot write the image</source>
        <translation>%1: Das Bild kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../app/views/reports_tab.py" line="68"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="70"/>
        <source>Read the readout cycle and every report&apos;s state again</source>
        <translation>Auslesezyklus und den Zustand aller Berichte erneut lesen</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="79"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="80"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="81"/>
        <source>Transport</source>
        <translation>Übertragungsweg</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="82"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="83"/>
        <source>Format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="84"/>
        <source>Cycle</source>
        <translation>Berichtszyklus</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="85"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="86"/>
        <source>Last success</source>
        <translation>Zuletzt erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="87"/>
        <source>Last failure</source>
        <translation>Zuletzt fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="88"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="110"/>
        <location filename="../app/views/reports_tab.py" line="470"/>
        <source>Test send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="112"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="114"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="116"/>
        <source>Revert form</source>
        <translation>Formular zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="127"/>
        <source>Test send uses the form&apos;s values without writing them. Send now delivers what the report has waiting, with the written settings. Apply stages the form&apos;s values: Parameter write (Ctrl+W) sends them.</source>
        <translation>„Testversand“ verwendet die Werte des Formulars, ohne sie zu schreiben. „Jetzt senden“ stellt zu, was für den Bericht wartet, mit den geschriebenen Einstellungen. „Anwenden“ merkt die Werte des Formulars vor: „Parameter schreiben“ (Ctrl+W) überträgt sie.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="182"/>
        <source>This device sends no reports.</source>
        <translation>Dieses Gerät sendet keine Berichte.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="193"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Ihre Rolle (%1) erlaubt dies nicht</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="208"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Zuerst mit einem Gerät verbinden, das Messwerte speichert.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="209"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Auf den laufenden Vorgang warten oder ihn abbrechen.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="211"/>
        <source>Correct the marked fields first.</source>
        <translation>Zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="216"/>
        <source>Send a test report with the form&apos;s values; nothing is written</source>
        <translation>Einen Testbericht mit den Werten des Formulars senden; es wird nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="221"/>
        <source>The report is not enabled on the device.</source>
        <translation>Der Bericht ist auf dem Gerät nicht aktiviert.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="222"/>
        <source>Deliver what this report has waiting, now (with the written settings)</source>
        <translation>Jetzt zustellen, was für diesen Bericht wartet (mit den geschriebenen Einstellungen)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="224"/>
        <source>Deliver what is waiting, now: with the written settings, not the form&apos;s</source>
        <translation>Jetzt zustellen, was wartet: mit den geschriebenen Einstellungen, nicht denen des Formulars</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="226"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="231"/>
        <source>Stage the form&apos;s values; Parameter write (Ctrl+W) writes them</source>
        <translation>Werte des Formulars vormerken; „Parameter schreiben“ (Ctrl+W) schreibt sie</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="290"/>
        <source>Read report status</source>
        <translation>Berichtszustand lesen</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="304"/>
        <source>Readout cycle %1</source>
        <translation>Auslesezyklus %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="307"/>
        <source>last %1 (%n reading(s))</source>
        <translation>
            <numerusform>zuletzt %1 (%n Messwert)</numerusform>
            <numerusform>zuletzt %1 (%n Messwerte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="312"/>
        <source>next %1</source>
        <translation>nächster %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="314"/>
        <source>reading now</source>
        <translation>wird gerade ausgelesen</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="331"/>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="338"/>
        <source>%1 (%2 readouts)</source>
        <translation>%1 (%2 Auslesungen)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="390"/>
        <source>Settings of %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="425"/>
        <source>The device refused the settings; nothing was sent.</source>
        <translation>Das Gerät hat die Einstellungen abgelehnt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="457"/>
        <source>Test report %1 delivered. The server answered:</source>
        <translation>Testbericht %1 zugestellt. Der Server antwortete:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="464"/>
        <source>Test report %1 not delivered:</source>
        <translation>Testbericht %1 nicht zugestellt:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>Sending a test report to %1 …</source>
        <translation>Testbericht wird an %1 gesendet …</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>the stored server</source>
        <translation>den gespeicherten Server</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="495"/>
        <source>The device did not send the report:</source>
        <translation>Das Gerät hat den Bericht nicht gesendet:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="501"/>
        <source>Report %1 delivered; nothing is waiting.</source>
        <translation>Bericht %1 zugestellt; nichts wartet mehr.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="507"/>
        <source>Report %1 is still being delivered (%2 message(s) waiting).</source>
        <translation>Bericht %1 wird noch zugestellt (%2 Nachricht(en) warten).</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="510"/>
        <source>Refresh shows how it ends.</source>
        <translation>„Aktualisieren“ zeigt, wie es ausgeht.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="516"/>
        <source>Report %1 not delivered (%2 message(s) waiting):</source>
        <translation>Bericht %1 nicht zugestellt (%2 Nachricht(en) warten):</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="524"/>
        <source>Send report now</source>
        <translation>Bericht jetzt senden</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="525"/>
        <source>Sending report %1 …</source>
        <translation>Bericht %1 wird gesendet …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="540"/>
        <source>%n value(s) staged.</source>
        <translation>
            <numerusform>%n Wert vorgemerkt.</numerusform>
            <numerusform>%n Werte vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="541"/>
        <source>Use Parameter write (Ctrl+W) to write them to the device.</source>
        <translation>Mit „Parameter schreiben“ (Ctrl+W) werden sie auf das Gerät geschrieben.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="42"/>
        <source>Energy readings (and power: W, kW, MW) are shown and exported in this unit</source>
        <translation>Energiewerte (und Leistung: W, kW, MW) werden in dieser Einheit angezeigt und exportiert</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="47"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="48"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="49"/>
        <source>The separator of every CSV file the application writes or copies</source>
        <translation>Das Trennzeichen jeder CSV-Datei, die die Anwendung schreibt oder kopiert</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="53"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="54"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="68"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Sitzungen standardmäßig verschlüsseln (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="71"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="72"/>
        <source>Energy unit</source>
        <translation>Energieeinheit</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="73"/>
        <source>CSV separator</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="74"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="75"/>
        <source>Answer timeout</source>
        <translation>Antwort-Timeout</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="76"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>SmsConsole</name>
    <message>
        <location filename="../app/views/sms_console.py" line="53"/>
        <source>SMS console</source>
        <translation>SMS-Konsole</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="62"/>
        <location filename="../app/views/sms_console.py" line="154"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="65"/>
        <location filename="../app/views/sms_console.py" line="155"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="67"/>
        <source>Modem</source>
        <translation>Modem-Port</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="86"/>
        <source>Number, e.g. +36201234567</source>
        <translation>Rufnummer, z. B. +36201234567</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="93"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="120"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Port des Modems angeben, z. B. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="123"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="129"/>
        <source>Cannot open the modem: %1</source>
        <translation>Das Modem kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="136"/>
        <source>Open: %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="137"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="236"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="237"/>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="238"/>
        <source>sent, not yet delivered</source>
        <translation>gesendet, noch nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="239"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="240"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="269"/>
        <source>%1 characters, %2 SMS</source>
        <translation>%1 Zeichen, %2 SMS</translation>
    </message>
</context>
<context>
    <name>StoredDataTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="145"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Zuerst mit einem Gerät verbinden, das Messwerte speichert.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="166"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Auf den laufenden Vorgang warten oder ihn abbrechen.</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../app/views/fields.py" line="208"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="209"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="210"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="211"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="212"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="299"/>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
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
        <translation>Oktette als Hex statt als Text bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="238"/>
        <location filename="../app/views/dlms_editor.py" line="239"/>
        <source>A decimal number</source>
        <translation>Eine Dezimalzahl</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="240"/>
        <source>Bits as 0 and 1, first bit left</source>
        <translation>Bits als 0 und 1, erstes Bit links</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="241"/>
        <source>Printable text</source>
        <translation>Druckbarer Text</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as hex, e.g. 0A FF</source>
        <translation>Oktette als Hex, z. B. 0A FF</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as text</source>
        <translation>Oktette als Text</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../app/views/traffic.py" line="92"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="93"/>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="94"/>
        <source>Length</source>
        <translation>Länge</translation>
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
        <translation>gwcp-Rahmen</translation>
    </message>
</context>
<context>
    <name>TrafficMonitor</name>
    <message>
        <location filename="../app/views/traffic.py" line="118"/>
        <source>Traffic monitor</source>
        <translation>Datenverkehrsmonitor</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="132"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="134"/>
        <source>Filter (hex, text or frame name)</source>
        <translation>Filter (Hex, Text oder Rahmenname)</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="136"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="138"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="140"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Save traffic</source>
        <translation>Datenverkehr speichern</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="75"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="84"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="85"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="86"/>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="87"/>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="135"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="136"/>
        <source>Password (8 characters or more):</source>
        <translation>Passwort (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
</context>
<context>
    <name>ValueEditorDialog</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="315"/>
        <source>(no parameter)</source>
        <translation>(kein Parameter)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="317"/>
        <source>date-time (octet-string)</source>
        <translation>Datum/Uhrzeit (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="318"/>
        <source>date-time (tag 25)</source>
        <translation>Datum/Uhrzeit (Typkennung 25)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="319"/>
        <source>octet-string</source>
        <translation>Oktett-String (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="320"/>
        <source>null-data</source>
        <translation>Nullwert (null-data)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="325"/>
        <source>A-XDR (hex)</source>
        <translation>A-XDR (Hex)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="346"/>
        <source>Now: %1 (%2)</source>
        <translation>Aktuell: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="356"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="357"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="65"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>Eine Empfänger-URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) oder eine Datei mit Hex-Telegrammen</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Listen</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="76"/>
        <source>Import keys…</source>
        <translation>Schlüssel importieren…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="80"/>
        <source>Receiver:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Id</source>
        <translation>Ident-Nr.</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Version</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>RSSI (dBm)</source>
        <translation>RSSI (dBm)</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>Telegrams</source>
        <translation>Telegramme</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="95"/>
        <source>Last seen</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="96"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Quantity</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="111"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="112"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>%1 Telegramm(e) von %2 Zähler(n).</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Import wM-Bus keys</source>
        <translation>wM-Bus-Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store master password:</source>
        <translation>Master-Passwort des Schlüsselspeichers:</translation>
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
        <translation>Zugangspunkt-Einstellungen (APN) für die mobile Datenverbindung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>APN name</source>
        <translation>APN-Name</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Name des APN-Servers, vom Mobilfunkbetreiber vorgegeben.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>APN username</source>
        <translation>APN-Benutzername</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Benutzername für den APN, falls der Mobilfunkbetreiber einen verlangt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>APN password</source>
        <translation>APN-Passwort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Passwort für den APN, falls der Mobilfunkbetreiber eines verlangt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>PDP connection delay</source>
        <translation>PDP-Verbindungsverzögerung</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Verzögerung vor dem Aufbau der Datenverbindung (PDP); lässt nach einer fehlerhaften Konfiguration Zeit, das Modem per CSD-Anruf zu erreichen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>TCP-Ports für Zählerauslesung, Modemkonfiguration und Firmware-Download.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Utility communication port (primary)</source>
        <translation>Versorger-Kommunikationsport (primär)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Transparenter (IEC-)Zählerausleseport mit höherer Priorität, auch für Konfiguration und Firmware-Updates nutzbar.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Customer communication port (secondary)</source>
        <translation>Kunden-Kommunikationsport (sekundär)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Port mit niedrigerer Priorität für Zählerkommunikation, Konfiguration und Firmware-Updates; muss sich vom primären Port unterscheiden (0 deaktiviert ihn).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Configuration and firmware download port</source>
        <translation>Port für Konfiguration und Firmware-Download</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>TCP-Port für die Fernparametrierung und den Firmware-Austausch des Modems.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Mobile network</source>
        <translation>Mobilfunknetz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>SIM-PIN, Zugangstechnologie und Auswahl des Mobilfunkbetreibers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>SIM PIN</source>
        <translation>SIM-PIN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>PIN der eingelegten SIM-Karte; leer lassen, wenn die SIM-Karte keine PIN hat.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="234"/>
        <source>Frequency band / access technology</source>
        <translation>Frequenzband / Zugangstechnologie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="235"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Zu verwendende Mobilfunk-Zugangstechnologie, z. B. nur 4G oder LTE mit 2G-Fallback (CSD-Anrufe erfordern eine Technologie, die das 2G-Netz nutzt).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="236"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="237"/>
        <source>4G (LTE) only</source>
        <translation>Nur 4G (LTE)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="238"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE mit 2G-Fallback</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="239"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE mit 3G/2G-Fallback</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>LTE Cat.M1 only</source>
        <translation>Nur LTE Cat.M1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>Nur LTE Cat.NB-IoT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT mit 2G-Fallback</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>2G only</source>
        <translation>Nur 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Operator selection</source>
        <translation>Netzbetreiberauswahl</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Legt fest, ob der Mobilfunkbetreiber automatisch gewählt oder ein bestimmter Betreiber verwendet wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Mobilfunkbetreiber (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Code des fest vorgegebenen Mobilfunkbetreibers (z. B. 21601), verwendet bei manueller Betreiberauswahl.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Einstellungen der transparenten seriellen Zählerschnittstelle und TLS-Optionen des Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Multi utility mode</source>
        <translation>Multi-Utility-Modus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Betriebsart des Zählerports; der Transparentmodus ist die Grundeinstellung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>Transparent mode</source>
        <translation>Transparentmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Meter port baud rate</source>
        <translation>Baudrate Zählerport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Baudrate der seriellen Zählerschnittstelle, von 300 bis 115200 (Standard ist 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>600 baud</source>
        <translation>600 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>1200 baud</source>
        <translation>1200 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>4800 baud</source>
        <translation>4800 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>19200 baud</source>
        <translation>19200 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>38400 baud</source>
        <translation>38400 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>57600 baud</source>
        <translation>57600 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>115200 baud</source>
        <translation>115200 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>Data format for meters</source>
        <translation>Datenformat für Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Serielles Datenformat zum Zähler; Auto (ab Firmware 5.3.4.1) schaltet für IEC-Verkehr auf 7E1 um und verwendet sonst 8N1.</translation>
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
        <translation>Auto (IEC-Erkennung)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>Fixed 8N1 at meter</source>
        <translation>Festes 8N1 am Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Report instance 10: where, how and when the gateway pushes readings and events.</source>
        <oldsource>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</oldsource>
        <translation>Berichtsinstanz 10: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="48"/>
        <source>Report 1</source>
        <translation>Bericht 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="49"/>
        <source>Report instance 1: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 1: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Send this report.</source>
        <translation>Diesen Bericht senden.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>Transport</source>
        <translation>Übertragungsweg</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>How the report travels: HTTP(S) POST, MQTT(S) publish, FTP(S) upload, e-mail, or SFTP upload.</source>
        <translation>Wie der Bericht übertragen wird: HTTP(S)-POST, MQTT(S)-Publish, FTP(S)-Upload, E-Mail oder SFTP-Upload.</translation>
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
        <translation>E-Mail (SMTP)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// for TLS), ftp://host/dir (ftpes:// explicit, ftps:// implicit TLS), smtp://host:587 (smtps:// for TLS), sftp://host/dir. No credentials in the URL.</source>
        <translation>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// für TLS), ftp://host/dir (ftpes:// explizites, ftps:// implizites TLS), smtp://host:587 (smtps:// für TLS), sftp://host/dir. Keine Zugangsdaten in der URL.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Report format: MUC.one JSON or XML, semicolon CSV (CMe3100 style), or gwterm JSON (stable message ids, one MQTT message per meter).</source>
        <translation>Berichtsformat: MUC.one-JSON oder -XML, CSV mit Semikolon (CMe3100-Stil) oder gwterm-JSON (stabile Nachrichten-IDs, eine MQTT-Nachricht pro Zähler).</translation>
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
        <translation>CSV (Semikolon, CMe3100-Stil)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>gwterm JSON</source>
        <translation>gwterm-JSON</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>Report cycle</source>
        <translation>Berichtszyklus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>When the report is sent: @readout (after every readout cycle), a preset (@hourly, @daily, @every 15m) or five-field cron in UTC; ? picks a random value once, | joins schedules. A report waits for the readout that precedes it.</source>
        <translation>Wann der Bericht gesendet wird: @readout (nach jedem Auslesezyklus), eine Vorgabe (@hourly, @daily, @every 15m) oder ein Cron-Ausdruck mit fünf Feldern in UTC; ? wählt einmalig einen Zufallswert, | verbindet Zeitpläne. Ein Bericht wartet auf die ihm vorausgehende Auslesung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>PEM file of the CA that signed the server certificate (empty: the system CAs). For SFTP: a known_hosts file.</source>
        <translation>PEM-Datei der CA, die das Serverzertifikat signiert hat (leer: die System-CAs). Bei SFTP: eine known_hosts-Datei.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>PEM file of the gateway&apos;s client certificate (it may hold the key too); empty for none.</source>
        <translation>PEM-Datei des Client-Zertifikats des Gateways (sie kann auch den Schlüssel enthalten); leer für keines.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>PEM file of the client certificate&apos;s private key when it is not in the certificate file; for SFTP the client key.</source>
        <translation>PEM-Datei des privaten Schlüssels zum Client-Zertifikat, falls er nicht in der Zertifikatsdatei liegt; bei SFTP der Client-Schlüssel.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>Skip certificate checks</source>
        <translation>Zertifikatsprüfung überspringen</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>Accept any server certificate and host name (testing only).</source>
        <translation>Jedes Serverzertifikat und jeden Hostnamen akzeptieren (nur für Tests).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>Login at the server (HTTP basic auth, MQTT, FTP, SMTP, SFTP); empty for none.</source>
        <translation>Anmeldename am Server (HTTP Basic Auth, MQTT, FTP, SMTP, SFTP); leer für keinen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Password at the server; written, never read back.</source>
        <translation>Passwort am Server; wird geschrieben, nie zurückgelesen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>MQTT QoS</source>
        <translation>MQTT QoS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>0 at most once, 1 at least once (the broker acknowledges each message), 2 exactly once.</source>
        <translation>0 höchstens einmal, 1 mindestens einmal (der Broker bestätigt jede Nachricht), 2 genau einmal.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>MQTT retain</source>
        <translation>MQTT-Retain</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>The broker keeps the last message of each topic for new subscribers.</source>
        <translation>Der Broker hält die letzte Nachricht jedes Topics für neue Abonnenten vor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>MQTT client id</source>
        <translation>MQTT-Client-ID</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Client identifier at the broker; empty: gwterm-&lt;gateway serial&gt;-r&lt;instance&gt;.</source>
        <translation>Client-Kennung beim Broker; leer: gwterm-&lt;Gateway-Seriennummer&gt;-r&lt;Instanz&gt;.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>E-mail recipients</source>
        <translation>E-Mail-Empfänger</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Recipient addresses for e-mail reports, separated by commas.</source>
        <translation>Empfängeradressen für E-Mail-Berichte, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Send events</source>
        <translation>Ereignisse senden</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Also send event messages (meter unreadable, decryption failed, power lost and returned) as they happen.</source>
        <translation>Ereignismeldungen (Zähler nicht lesbar, Entschlüsselung fehlgeschlagen, Stromausfall und -wiederkehr) zusätzlich sofort beim Auftreten senden.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Backlog</source>
        <translation>Rückstau</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>Undelivered readout cycles kept for this report; beyond it the oldest are dropped with an event.</source>
        <translation>Für diesen Bericht vorgehaltene, nicht zugestellte Auslesezyklen; darüber hinaus werden die ältesten mit einem Ereignis verworfen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>Report 2</source>
        <translation>Bericht 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>Report instance 2: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 2: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>Report 3</source>
        <translation>Bericht 3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>Report instance 3: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 3: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>Report 4</source>
        <translation>Bericht 4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>Report instance 4: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 4: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Report 5</source>
        <translation>Bericht 5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Report instance 5: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 5: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="101"/>
        <source>Report 6</source>
        <translation>Bericht 6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="102"/>
        <source>Report instance 6: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 6: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="103"/>
        <source>Report 7</source>
        <translation>Bericht 7</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="104"/>
        <source>Report instance 7: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 7: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="105"/>
        <source>Report 8</source>
        <translation>Bericht 8</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="106"/>
        <source>Report instance 8: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 8: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="107"/>
        <source>Report 9</source>
        <translation>Bericht 9</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="108"/>
        <source>Report instance 9: where, how and when the gateway pushes readings and events.</source>
        <translation>Berichtsinstanz 9: wohin, wie und wann das Gateway Messwerte und Ereignisse überträgt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Report 10</source>
        <translation>Bericht 10</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Storage</source>
        <translation>Datenspeicherung</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>How long and how much meter data the gateway keeps.</source>
        <translation>Wie lange und wie viele Zählerdaten das Gateway speichert.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Keep readings for</source>
        <translation>Messwerte aufbewahren für</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Readings older than this are deleted by the daily retention pass.</source>
        <translation>Ältere Messwerte werden beim täglichen Aufräumlauf gelöscht.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Database size limit</source>
        <translation>Größenlimit der Datenbank</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>When readings take more space, the oldest are deleted until they fit.</source>
        <translation>Belegen die Messwerte mehr Platz, werden die ältesten gelöscht, bis sie hineinpassen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>GPRS / APN</source>
        <translation>GPRS / APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Access point of the mobile data connection (GSM/UMTS variants); the SMS command CNF sets the same values.</source>
        <translation>Zugangspunkt der mobilen Datenverbindung (GSM-/UMTS-Varianten); der SMS-Befehl CNF setzt dieselben Werte.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>Access point name given by the mobile operator (SMS parameter APN). The SIM must allow data and have its PIN request disabled.</source>
        <translation>Vom Mobilfunkbetreiber vorgegebener Zugangspunktname (SMS-Parameter APN). Die SIM-Karte muss Daten zulassen, und ihre PIN-Abfrage muss deaktiviert sein.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>User name for the operator&apos;s data connection (SMS parameter DUSR); empty when the operator needs none.</source>
        <translation>Benutzername für die Datenverbindung des Betreibers (SMS-Parameter DUSR); leer, wenn der Betreiber keinen verlangt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>Password for the operator&apos;s data connection (SMS parameter DPWD); empty when the operator needs none.</source>
        <translation>Passwort für die Datenverbindung des Betreibers (SMS-Parameter DPWD); leer, wenn der Betreiber keines verlangt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Outgoing connection</source>
        <translation>Ausgehende Verbindung</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>The server the module calls after switching on and then periodically (Client mode); a failed call is retried every 5 minutes.</source>
        <translation>Der Server, den das Modul nach dem Einschalten und danach periodisch anruft (Client-Modus); ein fehlgeschlagener Anruf wird alle 5 Minuten wiederholt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Server IP address</source>
        <translation>Server-IP-Adresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Numeric IP address of the data concentrator the module calls (SMS parameter IP; domain names are not allowed).</source>
        <translation>Numerische IP-Adresse des Datenkonzentrators, den das Modul anruft (SMS-Parameter IP; Domainnamen sind nicht erlaubt).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Server TCP port</source>
        <translation>Server-TCP-Port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>TCP port of the data concentrator for outgoing calls (SMS parameter PORT).</source>
        <translation>TCP-Port des Datenkonzentrators für ausgehende Anrufe (SMS-Parameter PORT).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Call interval</source>
        <translation>Anrufintervall</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Hours between outgoing calls to the server (SMS parameter RINT), 1 to 24; 0 disables periodic calls.</source>
        <translation>Stunden zwischen ausgehenden Anrufen beim Server (SMS-Parameter RINT), 1 bis 24; 0 deaktiviert periodische Anrufe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>DLMS server</source>
        <translation>DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>How the module accepts incoming DLMS/COSEM connections (when no outgoing call is in progress).</source>
        <translation>Wie das Modul eingehende DLMS/COSEM-Verbindungen annimmt (wenn kein ausgehender Anruf läuft).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>DLMS TCP port</source>
        <translation>DLMS-TCP-Port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Local TCP port for incoming DLMS sessions (standard 4059). A wrong port makes the module unreachable over TCP until it is corrected by SMS or RS-485.</source>
        <translation>Lokaler TCP-Port für eingehende DLMS-Sitzungen (Standard 4059). Ein falscher Port macht das Modul über TCP unerreichbar, bis er per SMS oder RS-485 korrigiert wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Seconds without data after which the module ends a DLMS session (the manual&apos;s 5 minutes); 0 never ends it.</source>
        <translation>Sekunden ohne Daten, nach denen das Modul eine DLMS-Sitzung beendet (laut Handbuch 5 Minuten); 0 beendet sie nie.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Access to the module. Change the factory password without delay after installation.</source>
        <translation>Zugang zum Modul. Das Werkspasswort nach der Installation unverzüglich ändern.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>DLMS / SMS password</source>
        <translation>DLMS-/SMS-Passwort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>The LOW-authentication secret of the meter reader client (0x20), also the PWD of SMS commands. Factory default HELLO. Printable characters without spaces, so that it fits an SMS command.</source>
        <translation>Das Geheimnis für die LOW-Authentifizierung des Clients „Meter Reader“ (0x20), zugleich das PWD der SMS-Befehle. Werkseinstellung HELLO. Druckbare Zeichen ohne Leerzeichen, damit es in einen SMS-Befehl passt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>IPv4 (Ethernet)</source>
        <translation>IPv4 (Ethernet-Variante)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Addressing of the Ethernet variant; the GSM/UMTS variants get their address from the network.</source>
        <translation>Adressierung der Ethernet-Variante; die GSM-/UMTS-Varianten erhalten ihre Adresse vom Netz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Use DHCP</source>
        <translation>DHCP verwenden</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Take address, mask, gateway and DNS servers from a DHCP server; the fields below are then ignored.</source>
        <translation>Adresse, Maske, Gateway und DNS-Server von einem DHCP-Server beziehen; die Felder darunter werden dann ignoriert.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Fixed IPv4 address of the module (without DHCP).</source>
        <translation>Feste IPv4-Adresse des Moduls (ohne DHCP).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Subnet mask</source>
        <translation>Subnetzmaske</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>Subnet mask for the fixed address, e.g. 255.255.255.0.</source>
        <translation>Subnetzmaske für die feste Adresse, z. B. 255.255.255.0.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>Default gateway</source>
        <translation>Standard-Gateway</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>Router for addresses outside the subnet.</source>
        <translation>Router für Adressen außerhalb des Subnetzes.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Primary DNS server</source>
        <translation>Primärer DNS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Name server used by the module.</source>
        <translation>Vom Modul verwendeter Nameserver.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Secondary DNS server</source>
        <translation>Sekundärer DNS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>Name server used when the primary one does not answer.</source>
        <translation>Nameserver, der verwendet wird, wenn der primäre nicht antwortet.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>RS-485 (HDLC)</source>
        <translation>RS-485 (HDLC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>The RS-485 bus that shares one data connection among up to 31 more meters; DLMS runs over HDLC there.</source>
        <translation>Der RS-485-Bus, über den sich bis zu 31 weitere Zähler eine Datenverbindung teilen; DLMS läuft dort über HDLC.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>Bus speed</source>
        <translation>Busgeschwindigkeit</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Baud rate of the RS-485 bus; the longer the bus (up to 1200 m), the lower the speed it allows.</source>
        <translation>Baudrate des RS-485-Busses; je länger der Bus (bis 1200 m), desto niedriger die zulässige Geschwindigkeit.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>HDLC inactivity timeout</source>
        <translation>HDLC-Inaktivitäts-Timeout</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>Seconds without frames after which the module drops an HDLC link on the bus; 0 never drops it.</source>
        <translation>Sekunden ohne Rahmen, nach denen das Modul eine HDLC-Verbindung auf dem Bus abbaut; 0 baut sie nie ab.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Output relays</source>
        <translation>Ausgangsrelais</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>The two relay outputs (250 V AC / 30 V DC, 3 A, NO contacts); they open when the meter loses power.</source>
        <translation>Die beiden Relaisausgänge (250 V AC / 30 V DC, 3 A, Schließerkontakte); sie öffnen, wenn der Zähler die Versorgung verliert.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Relay 1 control</source>
        <translation>Steuerung Relais 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Switch relay 1 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Relais 1 nach dem Kalender (Skripttabelle der Ausgangssignale) oder nur per Fernbefehl vom Server schalten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>By the calendar</source>
        <translation>Nach Kalender</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>By remote command</source>
        <translation>Per Fernbefehl</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Relay 2 control</source>
        <translation>Steuerung Relais 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Switch relay 2 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Relais 2 nach dem Kalender (Skripttabelle der Ausgangssignale) oder nur per Fernbefehl vom Server schalten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
        <source>Tariffs and profiles</source>
        <translation>Tarife und Profile</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="177"/>
        <source>Tariff rates the module switches by its activity calendar, and the load profile capture periods.</source>
        <translation>Tarife, die das Modul nach seinem Aktivitätskalender umschaltet, und die Erfassungsperioden der Lastgänge.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>Number of tariff rates</source>
        <translation>Anzahl der Tarife</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>How many of the six tariff rates the calendar uses.</source>
        <translation>Wie viele der sechs Tarife der Kalender verwendet.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Default rate</source>
        <translation>Standardtarif</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>The rate that counts when the calendar names none (e.g. before a calendar is loaded).</source>
        <translation>Der Tarif, der gilt, wenn der Kalender keinen vorgibt (z. B. bevor ein Kalender geladen ist).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>Profile 1 capture period</source>
        <translation>Erfassungsperiode Profil 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Seconds between two captures of periodic readout profile 1 (1.0.99.1.0.255).</source>
        <translation>Sekunden zwischen zwei Erfassungen des periodischen Ausleseprofils 1 (1.0.99.1.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>Profile 2 capture period</source>
        <translation>Erfassungsperiode Profil 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Seconds between two captures of periodic readout profile 2 (1.0.99.2.0.255).</source>
        <translation>Sekunden zwischen zwei Erfassungen des periodischen Ausleseprofils 2 (1.0.99.2.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Breaker and power limit</source>
        <translation>Trennschalter und Leistungsgrenze</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>The meter&apos;s breaker disconnects the supply when the power limit is exceeded; reconnection is remote or by the button, as the control mode says.</source>
        <translation>Der Trennschalter des Zählers trennt die Versorgung, wenn die Leistungsgrenze überschritten wird; die Wiederzuschaltung erfolgt ferngesteuert oder per Taste, je nach Steuermodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Breaker control mode</source>
        <translation>Steuermodus des Trennschalters</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Which ways disconnect and reconnect the supply (DLMS disconnect control modes 0-6). In the modes that go through &apos;ready for reconnection&apos; the DISCONN LED flashes until the button is pressed.</source>
        <translation>Auf welchen Wegen die Versorgung getrennt und wieder zugeschaltet wird (DLMS-Disconnect-Control-Modi 0-6). In den Modi, die über „bereit zur Wiederzuschaltung“ laufen, blinkt die LED DISCONN, bis die Taste gedrückt wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>0: never disconnects</source>
        <translation>0: trennt nie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>1: remote/button/limiter disconnect; remote reconnect needs the button</source>
        <translation>1: Trennung ferngesteuert/Taste/Begrenzer; Fernzuschaltung erfordert die Taste</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>2: remote/button/limiter disconnect; remote reconnect is direct</source>
        <translation>2: Trennung ferngesteuert/Taste/Begrenzer; Fernzuschaltung erfolgt direkt</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>3: remote/limiter disconnect only; remote reconnect needs the button</source>
        <translation>3: Trennung nur ferngesteuert/Begrenzer; Fernzuschaltung erfordert die Taste</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>4: remote/limiter disconnect only; remote reconnect is direct</source>
        <translation>4: Trennung nur ferngesteuert/Begrenzer; Fernzuschaltung erfolgt direkt</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>5: as 1, and the limiter reconnects by itself</source>
        <translation>5: wie 1, und der Begrenzer schaltet selbst wieder zu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>6: as 3, and the limiter reconnects by itself</source>
        <translation>6: wie 3, und der Begrenzer schaltet selbst wieder zu</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>Power limit (immediate)</source>
        <translation>Leistungsgrenze (sofort)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Power above which the breaker disconnects at once; 0 switches this limit off.</source>
        <translation>Leistung, oberhalb derer der Trennschalter sofort trennt; 0 schaltet diese Grenze ab.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>Power limit (with delay)</source>
        <translation>Leistungsgrenze (verzögert)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Power above which the breaker disconnects when it is exceeded for longer than the delay below; 0 switches this limit off.</source>
        <translation>Leistung, oberhalb derer der Trennschalter trennt, wenn sie länger als die unten angegebene Verzögerung überschritten wird; 0 schaltet diese Grenze ab.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>Power limit delay</source>
        <translation>Verzögerung der Leistungsgrenze</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>How long the delayed power limit must be exceeded before the breaker disconnects.</source>
        <translation>Wie lange die verzögerte Leistungsgrenze überschritten sein muss, bevor der Trennschalter trennt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Meters whose telegrams the module keeps (868 MHz); the collected telegrams are read by DLMS selective access.</source>
        <translation>Zähler, deren Telegramme das Modul speichert (868 MHz); die gesammelten Telegramme werden per selektivem DLMS-Zugriff gelesen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Up to 64 meters; telegrams from other meters are ignored, and telegrams arriving before a meter&apos;s minimum interval has passed are not stored.</source>
        <translation>Bis zu 64 Zähler; Telegramme anderer Zähler werden ignoriert, und Telegramme, die vor Ablauf des Mindestintervalls eines Zählers eintreffen, werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>Client mode</source>
        <translation>Client-Modus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>Forward the received readings for processing outside the module (one MeterCom collecting for the concentrator).</source>
        <translation>Empfangene Messwerte zur Verarbeitung außerhalb des Moduls weiterleiten (ein MeterCom sammelt für den Konzentrator).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Identification the utility gives the module.</source>
        <translation>Kennzeichnung, die der Versorger dem Modul gibt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>Registration number</source>
        <translation>Registriernummer</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>The utility&apos;s registration number of the module (the serial number itself is read-only, see device information).</source>
        <translation>Registriernummer des Moduls beim Versorger (die Seriennummer selbst ist schreibgeschützt, siehe Geräteinformationen).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>Firmware</source>
        <translation>Firmware-Update</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>Firmware upgrade by download: the module fetches the file itself over its data connection.</source>
        <translation>Firmware-Update per Download: Das Modul holt die Datei selbst über seine Datenverbindung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Firmware URL</source>
        <translation>Firmware-URL</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Writing an address here makes the module download the firmware file from an HTTP/1.1 server (older HTTP versions are not supported) and restart; check the firmware version in the device information afterwards.</source>
        <translation>Wird hier eine Adresse geschrieben, lädt das Modul die Firmware-Datei von einem HTTP/1.1-Server herunter (ältere HTTP-Versionen werden nicht unterstützt) und startet neu; danach die Firmware-Version in den Geräteinformationen prüfen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Forces 8N1 on the meter port whatever data format is chosen, except Auto (which uses 8N1 for all but IEC traffic anyway).</source>
        <translation>Erzwingt 8N1 am Zählerport unabhängig vom gewählten Datenformat, außer bei Auto (das ohnehin für alles außer IEC-Verkehr 8N1 verwendet).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Transparent mode TLS enable</source>
        <translation>TLS für Transparentmodus aktivieren</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Aktiviert den TLS-Schutz des transparenten Zählerkommunikationskanals.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Transparent mode certificate bank</source>
        <translation>Zertifikatsbank Transparentmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Wählt die Zertifikatsbank für die TLS-Verbindung im Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Transparent CA certificate bank</source>
        <translation>CA-Zertifikatsbank Transparentmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Wählt die CA-Zertifikatsbank für die TLS-Verbindung im Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Transparent mode certificate verification</source>
        <translation>Zertifikatsprüfung Transparentmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Aktiviert die Prüfung des Gegenstellenzertifikats bei der TLS-Verbindung im Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>RS485 meter interface</source>
        <translation>RS485-Zählerschnittstelle</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>RS485-Verdrahtungsart und Verhalten der DCD-Leitung am Zählerport.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>RS485 mode</source>
        <translation>RS485-Modus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>RS485-Verdrahtung des Zählerports; für Ausführungen nur mit RS232-Kabel wird „Deaktivieren“ empfohlen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>2-wire (half duplex)</source>
        <translation>2-Draht (Halbduplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>4-wire (full duplex)</source>
        <translation>4-Draht (Vollduplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Datenrichtungs-Steuersignal, das dem Zähler am RS232-Port bereitgestellt wird (z. B. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Fix 0</source>
        <translation>Fest 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>Fix 1</source>
        <translation>Fest 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Inverted</source>
        <translation>Invertiert</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Watchdog</source>
        <translation>Verbindungsüberwachung</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Periodischer Ping und automatische Neuverbindung mit dem Mobilfunknetz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Ping IP address</source>
        <translation>Ping-IP-Adresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>IP-Adresse, die regelmäßig angepingt wird, um die Datenverbindung aufrechtzuerhalten (0.0.0.0 deaktiviert den Ping).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Number of ping retries</source>
        <translation>Anzahl Ping-Wiederholungen</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Anzahl unbeantworteter Pings, nach der die Datenverbindung neu aufgebaut wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Ping wait time (for reply)</source>
        <translation>Ping-Wartezeit (auf Antwort)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Wartezeit auf eine Ping-Antwort.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Wait time (for next ping)</source>
        <translation>Wartezeit (bis zum nächsten Ping)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Wartezeit vor dem Senden des nächsten Pings.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>GPRS connection closed and restored after</source>
        <translation>GPRS-Verbindung schließen und neu aufbauen nach</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Zeit, nach der eine abgebrochene oder nicht reagierende Datenverbindung geschlossen und neu aufgebaut wird; nie unter die Empfehlung Ihres Netzbetreibers einstellen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Standard Meter Interface</source>
        <translation>Standard-Zählerschnittstelle</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Function assigned to each status LED.</source>
        <translation>Funktion der einzelnen Status-LEDs.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>LED1 function</source>
        <translation>Funktion LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>Von LED1 angezeigter Status (blau, Mitte).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>GSM / GPRS status</source>
        <translation>GSM-/GPRS-Status</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>SIM status</source>
        <translation>SIM-Status</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>E-meter status</source>
        <translation>Stromzählerstatus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>Firmware status</source>
        <translation>Firmware-Status</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Network status and access technology</source>
        <translation>Netzstatus und Zugangstechnologie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Meter status with IEC polling</source>
        <translation>Zählerstatus mit IEC-Abfrage</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>AMM (IEC) client state</source>
        <translation>Status des AMM-(IEC-)Clients</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>LED2 function</source>
        <translation>Funktion LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>Von LED2 angezeigter Status (rot, unten).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>LED3 function</source>
        <translation>Funktion LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>Von LED3 angezeigter Status (grün, oben).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="319"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>LastGasp-SMS-Benachrichtigung bei Stromausfall.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="320"/>
        <source>LastGasp SMS</source>
        <translation>LastGasp-SMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="321"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Sendet die SMS POWER LOST und POWER RETURN bei Ausfall und Wiederkehr der Versorgungsspannung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="322"/>
        <source>LastGasp phone number</source>
        <translation>LastGasp-Rufnummer</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="323"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Rufnummer, an die die LastGasp-SMS gesendet werden.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="324"/>
        <source>Device Manager</source>
        <translation>Device-Manager-Verbindung</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="325"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>TLS-Einstellungen der Verbindung zum Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="326"/>
        <source>Device Manager TLS enable</source>
        <translation>TLS für Device Manager aktivieren</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="327"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Aktiviert TLS auf der Verbindung zum Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="328"/>
        <source>Device Manager certificate bank</source>
        <translation>Zertifikatsbank Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="329"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Wählt die Zertifikatsbank für die TLS-Verbindung zum Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="330"/>
        <source>Device Manager CA certificate bank</source>
        <translation>CA-Zertifikatsbank Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="331"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Wählt die CA-Zertifikatsbank für die TLS-Verbindung zum Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="332"/>
        <source>Device Manager certificate verification</source>
        <translation>Zertifikatsprüfung Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="333"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Aktiviert die Prüfung des Serverzertifikats des Device Managers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="334"/>
        <source>Communication password and CSD/SMS configuration password.</source>
        <translation>Kommunikationspasswort und Konfigurationspasswort für CSD/SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="46"/>
        <source>Communication password</source>
        <translation>Kommunikationspasswort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="6"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="7"/>
        <source>Name and readout cycle of the gateway.</source>
        <translation>Name und Auslesezyklus des Gateways.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="8"/>
        <source>Gateway name</source>
        <translation>Gateway-Name</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="9"/>
        <source>A name shown in discovery, reports and the tool.</source>
        <translation>Name, der bei der Geräteerkennung, in Berichten und im Programm angezeigt wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="10"/>
        <source>Readout cycle</source>
        <translation>Auslesezyklus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="11"/>
        <source>When meters are read: five-field cron, or a preset such as @every 10s, @hourly, @daily.</source>
        <translation>Wann die Zähler ausgelesen werden: Cron-Ausdruck mit fünf Feldern oder eine Vorgabe wie @every 10s, @hourly, @daily.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="13"/>
        <source>The wired M-Bus meters read by this gateway.</source>
        <translation>Die von diesem Gateway ausgelesenen drahtgebundenen M-Bus-Zähler.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="15"/>
        <source>Speed of the wired M-Bus.</source>
        <translation>Geschwindigkeit des drahtgebundenen M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="20"/>
        <source>Wired meters to read on each readout cycle, by primary or secondary address.</source>
        <translation>Drahtgebundene Zähler, die in jedem Auslesezyklus gelesen werden, nach Primär- oder Sekundäradresse.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="22"/>
        <source>Primary or secondary address</source>
        <translation>Primär- oder Sekundäradresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="25"/>
        <source>Wireless M-Bus</source>
        <translation>Funk-M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="26"/>
        <source>The wireless receiver and the wireless meters kept by this gateway.</source>
        <translation>Der Funkempfänger und die von diesem Gateway geführten Funkzähler.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="27"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="28"/>
        <source>Where telegrams come from: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, or empty for none.</source>
        <translation>Herkunft der Telegramme: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex oder leer für keinen Empfänger.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="29"/>
        <source>Link mode</source>
        <translation>Übertragungsmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="30"/>
        <source>The receiver&apos;s wireless M-Bus mode.</source>
        <translation>Funk-M-Bus-Modus des Empfängers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="31"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="32"/>
        <source>C1 (frame A)</source>
        <translation>C1 (Rahmen A)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="33"/>
        <source>C1 (frame B)</source>
        <translation>C1 (Rahmen B)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="34"/>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="35"/>
        <source>Listen mode</source>
        <translation>Mithörmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="36"/>
        <source>Also show meters that are not on the list (their values are not kept).</source>
        <translation>Auch Zähler anzeigen, die nicht in der Liste stehen (ihre Werte werden nicht gespeichert).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="37"/>
        <source>Wireless meters</source>
        <translation>Funkzähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="38"/>
        <source>Meters whose telegrams are decrypted and kept; the keys come from the gateway&apos;s key store.</source>
        <translation>Zähler, deren Telegramme entschlüsselt und gespeichert werden; die Schlüssel stammen aus dem Schlüsselspeicher des Gateways.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="39"/>
        <source>Meter id</source>
        <translation>Zähler-ID</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="41"/>
        <source>Minimum interval</source>
        <translation>Mindestintervall</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="42"/>
        <source>Meter keys</source>
        <translation>Zählerschlüssel</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="43"/>
        <source>AES-128 keys of the wireless meters as id=key pairs separated by semicolons; written, never read back.</source>
        <translation>AES-128-Schlüssel der Funkzähler als Paare ID=Schlüssel, durch Semikolons getrennt; werden geschrieben, nie zurückgelesen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="45"/>
        <source>Access to the gateway.</source>
        <translation>Zugang zum Gateway.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="47"/>
        <source>Password for the configuration protocol (gwcp); never read back.</source>
        <translation>Passwort für das Konfigurationsprotokoll (gwcp); wird nie zurückgelesen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="335"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Passwort, das neuere Firmware für die Konfiguration des Modems verlangt (Standardwert beim Hersteller erfragen).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="336"/>
        <source>CSD password</source>
        <translation>CSD-Passwort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="337"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Passwort zum Schutz des CSD-Zugangs und der SMS-Befehle (pw=); leer bedeutet kein Passwort.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="338"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Transparenter (IEC-)Zählerausleseport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="339"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>TCP-Port für die transparente Kommunikation mit dem Stromzähler.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="340"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>TCP-Port, über den WM-E Term das Modem fernkonfiguriert und dessen Firmware austauscht.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="341"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Zu verwendende Mobilfunk-Zugangstechnologie, z. B. nur 4G oder LTE mit 2G-Fallback.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="342"/>
        <source>3G only</source>
        <translation>Nur 3G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="343"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Einstellungen der transparenten seriellen RS232-Zählerschnittstelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="344"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Betriebsart des Zählerports; Standard ist der Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="345"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Baudrate der seriellen Zählerschnittstelle (Standard 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="346"/>
        <source>Serial data format towards the meter.</source>
        <translation>Serielles Datenformat zum Zähler.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="347"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Festes Datenformat 8N1 am Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="348"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Funktion der sechs Status-LEDs.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="349"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>Von LED1 angezeigter Status (ganz links).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="350"/>
        <source>E-meter communication</source>
        <translation>Stromzählerkommunikation</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="351"/>
        <source>M-Bus status</source>
        <translation>M-Bus-Status</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="352"/>
        <source>Status shown by LED2.</source>
        <translation>Von LED2 angezeigter Status.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="353"/>
        <source>Status shown by LED3.</source>
        <translation>Von LED3 angezeigter Status.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="354"/>
        <source>LED4 function</source>
        <translation>Funktion LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="355"/>
        <source>Status shown by LED4.</source>
        <translation>Von LED4 angezeigter Status.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="356"/>
        <source>LED5 function</source>
        <translation>Funktion LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="357"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>Von LED5 angezeigter Status (standardmäßig nicht verwendet).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="358"/>
        <source>LED6 function</source>
        <translation>Funktion LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="359"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>Von LED6 angezeigter Status (ganz rechts).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="360"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Sendet bei Stromausfall eine SMS-Benachrichtigung; laut Handbuch in Firmware 2.68 noch nicht implementiert.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="361"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Rufnummer, an die die LastGasp-SMS-Benachrichtigung gesendet wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="362"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="363"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Einstellungen für DLMS-Server, Zählerclient und Push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="364"/>
        <source>Start DLMS session during boot</source>
        <translation>DLMS-Sitzung beim Hochfahren starten</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="365"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Startet beim Hochfahren des Modems eine DLMS-Sitzung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="366"/>
        <source>DLMS AMM IP address</source>
        <translation>DLMS-AMM-IP-Adresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="367"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>IP-Adresse des DLMS-AMM-Hosts (0.0.0.0, falls nicht verwendet).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="368"/>
        <source>DLMS server port</source>
        <translation>DLMS-Server-Port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="369"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>TCP-Port des DLMS-Servers (0, falls nicht verwendet).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="370"/>
        <source>Max. time without DLMS communication</source>
        <translation>Max. Zeit ohne DLMS-Kommunikation</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="371"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Maximal zulässige Zeit ohne DLMS-Kommunikation, bevor die Sitzung geschlossen wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="372"/>
        <source>DLMS password</source>
        <translation>DLMS-Passwort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="373"/>
        <source>General DLMS password of the modem.</source>
        <translation>Allgemeines DLMS-Passwort des Modems.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="374"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Zulässige DLMS/COSEM-Authentifizierungsverfahren</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="375"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Kommagetrennte Liste der IDs der akzeptierten DLMS/COSEM-Authentifizierungsmechanismen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="376"/>
        <source>Disconnect relay control</source>
        <translation>Steuerung des Trennrelais</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="377"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Steuermodus des Trennrelais.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="378"/>
        <source>Billing register visibility</source>
        <translation>Sichtbarkeit der Abrechnungsregister</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="379"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Legt fest, ob die Register 1-0:1.8.0*255 und 1-0:2.8.0*255 in den täglichen und monatlichen (0-0:98.1.0*255) Abrechnungsprofilen sichtbar sind.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="380"/>
        <source>Registers are not visible</source>
        <translation>Register nicht sichtbar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="381"/>
        <source>Registers are visible</source>
        <translation>Register sichtbar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="382"/>
        <source>DLMS server logical address</source>
        <translation>Logische Adresse DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="383"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Logische Adresse des DLMS-Servers im Modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="384"/>
        <source>DLMS server physical address</source>
        <translation>Physikalische Adresse DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="385"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Physikalische Adresse des DLMS-Servers im Modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="386"/>
        <source>DLMS server client address</source>
        <translation>Client-Adresse DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="387"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Vom DLMS-Server des Modems akzeptierte Client-Adresse.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="388"/>
        <source>DLMS server authentication</source>
        <translation>Authentifizierung DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="389"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Authentifizierungsmodus des DLMS-Servers im Modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="390"/>
        <source>NONE</source>
        <translation>KEINE</translation>
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
        <translation>Passwort DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="397"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Authentifizierungspasswort des DLMS-Servers im Modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="398"/>
        <source>DLMS client logical address</source>
        <translation>Logische Adresse DLMS-Client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="399"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Logische Adresse des Stromzählers, der vom DLMS-Client des Modems abgefragt wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="400"/>
        <source>DLMS client physical address</source>
        <translation>Physikalische Adresse DLMS-Client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="401"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Physikalische Adresse des Stromzählers, der vom DLMS-Client des Modems abgefragt wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="402"/>
        <source>DLMS client address</source>
        <translation>DLMS-Client-Adresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="403"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Client-Adresse, die das Modem beim Auslesen des Stromzählers verwendet.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="404"/>
        <source>DLMS client authentication</source>
        <translation>Authentifizierung DLMS-Client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="405"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Authentifizierungsmodus beim Auslesen des Stromzählers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="406"/>
        <source>DLMS client password</source>
        <translation>Passwort DLMS-Client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="407"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Passwort zum Auslesen des Stromzählers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="408"/>
        <source>Object list</source>
        <translation>Objektliste</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="409"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Abgefragte Zählerobjekte als OBIS:Attribut, durch Kommas getrennt; bei leerer Liste werden 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 und 1.1.97.97.3.255:2 abgefragt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="410"/>
        <source>Meter poll interval</source>
        <translation>Abfrageintervall Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="411"/>
        <source>How often the DLMS client reads the object list&apos;s objects from the meter; a changed value is pushed (0 switches polling off).</source>
        <translation>Wie oft der DLMS-Client die Objekte der Objektliste vom Zähler liest; ein geänderter Wert wird per Push gesendet (0 schaltet die Abfrage ab).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="412"/>
        <source>DLMS push logical address</source>
        <translation>Logische Adresse DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="413"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Logische Adresse in DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="414"/>
        <source>DLMS push physical address</source>
        <translation>Physikalische Adresse DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="415"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Physikalische Adresse in DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="416"/>
        <source>DLMS push client address</source>
        <translation>Client-Adresse DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="417"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Client-Adresse in DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="418"/>
        <source>DLMS push authentication</source>
        <translation>Authentifizierung DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="419"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Authentifizierungsmodus für DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="420"/>
        <source>DLMS push password</source>
        <translation>Passwort DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="421"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Passwort für DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="422"/>
        <source>Push base logical name</source>
        <translation>Logischer Basisname Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="423"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Logischer Basisname (OBIS-Kennzahl) des Push-Objekts.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="424"/>
        <source>DLMS push IP address</source>
        <translation>IP-Adresse DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="425"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>IPv4-Zieladresse der DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="426"/>
        <source>DLMS push port</source>
        <translation>Port DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="427"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>TCP-Zielport der DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="428"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Einstellungen für die Auslesung drahtgebundener M-Bus-Zähler und Zählertabelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="429"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Maximale Anzahl M-Bus-Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="430"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Maximale Anzahl der vom Modem verwalteten M-Bus-Zähler.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="431"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Dauer des Installationsmodus (drahtgebundener M-Bus)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="432"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Dauer des Installationsmodus für den drahtgebundenen M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="433"/>
        <source>Readout time</source>
        <translation>Auslesezyklus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="434"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Zyklus der M-Bus-Zählerauslesung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="435"/>
        <source>Upload time</source>
        <translation>Upload-Zyklus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="436"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Zyklus für das Hochladen der M-Bus-Daten (Monatsobjekte werden zusätzlich behandelt).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="437"/>
        <source>File encryption type</source>
        <translation>Dateiverschlüsselungstyp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="438"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Verschlüsselungstyp (Dateiname) der M-Bus-Datendatei.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="439"/>
        <source>Number of monthly objects</source>
        <translation>Anzahl Monatsobjekte</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="440"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Anzahl der gespeicherten monatlichen M-Bus-Objekte.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Inactivity timeout</source>
        <translation>Inaktivitäts-Timeout</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="441"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Zeit ohne M-Bus-Zählerdaten, nach der der Zähler als inaktiv gilt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>M-Bus-Baudrate</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="442"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Übertragungsgeschwindigkeit der M-Bus-Leitung (standardmäßig 2400, höhere Geschwindigkeiten möglich).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="443"/>
        <source>Activate address</source>
        <translation>Aktivierungsadresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="444"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>Adressähnliche ID, die den M-Bus-Kanal für eine optische HHU-Verbindung öffnet.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="445"/>
        <source>HHU inactivity timeout</source>
        <translation>HHU-Inaktivitäts-Timeout</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="446"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>Die HHU-M-Bus-Verbindung wird nach dieser Inaktivitätszeit geschlossen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>M-Bus-Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="447"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Angeschlossene M-Bus-Zähler, identifiziert über Primär- oder Sekundäradresse, mit dem auszulesenden Feld und dessen DLMS-Zuordnung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="448"/>
        <source>Medium</source>
        <translation>Messmedium</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="449"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="450"/>
        <source>Warm water</source>
        <translation>Warmwasser</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="451"/>
        <source>Hot water</source>
        <translation>Heißwasser</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="452"/>
        <source>Cold water</source>
        <translation>Kaltwasser</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="453"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="454"/>
        <source>Cooling</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="455"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="456"/>
        <source>Electricity</source>
        <translation>Elektrizität</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="457"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="458"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="459"/>
        <source>Scale unit</source>
        <translation>Skalierungseinheit</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>OBIS-Register</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="460"/>
        <source>Read interval</source>
        <translation>Leseintervall</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="461"/>
        <source>Load profile object</source>
        <translation>Lastgangobjekt</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="462"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>M-Bus-Adresse (primär oder sekundär)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="463"/>
        <source>Required field number(s)</source>
        <translation>Benötigte Feldnummer(n)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="464"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Zählername</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="465"/>
        <source>Secondary transparent</source>
        <translation>Sekundärer Transparentkanal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="466"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Sekundärer Transparentport für die DLMS-Auslesung der M-Bus-Messwerte.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="467"/>
        <source>Secondary transparent port</source>
        <translation>Sekundärer Transparentport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="468"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>TCP-Port für die DLMS-Auslesung der zuletzt gelesenen M-Bus-Zählerdaten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="469"/>
        <source>Secondary transparent baud rate</source>
        <translation>Baudrate sekundärer Transparentkanal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="470"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Baudrate des sekundären Transparentkanals.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="471"/>
        <source>Secondary transparent data format</source>
        <translation>Datenformat sekundärer Transparentkanal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="472"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Serielles Datenformat des sekundären Transparentkanals.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="473"/>
        <source>Start transmission (TX) delay</source>
        <translation>Sendeverzögerung (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="474"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Verzögerung vor dem Start einer Übertragung auf dem sekundären Transparentkanal.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="475"/>
        <source>Communication password of the modem.</source>
        <translation>Kommunikationspasswort des Modems.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="476"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Passwort, das das Konfigurationsprogramm für die Kommunikation mit dem Modem verwendet.</translation>
    </message>
</context>
</TS>
