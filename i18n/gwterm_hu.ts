<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Engedélyezve</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="79"/>
        <source>Profile name</source>
        <translation>Profilnév</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="80"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Mentett kapcsolatprofilok; új profil mentéséhez írjon be egy új nevet</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="83"/>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="84"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>A beállítások mentése a profilnév alatt (a jelszó soha nem kerül mentésre)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="97"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Soros (RS-232 / USB)</translation>
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
        <translation>Kapcsolat típusa</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="117"/>
        <source>communication password</source>
        <translation>kommunikációs jelszó</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="120"/>
        <source>Show</source>
        <translation>Megjelenítés</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="130"/>
        <source>Remember in the key store</source>
        <translation>Megjegyzés a kulcstárban</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="132"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Titkosítva, a kulcstár mesterjelszavával védve tárolódik, soha nem a normál beállítások között</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="134"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Munkamenet titkosítása (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="135"/>
        <source>Communication</source>
        <translation>Kommunikáció</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="137"/>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="146"/>
        <source>Connect</source>
        <translation>Csatlakozás</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="149"/>
        <source>Log off</source>
        <translation>Kijelentkezés</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="177"/>
        <source>Refresh</source>
        <translation>Frissítés</translation>
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
        <translation>Átviteli sebesség</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="189"/>
        <source>Data format</source>
        <translation>Adatformátum</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="202"/>
        <location filename="../app/views/connection_panel.py" line="217"/>
        <source>Host</source>
        <translation>Gazdagép</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="213"/>
        <location filename="../app/views/connection_panel.py" line="219"/>
        <source>CA certificate</source>
        <translation>CA-tanúsítvány</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <location filename="../app/views/connection_panel.py" line="220"/>
        <source>Client certificate</source>
        <translation>Ügyféltanúsítvány</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="215"/>
        <location filename="../app/views/connection_panel.py" line="221"/>
        <source>Client key</source>
        <translation>Ügyfélkulcs</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="216"/>
        <source>Do not verify the server (insecure)</source>
        <translation>Ne ellenőrizze a szervert (nem biztonságos)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <source>Not connected</source>
        <translation>Nincs kapcsolat</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Connecting…</source>
        <translation>Csatlakozás…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="294"/>
        <source>Connected</source>
        <translation>Csatlakozva</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="295"/>
        <source>Connection failed</source>
        <translation>A csatlakozás sikertelen</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="85"/>
        <source>%1 cancelled.</source>
        <translation>%1: a művelet megszakítva.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="112"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>Az eszköz elutasította az értékeket; semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="144"/>
        <source>Connect</source>
        <translation>Csatlakozás</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="156"/>
        <source>Log off</source>
        <translation>Kijelentkezés</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="169"/>
        <source>Parameters read.</source>
        <translation>A paraméterek kiolvasva.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="171"/>
        <source>Parameter read</source>
        <translation>Paraméterek olvasása</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="180"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Nincs mit kiírni: egyetlen érték sem változott.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="195"/>
        <source>Verify failed for: %1</source>
        <translation>Az ellenőrzés sikertelen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="197"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n érték kiírva és ellenőrizve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="200"/>
        <source>Parameter write</source>
        <translation>Paraméterek írása</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Device information</source>
        <translation>Eszközinformációk</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="220"/>
        <source>The device restarted and answers again.</source>
        <translation>Az eszköz újraindult, és ismét válaszol.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="222"/>
        <source>Restart</source>
        <translation>Újraindítás</translation>
    </message>
</context>
<context>
    <name>DeviceInfoDialog</name>
    <message>
        <location filename="../app/views/device_info.py" line="63"/>
        <source>Device information</source>
        <translation>Eszközinformációk</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="79"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="80"/>
        <source>Device</source>
        <translation>Eszköz</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="81"/>
        <source>Serial number</source>
        <translation>Gyári szám</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="82"/>
        <source>Firmware version</source>
        <translation>Firmware-verzió</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="83"/>
        <source>Hardware ID</source>
        <translation>Hardverazonosító</translation>
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
        <translation>Szolgáltató</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="87"/>
        <source>Access technology</source>
        <translation>Hozzáférési technológia</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="88"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="89"/>
        <source>IP address</source>
        <translation>IP-cím</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="90"/>
        <source>Host name</source>
        <translation>Gazdagépnév</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="101"/>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="103"/>
        <source>Copy all</source>
        <translation>Az összes másolása</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="105"/>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>poor</source>
        <translation>gyenge</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>fair</source>
        <translation>közepes</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>good</source>
        <translation>jó</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>excellent</source>
        <translation>kiváló</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="130"/>
        <source>RSSI: %1 dBm (%2)</source>
        <translation>RSSI: %1 dBm (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="134"/>
        <source>RSSI: not available</source>
        <translation>RSSI: nem érhető el</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="135"/>
        <source>Access technology: %1</source>
        <translation>Hozzáférési technológia: %1</translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="30"/>
        <source>Edit values: %1</source>
        <translation>Értékek szerkesztése: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="94"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n mező ellenőrzést igényel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/views/fields.py" line="344"/>
        <source>IPv4 or IPv6 address</source>
        <translation>IPv4- vagy IPv6-cím</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>at most %1 hex digits</source>
        <translation>legfeljebb %1 hexadecimális számjegy</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 characters</source>
        <translation>legfeljebb %1 karakter</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="34"/>
        <source>Firmware</source>
        <translation>Firmware-frissítés</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="42"/>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>For models</source>
        <translation>Támogatott modellek</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>Version</source>
        <translation>Verzió</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Replaces from version</source>
        <translation>Ettől a verziótól cserélhető</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Payload</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Signer</source>
        <translation>Aláíró</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Notes</source>
        <translation>Megjegyzések</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Device runs</source>
        <translation>Az eszközön futó verzió</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Activation state</source>
        <translation>Aktiválási állapot</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="58"/>
        <source>Choose image…</source>
        <translation>Képfájl kiválasztása…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="60"/>
        <source>Update</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Choose firmware image</source>
        <translation>Firmware-képfájl kiválasztása</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Képfájlok (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="99"/>
        <source>Not a usable image: %1</source>
        <translation>Nem használható képfájl: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="116"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Kész: még semmi sem lett elküldve.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="134"/>
        <source>last update undone: %1</source>
        <translation>az utolsó frissítés visszavonva: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="150"/>
        <source>Transferring</source>
        <translation>Átvitel folyamatban</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Checking and installing</source>
        <translation>Ellenőrzés és telepítés</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Activating</source>
        <translation>Aktiválás</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Újraindítás, várakozás a megerősítésre</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Confirmed</source>
        <translation>Megerősítve</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="168"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 / %2 bájt, %3 B/s, még %4 s</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="179"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Frissítve %1 verzióról %2 verzióra, megerősítve.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="186"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>A művelet megszakítva. Indítsa újra a frissítést, és az átvitel ott folytatódik, ahol megállt.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Sikertelen: %1. A folytatáshoz indítsa újra a frissítést.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Changes</source>
        <translation>Módosítások</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Message</source>
        <translation>Üzenet</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="140"/>
        <source>Open sheet…</source>
        <translation>Táblázat megnyitása…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="144"/>
        <source>password for all (else the key store)</source>
        <translation>közös jelszó (egyébként a kulcstárból)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="145"/>
        <source>Plan</source>
        <translation>Tervezés</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="150"/>
        <source>Concurrency: </source>
        <translation>Párhuzamosság: </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="151"/>
        <source>Apply</source>
        <translation>Alkalmazás</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="153"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="155"/>
        <source>Export results…</source>
        <translation>Eredmények exportálása…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="157"/>
        <source>Rollback…</source>
        <translation>Visszaállítás…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Firmware rollout…</source>
        <translation>Fokozatos firmware-telepítés…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="161"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>A táblázat összes eszközének frissítése 5%-os, 25%-os és 100%-os hullámokban; leállás 2% feletti hibaaránynál</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <source>Open fleet sheet</source>
        <translation>Eszközpark-táblázat megnyitása</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Táblázatok (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="220"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1: %2 eszköz kész, %3 sor érvénytelen.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="237"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>nincs jelszó ehhez: %1 – adja meg fent, vagy tárolja a kulcstárban</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="254"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>A művelet megszakítva: a már kiírt eszközök megtartják új értékeiket, a többi érintetlen marad.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="280"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Terv: %1 eszköz módosul, %2 nem olvasható.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="308"/>
        <source>Apply finished: %1.</source>
        <translation>A módosítások alkalmazása befejeződött: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Export results</source>
        <translation>Eredmények exportálása</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Táblázatok (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Rollback from results</source>
        <translation>Visszaállítás eredményfájlból</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Firmware image to roll out</source>
        <translation>Telepítendő firmware-képfájl</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Képfájlok (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="401"/>
        <source>Rollout: %1.</source>
        <translation>Fokozatos telepítés: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="403"/>
        <source>Rollout stopped: %1</source>
        <translation>A fokozatos telepítés leállt: %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="414"/>
        <source>Changes for row %1</source>
        <translation>%1. sor módosításai</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Parameter</source>
        <translation>Paraméter</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Device</source>
        <translation>Eszköz</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Sheet</source>
        <translation>Táblázat</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="219"/>
        <source>Import keys from %1</source>
        <translation>Kulcsok importálása innen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Meter</source>
        <translation>Mérő</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="228"/>
        <source>Import good rows</source>
        <translation>Helyes sorok importálása</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="244"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="256"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>%1 helyes sor importálásra kerül; %2 sor hibás, ezek nem kerülnek importálásra.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="94"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — átjárók konfigurálása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="104"/>
        <source>Parameters</source>
        <translation>Paraméterek</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="105"/>
        <source>Log</source>
        <translation>Napló</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="109"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Wireless</source>
        <translation>Vezeték nélküli</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>Fleet</source>
        <translation>Eszközpark</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="156"/>
        <source>Parameter read</source>
        <translation>Paraméterek olvasása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="159"/>
        <source>Parameter write</source>
        <translation>Paraméterek írása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="162"/>
        <source>Device information</source>
        <translation>Eszközinformációk</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="165"/>
        <source>Open configuration…</source>
        <translation>Konfiguráció megnyitása…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="171"/>
        <source>Save configuration…</source>
        <translation>Konfiguráció mentése…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="177"/>
        <source>Compare with file…</source>
        <translation>Összehasonlítás fájllal…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="180"/>
        <source>Traffic monitor</source>
        <translation>Forgalomfigyelő</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="184"/>
        <source>Firmware…</source>
        <translation>Firmware-frissítés…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="187"/>
        <location filename="../app/views/main_window.py" line="642"/>
        <source>Restart device</source>
        <translation>Eszköz újraindítása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="190"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="192"/>
        <source>Change communication password…</source>
        <translation>Kommunikációs jelszó módosítása…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="193"/>
        <source>Settings…</source>
        <translation>Beállítások…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="194"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>About gwterm</source>
        <translation>A gwterm névjegye</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="195"/>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Recent files</source>
        <translation>Legutóbbi fájlok</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>&amp;Admin</source>
        <translation>&amp;Adminisztráció</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="218"/>
        <source>&amp;Operation</source>
        <translation>&amp;Műveletek</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="224"/>
        <source>&amp;Tools</source>
        <translation>&amp;Eszközök</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="226"/>
        <source>&amp;Settings</source>
        <translation>&amp;Beállítások</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="242"/>
        <source>Main</source>
        <translation>Fő eszköztár</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="258"/>
        <source>Edit values</source>
        <translation>Értékek szerkesztése</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="263"/>
        <source>Search all parameters</source>
        <translation>Keresés az összes paraméterben</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Parameter group:</source>
        <translation>Paramétercsoport:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="275"/>
        <source>Revert group</source>
        <translation>Csoport visszaállítása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="278"/>
        <source>Revert all</source>
        <translation>Összes visszaállítása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Reveal edited secrets</source>
        <translation>Módosított titkos értékek megjelenítése</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="311"/>
        <location filename="../app/views/main_window.py" line="686"/>
        <source>Read device log</source>
        <translation>Eszköznapló olvasása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="323"/>
        <location filename="../app/views/main_window.py" line="412"/>
        <source>Not connected</source>
        <translation>Nincs kapcsolat</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="422"/>
        <source>%1 · serial %2</source>
        <translation>%1 · gyári szám: %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="435"/>
        <source>Edited groups: %1</source>
        <translation>Módosított csoportok: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="438"/>
        <source>Edited groups: none</source>
        <translation>Módosított csoportok: nincs</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="462"/>
        <location filename="../app/views/main_window.py" line="675"/>
        <location filename="../app/views/main_window.py" line="718"/>
        <source>Connect to a device first</source>
        <translation>Előbb csatlakozzon egy eszközhöz</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="463"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Várja meg a futó művelet végét, vagy szakítsa meg</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="489"/>
        <source>Nothing changed: edit values first</source>
        <translation>Nincs változás: előbb szerkessze az értékeket</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="491"/>
        <source>Nothing is running</source>
        <translation>Nincs futó művelet</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="582"/>
        <source>The password was not stored: %1</source>
        <translation>A jelszó nem lett eltárolva: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="644"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>Újraindítja most az eszközt? A kapcsolat megszakad, és helyreáll, amint az eszköz ismét válaszol.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="654"/>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Change communication password</source>
        <translation>Kommunikációs jelszó módosítása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>New password:</source>
        <translation>Új jelszó:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Repeat it:</source>
        <translation>Jelszó ismét:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="666"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>A jelszavak nem egyeznek; semmi sem változott.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="669"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>Az új jelszó előkészítve: a „Paraméterek írása” paranccsal küldheti el.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <source>Open configuration</source>
        <translation>Konfiguráció megnyitása</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Konfiguráció (*.cfg);;Minden fájl (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="726"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>A fájl érvénytelen értékeket tartalmaz; semmi sem lett betöltve.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="742"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>Betöltve: %1 – %2 érték eltér az eszköztől.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Save configuration</source>
        <translation>Konfiguráció mentése</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Configuration (*.cfg)</source>
        <translation>Konfiguráció (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="769"/>
        <source>Saved %1.</source>
        <translation>Mentve: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Compare with file</source>
        <translation>Összehasonlítás fájllal</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="787"/>
        <source>Compare with %1</source>
        <translation>Összehasonlítás: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Parameter</source>
        <translation>Paraméter</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Device</source>
        <translation>Eszköz</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="794"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <source>(secret)</source>
        <translation>(titkos)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="803"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n eltérés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>No differences.</source>
        <translation>Nincs eltérés.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="806"/>
        <source>Load file values as edits</source>
        <translation>A fájl értékeinek betöltése módosításként</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="844"/>
        <source>gwterm %1
Configure smart-metering gateways, and be one.
MIT licence.</source>
        <translation>gwterm %1
Konfiguráljon okosmérési átjárókat – és legyen maga is egy.
MIT-licenc.</translation>
    </message>
</context>
<context>
    <name>MbusTab</name>
    <message>
        <location filename="../app/views/mbus_tab.py" line="56"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>A busz: soros port M-Bus szintillesztő átalakítóval, vagy tcp://host:port (transzparens M-Bus)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="66"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 a szabvány szerint; 8N1 egyes optikai olvasófejekhez</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="67"/>
        <source>Converter echoes</source>
        <translation>Az átalakító visszhangoz</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>Wake-up preamble</source>
        <translation>Ébresztő preambulum</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Scan primary</source>
        <translation>Elsődleges címek keresése</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="72"/>
        <source>Scan secondary</source>
        <translation>Másodlagos címek keresése</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="75"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="82"/>
        <source>Bus:</source>
        <translation>Busz:</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Baud</source>
        <translation>Sebesség (baud)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="97"/>
        <source>Primary</source>
        <translation>Elsődleges cím</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="98"/>
        <source>Secondary address</source>
        <translation>Másodlagos cím</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Manufacturer</source>
        <translation>Gyártó</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Medium</source>
        <translation>Közeg</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Version</source>
        <translation>Verzió</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Id</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="109"/>
        <source>Read selected meter</source>
        <translation>A kijelölt mérő kiolvasása</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="116"/>
        <source>Function</source>
        <translation>Funkció</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="117"/>
        <source>Storage</source>
        <translation>Tároló</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Subunit</source>
        <translation>Alegység</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Unit</source>
        <translation>Mértékegység</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="127"/>
        <source>Copy</source>
        <translation>Másolás</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Export CSV…</source>
        <translation>Exportálás CSV-be…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="183"/>
        <source>Cancelled.</source>
        <translation>A művelet megszakítva.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Failed.</source>
        <translation>A művelet sikertelen.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="211"/>
        <source>Probing %1 …</source>
        <translation>%1 lekérdezése …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="221"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>%n mérő található.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%1 bus transactions.</source>
        <translation>Busztranzakciók: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="245"/>
        <source>Select a meter first.</source>
        <translation>Előbb jelöljön ki egy mérőt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="266"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n adatrekord %1 telegramban.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>Export records</source>
        <translation>Adatrekordok exportálása</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>CSV (*.csv)</source>
        <translation>CSV-fájl (*.csv)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="24"/>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="28"/>
        <source>Dismiss</source>
        <translation>Elrejtés</translation>
    </message>
</context>
<context>
    <name>ParamTableModel</name>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter description</source>
        <translation>Paraméter leírása</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter value</source>
        <translation>Paraméter értéke</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Unit</source>
        <translation>Mértékegység</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="67"/>
        <source>(not set)</source>
        <translation>(nincs beállítva)</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Enabled</source>
        <translation>Engedélyezve</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Disabled</source>
        <translation>Letiltva</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/param_model.py" line="78"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n sor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../app/views/fields.py" line="118"/>
        <location filename="../app/views/fields.py" line="146"/>
        <source>unchanged</source>
        <translation>változatlan</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="120"/>
        <source>Show</source>
        <translation>Megjelenítés</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="124"/>
        <source>Clear</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="125"/>
        <source>Remove this secret from the device</source>
        <translation>A titkos érték eltávolítása az eszközről</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="140"/>
        <source>will be cleared</source>
        <translation>törlésre kerül</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="153"/>
        <source>the communication password cannot be empty</source>
        <translation>a kommunikációs jelszó nem lehet üres</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="41"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Munkamenetek titkosítása alapértelmezés szerint (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="44"/>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="45"/>
        <source>Answer timeout</source>
        <translation>Válasz időkorlátja</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Retries</source>
        <translation>Újrapróbálkozások</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../app/views/fields.py" line="208"/>
        <source>Add</source>
        <translation>Hozzáadás</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="209"/>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="210"/>
        <source>Up</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="211"/>
        <source>Down</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="212"/>
        <source>Paste</source>
        <translation>Beillesztés</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="297"/>
        <source>row %1, column %2</source>
        <translation>%1. sor, %2. oszlop</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../app/views/traffic.py" line="92"/>
        <source>Time</source>
        <translation>Idő</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="93"/>
        <source>Dir</source>
        <translation>Irány</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="94"/>
        <source>Length</source>
        <translation>Hossz</translation>
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
        <translation>gwcp-keretek</translation>
    </message>
</context>
<context>
    <name>TrafficMonitor</name>
    <message>
        <location filename="../app/views/traffic.py" line="118"/>
        <source>Traffic monitor</source>
        <translation>Forgalomfigyelő</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="132"/>
        <source>Pause</source>
        <translation>Szünet</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="134"/>
        <source>Filter (hex, text or frame name)</source>
        <translation>Szűrő (hex, szöveg vagy keretnév)</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="136"/>
        <source>Clear</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="138"/>
        <source>Copy</source>
        <translation>Másolás</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="140"/>
        <source>Save…</source>
        <translation>Mentés…</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Save traffic</source>
        <translation>Forgalom mentése</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Text files (*.txt)</source>
        <translation>Szövegfájlok (*.txt)</translation>
    </message>
</context>
<context>
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="63"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>A vevő URL-címe (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) vagy hexadecimális telegramokat tartalmazó fájl</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="70"/>
        <source>Listen</source>
        <translation>Figyelés</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Stop</source>
        <translation>Leállítás</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Import keys…</source>
        <translation>Kulcsok importálása…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="78"/>
        <source>Receiver:</source>
        <translation>Vevő:</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="87"/>
        <source>Id</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="88"/>
        <source>Manufacturer</source>
        <translation>Gyártó</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Version</source>
        <translation>Verzió</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Telegrams</source>
        <translation>Telegramok</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>Last seen</source>
        <translation>Utoljára észlelve</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="105"/>
        <source>Function</source>
        <translation>Funkció</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="106"/>
        <source>Storage</source>
        <translation>Tároló</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Unit</source>
        <translation>Mértékegység</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>%1 telegram %2 mérőtől.</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Import wM-Bus keys</source>
        <translation>wM-Bus kulcsok importálása</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Táblázatok (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store</source>
        <translation>Kulcstár</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store master password:</source>
        <translation>A kulcstár mesterjelszava:</translation>
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
        <translation>A mobil adatkapcsolat hozzáférési pontjának (APN) beállításai.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>APN name</source>
        <translation>APN neve</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>A mobilszolgáltató által megadott APN-szerver neve.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>APN username</source>
        <translation>APN felhasználónév</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Felhasználónév az APN-hez, ha a mobilszolgáltató megköveteli.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="54"/>
        <source>APN password</source>
        <translation>APN jelszó</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="55"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Jelszó az APN-hez, ha a mobilszolgáltató megköveteli.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="56"/>
        <source>PDP connection delay</source>
        <translation>PDP-kapcsolat késleltetése</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="57"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Késleltetés az adatkapcsolat (PDP) felépítése előtt, hogy hibás konfiguráció után legyen idő CSD-hívással elérni a modemet.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>TCP-portok a mérőkiolvasáshoz, a modem konfigurálásához és a firmware letöltéséhez.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>Utility communication port (primary)</source>
        <translation>Szolgáltatói kommunikációs port (elsődleges)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Magasabb prioritású transzparens (IEC) mérőkiolvasási port, konfigurálásra és firmware-frissítésre is használható.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Customer communication port (secondary)</source>
        <translation>Ügyfél kommunikációs port (másodlagos)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="63"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Alacsonyabb prioritású port mérőkommunikációhoz, konfiguráláshoz és firmware-frissítéshez; el kell térnie az elsődleges porttól (a 0 letiltja).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="64"/>
        <source>Configuration and firmware download port</source>
        <translation>Konfigurációs és firmware-letöltési port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="65"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>A modem távoli paraméterezésére és firmware-cseréjére használt TCP-port.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>Mobile network</source>
        <translation>Mobilhálózat</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>SIM PIN-kód, hozzáférési technológia és a mobilszolgáltató kiválasztása.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>SIM PIN</source>
        <translation>SIM PIN-kód</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>A behelyezett SIM-kártya PIN-kódja; hagyja üresen, ha a SIM-kártyának nincs PIN-kódja.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>Frequency band / access technology</source>
        <translation>Frekvenciasáv / hozzáférési technológia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>A használandó mobil hozzáférési technológia, pl. csak 4G vagy LTE 2G-tartalékkal (a CSD-hívásokhoz a 2G-hálózatot használó technológia szükséges).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>Automatic</source>
        <translation>Automatikus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>4G (LTE) only</source>
        <translation>Csak 4G (LTE)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE 2G-tartalékkal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE 3G/2G-tartalékkal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>LTE Cat.M1 only</source>
        <translation>Csak LTE Cat.M1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>Csak LTE Cat.NB-IoT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT 2G-tartalékkal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>2G only</source>
        <translation>Csak 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Operator selection</source>
        <translation>Szolgáltatóválasztás</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Meghatározza, hogy a mobilhálózati szolgáltató kiválasztása automatikus-e, vagy egy kijelölt szolgáltató használatos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>Manual</source>
        <translation>Kézi</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Mobilhálózati szolgáltató (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>A kijelölt mobilhálózati szolgáltató kódja (pl. 21601), kézi szolgáltatóválasztás esetén használatos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>Trans. / NTA</source>
        <translation>Transzp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>A transzparens soros mérőport beállításai és a transzparens mód TLS-beállításai.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>Multi utility mode</source>
        <translation>Többközmű-mód</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>A mérőport üzemmódja; az alapbeállítás a transzparens mód.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Transparent mode</source>
        <translation>Transzparens mód</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Meter port baud rate</source>
        <translation>Mérőport átviteli sebessége</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>A soros mérőport átviteli sebessége 300 és 115200 baud között (szabványos érték: 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>600 baud</source>
        <translation>600 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>1200 baud</source>
        <translation>1200 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>4800 baud</source>
        <translation>4800 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>19200 baud</source>
        <translation>19200 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>38400 baud</source>
        <translation>38400 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>57600 baud</source>
        <translation>57600 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>115200 baud</source>
        <translation>115200 Bd</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Data format for meters</source>
        <translation>Mérők adatformátuma</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Soros adatformátum a mérő felé; az Auto (5.3.4.1-es vagy újabb firmware) IEC-forgalomnál 7E1-re vált, egyébként 8N1-et használ.</translation>
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
        <translation>Auto (IEC-felismerés)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Fixed 8N1 at meter</source>
        <translation>Rögzített 8N1 a mérőnél</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</source>
        <translation>Rögzített 8N1 adatformátumot kényszerít a mérőporton (jelölőnégyzet a mérőbeállításoknál).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Transparent mode TLS enable</source>
        <translation>TLS engedélyezése transzparens módban</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Engedélyezi a transzparens mérőkommunikációs csatorna TLS-védelmét.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Transparent mode certificate bank</source>
        <translation>Transzparens mód tanúsítványbankja</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Kiválasztja a transzparens mód TLS-kapcsolata által használt tanúsítványbankot.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Transparent CA certificate bank</source>
        <translation>Transzparens mód CA-tanúsítványbankja</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Kiválasztja a transzparens mód TLS-kapcsolata által használt CA-tanúsítványbankot.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>Transparent mode certificate verification</source>
        <translation>Tanúsítvány-ellenőrzés transzparens módban</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Engedélyezi a partner tanúsítványának ellenőrzését a transzparens mód TLS-kapcsolatán.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>RS485 meter interface</source>
        <translation>RS485 mérőinterfész</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>A mérőport RS485-bekötési módja és a DCD-vonal viselkedése.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>RS485 mode</source>
        <translation>RS485 mód</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>A mérőport RS485-bekötése; a csak RS232-kábellel rendelkező változatoknál a „Letiltás” javasolt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>2-wire (half duplex)</source>
        <translation>2 vezetékes (félduplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>4-wire (full duplex)</source>
        <translation>4 vezetékes (teljes duplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Disable</source>
        <translation>Letiltás</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>A mérő felé az RS232-porton kiadott adatirány-vezérlő jel (pl. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Fix 0</source>
        <translation>Fix 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Fix 1</source>
        <translation>Fix 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>Standard</source>
        <translation>Normál</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Inverted</source>
        <translation>Invertált</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Watchdog</source>
        <translation>Kapcsolatfelügyelet</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Rendszeres ping és automatikus újracsatlakozás a mobilhálózathoz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>Ping IP address</source>
        <translation>Ping IP-címe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>A rendszeresen pingelt IP-cím, amely életben tartja az adatkapcsolatot (a 0.0.0.0 letiltja a pinget).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Number of ping retries</source>
        <translation>Ping-újrapróbálkozások száma</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>A megválaszolatlan pingek száma, amely után az adatkapcsolat újraépül.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Ping wait time (for reply)</source>
        <translation>Ping várakozási ideje (válaszra)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Várakozási idő a ping válaszára.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>Wait time (for next ping)</source>
        <translation>Várakozási idő (a következő pingig)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Várakozási idő a következő ping elküldése előtt.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>GPRS connection closed and restored after</source>
        <translation>GPRS-kapcsolat bontása és helyreállítása ennyi idő után</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Az az idő, amely után a megszakadt vagy nem válaszoló adatkapcsolat bontásra és helyreállításra kerül; soha ne állítsa a szolgáltató által javasolt érték alá.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Standard Meter Interface</source>
        <translation>Szabványos mérőinterfész</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Function assigned to each status LED.</source>
        <translation>Az egyes állapotjelző LED-ekhez rendelt funkció.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>LED1 function</source>
        <translation>LED1 funkciója</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>A LED1 által jelzett állapot (kék, középső).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Not used</source>
        <translation>Nincs használatban</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>GSM / GPRS status</source>
        <translation>GSM / GPRS állapot</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>SIM status</source>
        <translation>SIM-állapot</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>E-meter status</source>
        <translation>Villamosenergia-mérő állapota</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Firmware status</source>
        <translation>Firmware-állapot</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Network status and access technology</source>
        <translation>Hálózati állapot és hozzáférési technológia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Meter status with IEC polling</source>
        <translation>Mérőállapot IEC-lekérdezéssel</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>AMM (IEC) client state</source>
        <translation>AMM (IEC) kliens állapota</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>LED2 function</source>
        <translation>LED2 funkciója</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>A LED2 által jelzett állapot (piros, alsó).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>LED3 function</source>
        <translation>LED3 funkciója</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>A LED3 által jelzett állapot (zöld, felső).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>LastGasp SMS-értesítés áramkimaradáskor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>LastGasp SMS</source>
        <translation>LastGasp SMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>POWER LOST és POWER RETURN SMS-t küld a tápellátás megszűnésekor és visszatérésekor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>LastGasp phone number</source>
        <translation>LastGasp telefonszám</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Az a telefonszám, amelyre a LastGasp SMS-ek érkeznek.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>Device Manager</source>
        <translation>Device Manager-kapcsolat</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>A Device Manager-kapcsolat TLS-beállításai.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Device Manager TLS enable</source>
        <translation>TLS engedélyezése a Device Managerhez</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Engedélyezi a TLS-t a Device Manager-kapcsolaton.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Device Manager certificate bank</source>
        <translation>Device Manager tanúsítványbank</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Kiválasztja a Device Manager TLS-kapcsolatához használt tanúsítványbankot.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>Device Manager CA certificate bank</source>
        <translation>Device Manager CA-tanúsítványbank</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Kiválasztja a Device Manager TLS-kapcsolatához használt CA-tanúsítványbankot.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Device Manager certificate verification</source>
        <translation>Device Manager tanúsítvány-ellenőrzés</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Engedélyezi a Device Manager szervertanúsítványának ellenőrzését.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Biztonság</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
        <source>Communication password and CSD/SMS configuration password.</source>
        <translation>Kommunikációs jelszó és CSD/SMS konfigurációs jelszó.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="46"/>
        <source>Communication password</source>
        <translation>Kommunikációs jelszó</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="6"/>
        <source>General</source>
        <translation>Általános</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="7"/>
        <source>Name and readout cycle of the gateway.</source>
        <translation>Az átjáró neve és kiolvasási ciklusa.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="8"/>
        <source>Gateway name</source>
        <translation>Átjáró neve</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="9"/>
        <source>A name shown in discovery, reports and the tool.</source>
        <translation>A felderítés során, a jelentésekben és a programban megjelenő név.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="10"/>
        <source>Readout cycle</source>
        <translation>Kiolvasási ciklus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="11"/>
        <source>When meters are read: five-field cron, or a preset such as @every 10s, @hourly, @daily.</source>
        <translation>A mérők kiolvasásának ideje: ötmezős cron-kifejezés vagy előre beállított érték, pl. @every 10s, @hourly, @daily.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="13"/>
        <source>The wired M-Bus meters read by this gateway.</source>
        <translation>Az átjáró által kiolvasott vezetékes M-Bus mérők.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="15"/>
        <source>Speed of the wired M-Bus.</source>
        <translation>A vezetékes M-Bus sebessége.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="20"/>
        <source>Wired meters to read on each readout cycle, by primary or secondary address.</source>
        <translation>Az egyes kiolvasási ciklusokban kiolvasandó vezetékes mérők, elsődleges vagy másodlagos cím szerint.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="22"/>
        <source>Primary or secondary address</source>
        <translation>Elsődleges vagy másodlagos cím</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="25"/>
        <source>Wireless M-Bus</source>
        <translation>Vezeték nélküli M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="26"/>
        <source>The wireless receiver and the wireless meters kept by this gateway.</source>
        <translation>Az átjáró vezeték nélküli vevője és az általa nyilvántartott vezeték nélküli mérők.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="27"/>
        <source>Receiver</source>
        <translation>Vevő</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="28"/>
        <source>Where telegrams come from: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, or empty for none.</source>
        <translation>A telegramok forrása: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, vagy üres, ha nincs vevő.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="29"/>
        <source>Link mode</source>
        <translation>Kapcsolati mód</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="30"/>
        <source>The receiver&apos;s wireless M-Bus mode.</source>
        <translation>A vevő vezeték nélküli M-Bus módja.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="31"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="32"/>
        <source>C1 (frame A)</source>
        <translation>C1 (A típusú keret)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="33"/>
        <source>C1 (frame B)</source>
        <translation>C1 (B típusú keret)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="34"/>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="35"/>
        <source>Listen mode</source>
        <translation>Figyelő mód</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="36"/>
        <source>Also show meters that are not on the list (their values are not kept).</source>
        <translation>A listán nem szereplő mérők megjelenítése is (értékeik nem kerülnek tárolásra).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="37"/>
        <source>Wireless meters</source>
        <translation>Vezeték nélküli mérők</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="38"/>
        <source>Meters whose telegrams are decrypted and kept; the keys come from the gateway&apos;s key store.</source>
        <translation>Mérők, amelyek telegramjait az átjáró visszafejti és tárolja; a kulcsok az átjáró kulcstárából származnak.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="39"/>
        <source>Meter id</source>
        <translation>Mérőazonosító</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="41"/>
        <source>Minimum interval</source>
        <translation>Minimális intervallum</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="42"/>
        <source>Meter keys</source>
        <translation>Mérőkulcsok</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="43"/>
        <source>AES-128 keys of the wireless meters as id=key pairs separated by semicolons; written, never read back.</source>
        <translation>A vezeték nélküli mérők AES-128 kulcsai azonosító=kulcs párokként, pontosvesszővel elválasztva; csak írható, soha nem olvasható vissza.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="45"/>
        <source>Access to the gateway.</source>
        <translation>Hozzáférés az átjáróhoz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="47"/>
        <source>Password for the configuration protocol (gwcp); never read back.</source>
        <translation>A konfigurációs protokoll (gwcp) jelszava; soha nem olvasható vissza.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="177"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Az újabb firmware-ek által a modem konfigurálásához megkövetelt jelszó (az alapértelmezettet kérje a gyártótól).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>CSD password</source>
        <translation>CSD-jelszó</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>A CSD-hozzáférést és az SMS-parancsokat (pw=) védő jelszó; üresen hagyva nincs jelszó.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Transzparens (IEC) mérőkiolvasási port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>TCP-port a villamosenergia-mérővel folytatott transzparens kommunikációhoz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>A WM-E Term által a modem távoli konfigurálására és firmware-cseréjére használt TCP-port.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>A használandó mobil hozzáférési technológia, pl. csak 4G vagy LTE 2G-tartalékkal.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>3G only</source>
        <translation>Csak 3G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>A transzparens RS232 soros mérőport beállításai.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>A mérőport üzemmódja; az alapértelmezés a transzparens mód.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>A soros mérőport átviteli sebessége (alapértelmezés: 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Serial data format towards the meter.</source>
        <translation>Soros adatformátum a mérő felé.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Rögzített 8N1 adatformátum a mérőnél</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>Forces the fixed 8N1 data format on the meter port (enabled by default).</source>
        <translation>Rögzített 8N1 adatformátumot kényszerít a mérőporton (alapértelmezés szerint engedélyezve).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>A hat állapotjelző LED mindegyikéhez rendelt funkció.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>A LED1 által jelzett állapot (bal szélső).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>E-meter communication</source>
        <translation>Villamosenergia-mérő kommunikáció</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>M-Bus status</source>
        <translation>M-Bus állapot</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>Status shown by LED2.</source>
        <translation>A LED2 által jelzett állapot.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>Status shown by LED3.</source>
        <translation>A LED3 által jelzett állapot.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>LED4 function</source>
        <translation>LED4 funkciója</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Status shown by LED4.</source>
        <translation>A LED4 által jelzett állapot.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>LED5 function</source>
        <translation>LED5 funkciója</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>A LED5 által jelzett állapot (alapértelmezés szerint nincs használatban).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>LED6 function</source>
        <translation>LED6 funkciója</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>A LED6 által jelzett állapot (jobb szélső).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Áramkimaradáskor SMS-értesítést küld; a kézikönyv szerint ez a 2.68-as firmware-ben még nincs megvalósítva.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Az a telefonszám, amelyre a LastGasp SMS-értesítés érkezik.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>DLMS-szerver, mérőkliens és push beállítások.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Start DLMS session during boot</source>
        <translation>DLMS-munkamenet indítása rendszerindításkor</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>DLMS-munkamenetet indít a modem rendszerindítása során.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>DLMS AMM IP address</source>
        <translation>DLMS AMM IP-cím</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>A DLMS AMM-gazdagép IP-címe (0.0.0.0, ha nincs használatban).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>DLMS server port</source>
        <translation>DLMS-szerver port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>A DLMS-szerver TCP-portja (0, ha nincs használatban).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Max. time without DLMS communication</source>
        <translation>Max. idő DLMS-kommunikáció nélkül</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>A DLMS-kommunikáció nélkül megengedett leghosszabb idő, amely után a munkamenet lezárul.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="215"/>
        <source>DLMS password</source>
        <translation>DLMS-jelszó</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="216"/>
        <source>General DLMS password of the modem.</source>
        <translation>A modem általános DLMS-jelszava.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Lehetséges DLMS/COSEM hitelesítési módszerek</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Az elfogadott DLMS/COSEM hitelesítési mechanizmusok azonosítóinak vesszővel elválasztott listája.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Disconnect relay control</source>
        <translation>Bontórelé vezérlése</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>A bontórelé vezérlési módja.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Billing register visibility</source>
        <translation>Elszámolási regiszterek láthatósága</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Meghatározza, hogy az 1-0:1.8.0*255 és 1-0:2.8.0*255 regiszterek láthatók-e a napi és havi (0-0:98.1.0*255) elszámolási értékprofilokban.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>Registers are not visible</source>
        <translation>A regiszterek nem láthatók</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Registers are visible</source>
        <translation>A regiszterek láthatók</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>DLMS server logical address</source>
        <translation>DLMS-szerver logikai címe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>A modem DLMS-szerverének logikai címe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>DLMS server physical address</source>
        <translation>DLMS-szerver fizikai címe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>A modem DLMS-szerverének fizikai címe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>DLMS server client address</source>
        <translation>DLMS-szerver kliens címe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>A modem DLMS-szervere által elfogadott kliens cím.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>DLMS server authentication</source>
        <translation>DLMS-szerver hitelesítése</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>A modem DLMS-szerverének hitelesítési módja.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>NONE</source>
        <translation>NINCS</translation>
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
        <translation>DLMS-szerver jelszava</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>A modem DLMS-szerverének hitelesítési jelszava.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>DLMS client logical address</source>
        <translation>DLMS-kliens logikai címe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>A modem DLMS-kliense által lekérdezett villamosenergia-mérő logikai címe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>DLMS client physical address</source>
        <translation>DLMS-kliens fizikai címe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>A modem DLMS-kliense által lekérdezett villamosenergia-mérő fizikai címe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>DLMS client address</source>
        <translation>DLMS-kliens címe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>A modem által a villamosenergia-mérő kiolvasásakor használt kliens cím.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>DLMS client authentication</source>
        <translation>DLMS-kliens hitelesítése</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>A villamosenergia-mérő kiolvasásakor használt hitelesítési mód.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>DLMS client password</source>
        <translation>DLMS-kliens jelszava</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>A villamosenergia-mérő kiolvasásakor használt jelszó.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Object list</source>
        <translation>Objektumlista</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>A lekérdezett mérőobjektumok OBIS:attribútum formában, vesszővel elválasztva; üresen az 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 és 1.1.97.97.3.255:2 lekérdezése történik.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>DLMS push logical address</source>
        <translation>DLMS push logikai cím</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>A DLMS push üzenetekben használt logikai cím.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>DLMS push physical address</source>
        <translation>DLMS push fizikai cím</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>A DLMS push üzenetekben használt fizikai cím.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>DLMS push client address</source>
        <translation>DLMS push kliens cím</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>A DLMS push üzenetekben használt kliens cím.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="259"/>
        <source>DLMS push authentication</source>
        <translation>DLMS push hitelesítés</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="260"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>A DLMS push üzenetekhez használt hitelesítési mód.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="261"/>
        <source>DLMS push password</source>
        <translation>DLMS push jelszó</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="262"/>
        <source>Password used for DLMS push messages.</source>
        <translation>A DLMS push üzenetekhez használt jelszó.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="263"/>
        <source>Push base logical name</source>
        <translation>Push alap logikai neve</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="264"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>A push objektum alap logikai neve (OBIS-kód).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="265"/>
        <source>DLMS push IP address</source>
        <translation>DLMS push IP-cím</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="266"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>A DLMS push üzenetek cél IPv4-címe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>DLMS push port</source>
        <translation>DLMS push célport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>A DLMS push üzenetek cél TCP-portja.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Vezetékes M-Bus mérők kiolvasási beállításai és mérőtáblázata.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>M-Bus mérők maximális száma</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>A modem által kezelt M-Bus mérők maximális száma.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Vezetékes M-Bus telepítési mód időtartama</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>A vezetékes M-Bus telepítési mód időtartama.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Readout time</source>
        <translation>Kiolvasási periódus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Az M-Bus mérők kiolvasásának periódusa.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Upload time</source>
        <translation>Feltöltési periódus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Az M-Bus adatok feltöltésének periódusa (a havi objektumok kezelése ezen felül történik).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>File encryption type</source>
        <translation>Fájltitkosítás típusa</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Az M-Bus adatfájl titkosítási típusa (fájlneve).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>Number of monthly objects</source>
        <translation>Havi objektumok száma</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>A tárolt havi M-Bus objektumok száma.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>Inactivity timeout</source>
        <translation>Inaktivitási időkorlát</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>M-Bus mérőadat nélküli idő, amely után a mérő inaktívnak minősül.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>M-Bus átviteli sebesség</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Az M-Bus vonal adatátviteli sebessége (alapértelmezés: 2400, nagyobb sebesség is lehetséges).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Activate address</source>
        <translation>Aktiváló cím</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>Cím formátumú azonosító, amely megnyitja az M-Bus csatornát optikai HHU-kapcsolathoz.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>HHU inactivity timeout</source>
        <translation>HHU inaktivitási időkorlát</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>A HHU M-Bus kapcsolat ennyi inaktív idő után lezárul.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>M-Bus mérők</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Elsődleges vagy másodlagos címmel azonosított csatlakoztatott M-Bus mérők, a kiolvasandó mezővel és annak DLMS-leképezésével.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Medium</source>
        <translation>Közeg</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Water</source>
        <translation>Víz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Warm water</source>
        <translation>Meleg víz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>Hot water</source>
        <translation>Forró víz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Cold water</source>
        <translation>Hideg víz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Heat</source>
        <translation>Hő</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Cooling</source>
        <translation>Hűtés</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Gas</source>
        <translation>Gáz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Electricity</source>
        <translation>Villamos energia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Gyártó</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Scale unit</source>
        <translation>Skálázás / mértékegység</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>OBIS-regiszter</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Read interval</source>
        <translation>Olvasási intervallum</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Load profile object</source>
        <translation>Terhelésiprofil-objektum</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>M-Bus cím (elsődleges vagy másodlagos)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Required field number(s)</source>
        <translation>Szükséges mezőszám(ok)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Mérő neve</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>Secondary transparent</source>
        <translation>Másodlagos transzparens csatorna</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Másodlagos transzparens port az M-Bus mérési adatok DLMS-kiolvasásához.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>Secondary transparent port</source>
        <translation>Másodlagos transzparens port</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>TCP-port a legutóbb kiolvasott M-Bus mérőadatok DLMS-kiolvasásához.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Secondary transparent baud rate</source>
        <translation>Másodlagos transzparens csatorna átviteli sebessége</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>A másodlagos transzparens csatorna átviteli sebessége.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>Secondary transparent data format</source>
        <translation>Másodlagos transzparens csatorna adatformátuma</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>A másodlagos transzparens csatorna soros adatformátuma.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Start transmission (TX) delay</source>
        <translation>Adáskezdési (TX) késleltetés</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Késleltetés az adás megkezdése előtt a másodlagos transzparens csatornán.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Communication password of the modem.</source>
        <translation>A modem kommunikációs jelszava.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>A konfigurációs eszköz által a modemmel való kommunikációhoz használt jelszó.</translation>
    </message>
</context>
</TS>
