<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="79"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="80"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Gespeicherte Verbindungsprofile; neuen Namen eingeben, um ein neues Profil zu speichern</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="83"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="84"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Diese Einstellungen unter dem Profilnamen speichern (niemals das Passwort)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="97"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Seriell (RS-232 / USB)</translation>
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
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="117"/>
        <source>communication password</source>
        <translation>Kommunikationspasswort</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="120"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="130"/>
        <source>Remember in the key store</source>
        <translation>Im Schlüsselspeicher merken</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="132"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Wird verschlüsselt mit dem Master-Passwort des Schlüsselspeichers abgelegt, niemals in den normalen Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="134"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Sitzung verschlüsseln (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="135"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="137"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="146"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="149"/>
        <source>Log off</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="177"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
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
        <translation>Baudrate</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="189"/>
        <source>Data format</source>
        <translation>Datenformat</translation>
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
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <location filename="../app/views/connection_panel.py" line="220"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="215"/>
        <location filename="../app/views/connection_panel.py" line="221"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="216"/>
        <source>Do not verify the server (insecure)</source>
        <translation>Server nicht überprüfen (unsicher)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="294"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="295"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="85"/>
        <source>%1 cancelled.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="112"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>Das Gerät hat die Werte abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="144"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="156"/>
        <source>Log off</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="169"/>
        <source>Parameters read.</source>
        <translation>Parameter gelesen.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="171"/>
        <source>Parameter read</source>
        <translation>Parameter lesen</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="180"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Nichts zu schreiben: Es wurde kein Wert geändert.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="195"/>
        <source>Verify failed for: %1</source>
        <translation>Überprüfung fehlgeschlagen für: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="197"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n Wert geschrieben und überprüft.</numerusform>
            <numerusform>%n Werte geschrieben und überprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="200"/>
        <source>Parameter write</source>
        <translation>Parameter schreiben</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Device information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="220"/>
        <source>The device restarted and answers again.</source>
        <translation>Das Gerät wurde neu gestartet und antwortet wieder.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="222"/>
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
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="30"/>
        <source>Edit values: %1</source>
        <translation>Werte bearbeiten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="94"/>
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
        <location filename="../app/views/fields.py" line="344"/>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>at most %1 hex digits</source>
        <translation>höchstens %1 Hex-Ziffern</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="34"/>
        <source>Firmware</source>
        <translation>Firmware-Update</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="42"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>For models</source>
        <translation>Für Modelle</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>Version</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Replaces from version</source>
        <translation>Ersetzt ab Version</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Device runs</source>
        <translation>Aktuell auf dem Gerät</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Activation state</source>
        <translation>Aktivierungsstatus</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="58"/>
        <source>Choose image…</source>
        <translation>Image auswählen…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="60"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Choose firmware image</source>
        <translation>Firmware-Image auswählen</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Image-Dateien (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="99"/>
        <source>Not a usable image: %1</source>
        <translation>Kein verwendbares Image: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="116"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Bereit: Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="134"/>
        <source>last update undone: %1</source>
        <translation>letztes Update rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="150"/>
        <source>Transferring</source>
        <translation>Übertragung läuft</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Checking and installing</source>
        <translation>Prüfung und Installation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Activating</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Neustart, warte auf Bestätigung</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="168"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 von %2 Bytes, %3 B/s, noch %4 s</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="179"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Von %1 auf %2 aktualisiert, bestätigt.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="186"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Abgebrochen. Erneut aktualisieren, um die Übertragung an der Abbruchstelle fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Fehlgeschlagen: %1. Zum Fortsetzen erneut aktualisieren.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="140"/>
        <source>Open sheet…</source>
        <translation>Tabelle öffnen…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="144"/>
        <source>password for all (else the key store)</source>
        <translation>Passwort für alle Geräte (sonst aus dem Schlüsselspeicher)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="145"/>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="150"/>
        <source>Concurrency: </source>
        <translation>Parallelität: </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="151"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="153"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="155"/>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="157"/>
        <source>Rollback…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Firmware rollout…</source>
        <translation>Firmware verteilen…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="161"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Alle Geräte der Tabelle in Wellen von 5 %, 25 %, 100 % aktualisieren; Abbruch bei mehr als 2 % Fehlschlägen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <source>Open fleet sheet</source>
        <translation>Flottentabelle öffnen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="220"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1: %2 Gerät(e) bereit, %3 Zeile(n) ungültig.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="237"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>kein Passwort für %1: oben eingeben oder im Schlüsselspeicher ablegen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="254"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Abgebrochen: Bereits beschriebene Geräte behalten ihre neuen Werte; die übrigen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="280"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plan: %1 Gerät(e) mit Änderungen, %2 nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="308"/>
        <source>Apply finished: %1.</source>
        <translation>Anwenden abgeschlossen: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Rollback from results</source>
        <translation>Aus Ergebnisdatei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Firmware image to roll out</source>
        <translation>Zu verteilendes Firmware-Image</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Image-Dateien (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="401"/>
        <source>Rollout: %1.</source>
        <translation>Verteilung: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="403"/>
        <source>Rollout stopped: %1</source>
        <translation>Verteilung gestoppt: %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="414"/>
        <source>Changes for row %1</source>
        <translation>Änderungen für Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Parameter</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Sheet</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="219"/>
        <source>Import keys from %1</source>
        <translation>Schlüssel aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="228"/>
        <source>Import good rows</source>
        <translation>Gültige Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="244"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="256"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>%1 gültige Zeile(n) werden importiert; %2 Zeile(n) sind fehlerhaft und werden nicht importiert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="94"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — Gateway-Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="104"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="105"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="109"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Wireless</source>
        <translation>Funk</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="156"/>
        <source>Parameter read</source>
        <translation>Parameter lesen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="159"/>
        <source>Parameter write</source>
        <translation>Parameter schreiben</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="162"/>
        <source>Device information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="165"/>
        <source>Open configuration…</source>
        <translation>Konfiguration öffnen…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="171"/>
        <source>Save configuration…</source>
        <translation>Konfiguration speichern…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="177"/>
        <source>Compare with file…</source>
        <translation>Mit Datei vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="180"/>
        <source>Traffic monitor</source>
        <translation>Datenverkehrsmonitor</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="184"/>
        <source>Firmware…</source>
        <translation>Firmware-Update…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="187"/>
        <location filename="../app/views/main_window.py" line="642"/>
        <source>Restart device</source>
        <translation>Gerät neu starten</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="190"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="192"/>
        <source>Change communication password…</source>
        <translation>Kommunikationspasswort ändern…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="193"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="194"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>About gwterm</source>
        <translation>Über gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="195"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>&amp;Admin</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="218"/>
        <source>&amp;Operation</source>
        <translation>&amp;Betrieb</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="224"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="226"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="242"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="258"/>
        <source>Edit values</source>
        <translation>Werte bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="263"/>
        <source>Search all parameters</source>
        <translation>Alle Parameter durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Parameter group:</source>
        <translation>Parametergruppe:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="275"/>
        <source>Revert group</source>
        <translation>Gruppe zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="278"/>
        <source>Revert all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Reveal edited secrets</source>
        <translation>Geänderte geheime Werte anzeigen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="311"/>
        <location filename="../app/views/main_window.py" line="686"/>
        <source>Read device log</source>
        <translation>Geräteprotokoll lesen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="323"/>
        <location filename="../app/views/main_window.py" line="412"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="422"/>
        <source>%1 · serial %2</source>
        <translation>%1 · Seriennr. %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="435"/>
        <source>Edited groups: %1</source>
        <translation>Geänderte Gruppen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="438"/>
        <source>Edited groups: none</source>
        <translation>Geänderte Gruppen: keine</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="462"/>
        <location filename="../app/views/main_window.py" line="675"/>
        <location filename="../app/views/main_window.py" line="718"/>
        <source>Connect to a device first</source>
        <translation>Zuerst mit einem Gerät verbinden</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="463"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Auf den laufenden Vorgang warten oder ihn abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="489"/>
        <source>Nothing changed: edit values first</source>
        <translation>Nichts geändert: zuerst Werte bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="491"/>
        <source>Nothing is running</source>
        <translation>Es läuft kein Vorgang</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="582"/>
        <source>The password was not stored: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="644"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>Gerät jetzt neu starten? Die Verbindung wird unterbrochen und wiederhergestellt, sobald das Gerät wieder antwortet.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="654"/>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Change communication password</source>
        <translation>Kommunikationspasswort ändern</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Repeat it:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="666"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Die Passwörter stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="669"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>Das neue Passwort ist vorgemerkt: Mit „Parameter schreiben“ wird es übertragen.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <source>Open configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Konfiguration (*.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="726"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>Die Datei enthält ungültige Werte; es wurde nichts geladen.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="742"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>%1 geladen: %2 Wert(e) weichen vom Gerät ab.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Configuration (*.cfg)</source>
        <translation>Konfiguration (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="769"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Compare with file</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="787"/>
        <source>Compare with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Parameter</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="794"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <source>(secret)</source>
        <translation>(geheim)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="803"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n Unterschied.</numerusform>
            <numerusform>%n Unterschiede.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="806"/>
        <source>Load file values as edits</source>
        <translation>Dateiwerte als Änderungen übernehmen</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="844"/>
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
        <location filename="../app/views/mbus_tab.py" line="56"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>Der Bus: eine serielle Schnittstelle mit M-Bus-Pegelwandler oder tcp://host:port (transparenter M-Bus)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="66"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 gemäß Norm; 8N1 für manche optischen Leseköpfe</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="67"/>
        <source>Converter echoes</source>
        <translation>Wandler sendet Echo</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>Wake-up preamble</source>
        <translation>Weck-Präambel</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Scan primary</source>
        <translation>Primäradressen scannen</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="72"/>
        <source>Scan secondary</source>
        <translation>Sekundäradressen scannen</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="75"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="82"/>
        <source>Bus:</source>
        <translation>Bus:</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Baud</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="97"/>
        <source>Primary</source>
        <translation>Primäradresse</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="98"/>
        <source>Secondary address</source>
        <translation>Sekundäradresse</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Medium</source>
        <translation>Messmedium</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Version</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Id</source>
        <translation>Ident-Nr.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="109"/>
        <source>Read selected meter</source>
        <translation>Ausgewählten Zähler auslesen</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="116"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="117"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Subunit</source>
        <translation>Untereinheit</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Quantity</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="127"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="183"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="211"/>
        <source>Probing %1 …</source>
        <translation>Abfrage von %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="221"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>%n Zähler gefunden.</numerusform>
            <numerusform>%n Zähler gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%1 bus transactions.</source>
        <translation>Bustransaktionen: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="245"/>
        <source>Select a meter first.</source>
        <translation>Bitte zuerst einen Zähler auswählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="266"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n Datensatz aus %1 Telegramm(en).</numerusform>
            <numerusform>%n Datensätze aus %1 Telegramm(en).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>Export records</source>
        <translation>Datensätze exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>CSV (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="24"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="28"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="41"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Sitzungen standardmäßig verschlüsseln (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="44"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="45"/>
        <source>Answer timeout</source>
        <translation>Antwort-Timeout</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
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
        <location filename="../app/views/fields.py" line="297"/>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
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
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="63"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>Eine Empfänger-URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) oder eine Datei mit Hex-Telegrammen</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="70"/>
        <source>Listen</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Import keys…</source>
        <translation>Schlüssel importieren…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="78"/>
        <source>Receiver:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="87"/>
        <source>Id</source>
        <translation>Ident-Nr.</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="88"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Version</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Telegrams</source>
        <translation>Telegramme</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>Last seen</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="105"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="106"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Quantity</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>%1 Telegramm(e) von %2 Zähler(n).</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Import wM-Bus keys</source>
        <translation>wM-Bus-Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store master password:</source>
        <translation>Master-Passwort des Schlüsselspeichers:</translation>
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
        <translation>Zugangspunkt-Einstellungen (APN) für die mobile Datenverbindung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>APN name</source>
        <translation>APN-Name</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Name des APN-Servers, vom Mobilfunkbetreiber vorgegeben.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>APN username</source>
        <translation>APN-Benutzername</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Benutzername für den APN, falls der Mobilfunkbetreiber einen verlangt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="54"/>
        <source>APN password</source>
        <translation>APN-Passwort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="55"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Passwort für den APN, falls der Mobilfunkbetreiber eines verlangt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="56"/>
        <source>PDP connection delay</source>
        <translation>PDP-Verbindungsverzögerung</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="57"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Verzögerung vor dem Aufbau der Datenverbindung (PDP); lässt nach einer fehlerhaften Konfiguration Zeit, das Modem per CSD-Anruf zu erreichen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>TCP-Ports für Zählerauslesung, Modemkonfiguration und Firmware-Download.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>Utility communication port (primary)</source>
        <translation>Versorger-Kommunikationsport (primär)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Transparenter (IEC-)Zählerausleseport mit höherer Priorität, auch für Konfiguration und Firmware-Updates nutzbar.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Customer communication port (secondary)</source>
        <translation>Kunden-Kommunikationsport (sekundär)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="63"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Port mit niedrigerer Priorität für Zählerkommunikation, Konfiguration und Firmware-Updates; muss sich vom primären Port unterscheiden (0 deaktiviert ihn).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="64"/>
        <source>Configuration and firmware download port</source>
        <translation>Port für Konfiguration und Firmware-Download</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="65"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>TCP-Port für die Fernparametrierung und den Firmware-Austausch des Modems.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>Mobile network</source>
        <translation>Mobilfunknetz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>SIM-PIN, Zugangstechnologie und Auswahl des Mobilfunkbetreibers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>SIM PIN</source>
        <translation>SIM-PIN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>PIN der eingelegten SIM-Karte; leer lassen, wenn die SIM-Karte keine PIN hat.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>Frequency band / access technology</source>
        <translation>Frequenzband / Zugangstechnologie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Zu verwendende Mobilfunk-Zugangstechnologie, z. B. nur 4G oder LTE mit 2G-Fallback (CSD-Anrufe erfordern eine Technologie, die das 2G-Netz nutzt).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>4G (LTE) only</source>
        <translation>Nur 4G (LTE)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE mit 2G-Fallback</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE mit 3G/2G-Fallback</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>LTE Cat.M1 only</source>
        <translation>Nur LTE Cat.M1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>Nur LTE Cat.NB-IoT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT mit 2G-Fallback</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>2G only</source>
        <translation>Nur 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Operator selection</source>
        <translation>Netzbetreiberauswahl</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Legt fest, ob der Mobilfunkbetreiber automatisch gewählt oder ein bestimmter Betreiber verwendet wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Mobilfunkbetreiber (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Code des fest vorgegebenen Mobilfunkbetreibers (z. B. 21601), verwendet bei manueller Betreiberauswahl.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Einstellungen der transparenten seriellen Zählerschnittstelle und TLS-Optionen des Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>Multi utility mode</source>
        <translation>Multi-Utility-Modus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Betriebsart des Zählerports; der Transparentmodus ist die Grundeinstellung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Transparent mode</source>
        <translation>Transparentmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Meter port baud rate</source>
        <translation>Baudrate Zählerport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Baudrate der seriellen Zählerschnittstelle, von 300 bis 115200 (Standard ist 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>600 baud</source>
        <translation>600 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>1200 baud</source>
        <translation>1200 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>4800 baud</source>
        <translation>4800 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>19200 baud</source>
        <translation>19200 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>38400 baud</source>
        <translation>38400 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>57600 baud</source>
        <translation>57600 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>115200 baud</source>
        <translation>115200 Baud</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Data format for meters</source>
        <translation>Datenformat für Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Serielles Datenformat zum Zähler; Auto (ab Firmware 5.3.4.1) schaltet für IEC-Verkehr auf 7E1 um und verwendet sonst 8N1.</translation>
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
        <translation>Auto (IEC-Erkennung)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Fixed 8N1 at meter</source>
        <translation>Festes 8N1 am Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</source>
        <translation>Erzwingt das feste Datenformat 8N1 am Zählerport (Kontrollkästchen in den Zählereinstellungen).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Transparent mode TLS enable</source>
        <translation>TLS für Transparentmodus aktivieren</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Aktiviert den TLS-Schutz des transparenten Zählerkommunikationskanals.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Transparent mode certificate bank</source>
        <translation>Zertifikatsbank Transparentmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Wählt die Zertifikatsbank für die TLS-Verbindung im Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Transparent CA certificate bank</source>
        <translation>CA-Zertifikatsbank Transparentmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Wählt die CA-Zertifikatsbank für die TLS-Verbindung im Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>Transparent mode certificate verification</source>
        <translation>Zertifikatsprüfung Transparentmodus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Aktiviert die Prüfung des Gegenstellenzertifikats bei der TLS-Verbindung im Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>RS485 meter interface</source>
        <translation>RS485-Zählerschnittstelle</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>RS485-Verdrahtungsart und Verhalten der DCD-Leitung am Zählerport.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>RS485 mode</source>
        <translation>RS485-Modus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>RS485-Verdrahtung des Zählerports; für Ausführungen nur mit RS232-Kabel wird „Deaktivieren“ empfohlen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>2-wire (half duplex)</source>
        <translation>2-Draht (Halbduplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>4-wire (full duplex)</source>
        <translation>4-Draht (Vollduplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Datenrichtungs-Steuersignal, das dem Zähler am RS232-Port bereitgestellt wird (z. B. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Fix 0</source>
        <translation>Fest 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Fix 1</source>
        <translation>Fest 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Inverted</source>
        <translation>Invertiert</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Watchdog</source>
        <translation>Verbindungsüberwachung</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Periodischer Ping und automatische Neuverbindung mit dem Mobilfunknetz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>Ping IP address</source>
        <translation>Ping-IP-Adresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>IP-Adresse, die regelmäßig angepingt wird, um die Datenverbindung aufrechtzuerhalten (0.0.0.0 deaktiviert den Ping).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Number of ping retries</source>
        <translation>Anzahl Ping-Wiederholungen</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Anzahl unbeantworteter Pings, nach der die Datenverbindung neu aufgebaut wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Ping wait time (for reply)</source>
        <translation>Ping-Wartezeit (auf Antwort)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Wartezeit auf eine Ping-Antwort.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>Wait time (for next ping)</source>
        <translation>Wartezeit (bis zum nächsten Ping)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Wartezeit vor dem Senden des nächsten Pings.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>GPRS connection closed and restored after</source>
        <translation>GPRS-Verbindung schließen und neu aufbauen nach</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Zeit, nach der eine abgebrochene oder nicht reagierende Datenverbindung geschlossen und neu aufgebaut wird; nie unter die Empfehlung Ihres Netzbetreibers einstellen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Standard Meter Interface</source>
        <translation>Standard-Zählerschnittstelle</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Function assigned to each status LED.</source>
        <translation>Funktion der einzelnen Status-LEDs.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>LED1 function</source>
        <translation>Funktion LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>Von LED1 angezeigter Status (blau, Mitte).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>GSM / GPRS status</source>
        <translation>GSM-/GPRS-Status</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>SIM status</source>
        <translation>SIM-Status</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>E-meter status</source>
        <translation>Stromzählerstatus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Firmware status</source>
        <translation>Firmware-Status</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Network status and access technology</source>
        <translation>Netzstatus und Zugangstechnologie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Meter status with IEC polling</source>
        <translation>Zählerstatus mit IEC-Abfrage</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>AMM (IEC) client state</source>
        <translation>Status des AMM-(IEC-)Clients</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>LED2 function</source>
        <translation>Funktion LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>Von LED2 angezeigter Status (rot, unten).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>LED3 function</source>
        <translation>Funktion LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>Von LED3 angezeigter Status (grün, oben).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>LastGasp-SMS-Benachrichtigung bei Stromausfall.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>LastGasp SMS</source>
        <translation>LastGasp-SMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Sendet die SMS POWER LOST und POWER RETURN bei Ausfall und Wiederkehr der Versorgungsspannung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>LastGasp phone number</source>
        <translation>LastGasp-Rufnummer</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Rufnummer, an die die LastGasp-SMS gesendet werden.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>Device Manager</source>
        <translation>Device-Manager-Verbindung</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>TLS-Einstellungen der Verbindung zum Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Device Manager TLS enable</source>
        <translation>TLS für Device Manager aktivieren</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Aktiviert TLS auf der Verbindung zum Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Device Manager certificate bank</source>
        <translation>Zertifikatsbank Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Wählt die Zertifikatsbank für die TLS-Verbindung zum Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>Device Manager CA certificate bank</source>
        <translation>CA-Zertifikatsbank Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Wählt die CA-Zertifikatsbank für die TLS-Verbindung zum Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Device Manager certificate verification</source>
        <translation>Zertifikatsprüfung Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Aktiviert die Prüfung des Serverzertifikats des Device Managers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
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
        <location filename="profile_strings.py" line="177"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Passwort, das neuere Firmware für die Konfiguration des Modems verlangt (Standardwert beim Hersteller erfragen).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>CSD password</source>
        <translation>CSD-Passwort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Passwort zum Schutz des CSD-Zugangs und der SMS-Befehle (pw=); leer bedeutet kein Passwort.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Transparenter (IEC-)Zählerausleseport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>TCP-Port für die transparente Kommunikation mit dem Stromzähler.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>TCP-Port, über den WM-E Term das Modem fernkonfiguriert und dessen Firmware austauscht.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Zu verwendende Mobilfunk-Zugangstechnologie, z. B. nur 4G oder LTE mit 2G-Fallback.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>3G only</source>
        <translation>Nur 3G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Einstellungen der transparenten seriellen RS232-Zählerschnittstelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Betriebsart des Zählerports; Standard ist der Transparentmodus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Baudrate der seriellen Zählerschnittstelle (Standard 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Serial data format towards the meter.</source>
        <translation>Serielles Datenformat zum Zähler.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Festes Datenformat 8N1 am Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>Forces the fixed 8N1 data format on the meter port (enabled by default).</source>
        <translation>Erzwingt das feste Datenformat 8N1 am Zählerport (standardmäßig aktiviert).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Funktion der sechs Status-LEDs.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>Von LED1 angezeigter Status (ganz links).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>E-meter communication</source>
        <translation>Stromzählerkommunikation</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>M-Bus status</source>
        <translation>M-Bus-Status</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>Status shown by LED2.</source>
        <translation>Von LED2 angezeigter Status.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>Status shown by LED3.</source>
        <translation>Von LED3 angezeigter Status.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>LED4 function</source>
        <translation>Funktion LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Status shown by LED4.</source>
        <translation>Von LED4 angezeigter Status.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>LED5 function</source>
        <translation>Funktion LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>Von LED5 angezeigter Status (standardmäßig nicht verwendet).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>LED6 function</source>
        <translation>Funktion LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>Von LED6 angezeigter Status (ganz rechts).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Sendet bei Stromausfall eine SMS-Benachrichtigung; laut Handbuch in Firmware 2.68 noch nicht implementiert.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Rufnummer, an die die LastGasp-SMS-Benachrichtigung gesendet wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Einstellungen für DLMS-Server, Zählerclient und Push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Start DLMS session during boot</source>
        <translation>DLMS-Sitzung beim Hochfahren starten</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Startet beim Hochfahren des Modems eine DLMS-Sitzung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>DLMS AMM IP address</source>
        <translation>DLMS-AMM-IP-Adresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>IP-Adresse des DLMS-AMM-Hosts (0.0.0.0, falls nicht verwendet).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>DLMS server port</source>
        <translation>DLMS-Server-Port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>TCP-Port des DLMS-Servers (0, falls nicht verwendet).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Max. time without DLMS communication</source>
        <translation>Max. Zeit ohne DLMS-Kommunikation</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Maximal zulässige Zeit ohne DLMS-Kommunikation, bevor die Sitzung geschlossen wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="215"/>
        <source>DLMS password</source>
        <translation>DLMS-Passwort</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="216"/>
        <source>General DLMS password of the modem.</source>
        <translation>Allgemeines DLMS-Passwort des Modems.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Zulässige DLMS/COSEM-Authentifizierungsverfahren</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Kommagetrennte Liste der IDs der akzeptierten DLMS/COSEM-Authentifizierungsmechanismen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Disconnect relay control</source>
        <translation>Steuerung des Trennrelais</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Steuermodus des Trennrelais.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Billing register visibility</source>
        <translation>Sichtbarkeit der Abrechnungsregister</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Legt fest, ob die Register 1-0:1.8.0*255 und 1-0:2.8.0*255 in den täglichen und monatlichen (0-0:98.1.0*255) Abrechnungsprofilen sichtbar sind.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>Registers are not visible</source>
        <translation>Register nicht sichtbar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Registers are visible</source>
        <translation>Register sichtbar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>DLMS server logical address</source>
        <translation>Logische Adresse DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Logische Adresse des DLMS-Servers im Modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>DLMS server physical address</source>
        <translation>Physikalische Adresse DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Physikalische Adresse des DLMS-Servers im Modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>DLMS server client address</source>
        <translation>Client-Adresse DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Vom DLMS-Server des Modems akzeptierte Client-Adresse.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>DLMS server authentication</source>
        <translation>Authentifizierung DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Authentifizierungsmodus des DLMS-Servers im Modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>NONE</source>
        <translation>KEINE</translation>
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
        <translation>Passwort DLMS-Server</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Authentifizierungspasswort des DLMS-Servers im Modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>DLMS client logical address</source>
        <translation>Logische Adresse DLMS-Client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Logische Adresse des Stromzählers, der vom DLMS-Client des Modems abgefragt wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>DLMS client physical address</source>
        <translation>Physikalische Adresse DLMS-Client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Physikalische Adresse des Stromzählers, der vom DLMS-Client des Modems abgefragt wird.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>DLMS client address</source>
        <translation>DLMS-Client-Adresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Client-Adresse, die das Modem beim Auslesen des Stromzählers verwendet.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>DLMS client authentication</source>
        <translation>Authentifizierung DLMS-Client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Authentifizierungsmodus beim Auslesen des Stromzählers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>DLMS client password</source>
        <translation>Passwort DLMS-Client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Passwort zum Auslesen des Stromzählers.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Object list</source>
        <translation>Objektliste</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Abgefragte Zählerobjekte als OBIS:Attribut, durch Kommas getrennt; bei leerer Liste werden 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 und 1.1.97.97.3.255:2 abgefragt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>DLMS push logical address</source>
        <translation>Logische Adresse DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Logische Adresse in DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>DLMS push physical address</source>
        <translation>Physikalische Adresse DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Physikalische Adresse in DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>DLMS push client address</source>
        <translation>Client-Adresse DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Client-Adresse in DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="259"/>
        <source>DLMS push authentication</source>
        <translation>Authentifizierung DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="260"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Authentifizierungsmodus für DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="261"/>
        <source>DLMS push password</source>
        <translation>Passwort DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="262"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Passwort für DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="263"/>
        <source>Push base logical name</source>
        <translation>Logischer Basisname Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="264"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Logischer Basisname (OBIS-Kennzahl) des Push-Objekts.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="265"/>
        <source>DLMS push IP address</source>
        <translation>IP-Adresse DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="266"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>IPv4-Zieladresse der DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>DLMS push port</source>
        <translation>Port DLMS-Push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>TCP-Zielport der DLMS-Push-Nachrichten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Einstellungen für die Auslesung drahtgebundener M-Bus-Zähler und Zählertabelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Maximale Anzahl M-Bus-Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Maximale Anzahl der vom Modem verwalteten M-Bus-Zähler.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Dauer des Installationsmodus (drahtgebundener M-Bus)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Dauer des Installationsmodus für den drahtgebundenen M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Readout time</source>
        <translation>Auslesezyklus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Zyklus der M-Bus-Zählerauslesung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Upload time</source>
        <translation>Upload-Zyklus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Zyklus für das Hochladen der M-Bus-Daten (Monatsobjekte werden zusätzlich behandelt).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>File encryption type</source>
        <translation>Dateiverschlüsselungstyp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Verschlüsselungstyp (Dateiname) der M-Bus-Datendatei.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>Number of monthly objects</source>
        <translation>Anzahl Monatsobjekte</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Anzahl der gespeicherten monatlichen M-Bus-Objekte.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>Inactivity timeout</source>
        <translation>Inaktivitäts-Timeout</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Zeit ohne M-Bus-Zählerdaten, nach der der Zähler als inaktiv gilt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>M-Bus-Baudrate</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Übertragungsgeschwindigkeit der M-Bus-Leitung (standardmäßig 2400, höhere Geschwindigkeiten möglich).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Activate address</source>
        <translation>Aktivierungsadresse</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>Adressähnliche ID, die den M-Bus-Kanal für eine optische HHU-Verbindung öffnet.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>HHU inactivity timeout</source>
        <translation>HHU-Inaktivitäts-Timeout</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>Die HHU-M-Bus-Verbindung wird nach dieser Inaktivitätszeit geschlossen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>M-Bus-Zähler</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Angeschlossene M-Bus-Zähler, identifiziert über Primär- oder Sekundäradresse, mit dem auszulesenden Feld und dessen DLMS-Zuordnung.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Medium</source>
        <translation>Messmedium</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Warm water</source>
        <translation>Warmwasser</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>Hot water</source>
        <translation>Heißwasser</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Cold water</source>
        <translation>Kaltwasser</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Cooling</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Electricity</source>
        <translation>Elektrizität</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Scale unit</source>
        <translation>Skalierungseinheit</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>OBIS-Register</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Read interval</source>
        <translation>Leseintervall</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Load profile object</source>
        <translation>Lastgangobjekt</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>M-Bus-Adresse (primär oder sekundär)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Required field number(s)</source>
        <translation>Benötigte Feldnummer(n)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Zählername</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>Secondary transparent</source>
        <translation>Sekundärer Transparentkanal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Sekundärer Transparentport für die DLMS-Auslesung der M-Bus-Messwerte.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>Secondary transparent port</source>
        <translation>Sekundärer Transparentport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>TCP-Port für die DLMS-Auslesung der zuletzt gelesenen M-Bus-Zählerdaten.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Secondary transparent baud rate</source>
        <translation>Baudrate sekundärer Transparentkanal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Baudrate des sekundären Transparentkanals.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>Secondary transparent data format</source>
        <translation>Datenformat sekundärer Transparentkanal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Serielles Datenformat des sekundären Transparentkanals.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Start transmission (TX) delay</source>
        <translation>Sendeverzögerung (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Verzögerung vor dem Start einer Übertragung auf dem sekundären Transparentkanal.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Communication password of the modem.</source>
        <translation>Kommunikationspasswort des Modems.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Passwort, das das Konfigurationsprogramm für die Kommunikation mit dem Modem verwendet.</translation>
    </message>
</context>
</TS>
