<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="125"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="77"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="78"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="81"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="82"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="85"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="95"/>
        <source>Serial (RS-232 / USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="96"/>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="97"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="106"/>
        <source>Connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="115"/>
        <source>communication password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="118"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="128"/>
        <source>Remember in the key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="130"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="132"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="133"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="135"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="144"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="147"/>
        <source>Log off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="175"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="185"/>
        <location filename="../app/views/connection_panel.py" line="201"/>
        <location filename="../app/views/connection_panel.py" line="216"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="186"/>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="187"/>
        <source>Data format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="200"/>
        <location filename="../app/views/connection_panel.py" line="215"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="211"/>
        <location filename="../app/views/connection_panel.py" line="217"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="212"/>
        <location filename="../app/views/connection_panel.py" line="218"/>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="213"/>
        <location filename="../app/views/connection_panel.py" line="219"/>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <source>Do not verify the server (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="290"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="291"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="87"/>
        <source>%1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="112"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="144"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="156"/>
        <source>Log off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="169"/>
        <source>Parameters read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="171"/>
        <source>Parameter read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="180"/>
        <source>Nothing to write: no value was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="193"/>
        <source>Verify failed for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="195"/>
        <source>%n value(s) written and verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="198"/>
        <source>Parameter write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="208"/>
        <source>Device information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="236"/>
        <source>The device restarted and answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="238"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceInfoDialog</name>
    <message>
        <location filename="../app/views/device_info.py" line="63"/>
        <source>Device information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="79"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="80"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="81"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="82"/>
        <source>Firmware version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="83"/>
        <source>Hardware ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="84"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="85"/>
        <source>ICC (SIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="86"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="87"/>
        <source>Access technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="88"/>
        <source>RSSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="89"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="90"/>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="101"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="103"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="105"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="130"/>
        <source>RSSI: %1 dBm (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="134"/>
        <source>RSSI: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="135"/>
        <source>Access technology: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="30"/>
        <source>Edit values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="94"/>
        <source>%n field(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/views/fields.py" line="296"/>
        <source>IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="298"/>
        <source>at most %1 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="300"/>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="90"/>
        <source>gwterm — gateway configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="100"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="101"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="140"/>
        <source>Parameter read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="143"/>
        <source>Parameter write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="146"/>
        <source>Device information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="149"/>
        <source>Open configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="155"/>
        <source>Save configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="161"/>
        <source>Compare with file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="164"/>
        <source>Traffic monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="168"/>
        <location filename="../app/views/main_window.py" line="601"/>
        <source>Restart device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="173"/>
        <source>Change communication password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="174"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="175"/>
        <location filename="../app/views/main_window.py" line="797"/>
        <source>About gwterm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="176"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="193"/>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="197"/>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="199"/>
        <source>&amp;Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="203"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="205"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="207"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="214"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="221"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="237"/>
        <source>Edit values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="242"/>
        <source>Search all parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="246"/>
        <source>Parameter group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="254"/>
        <source>Revert group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="257"/>
        <source>Revert all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="260"/>
        <source>Reveal edited secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="291"/>
        <location filename="../app/views/main_window.py" line="645"/>
        <source>Read device log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="303"/>
        <location filename="../app/views/main_window.py" line="399"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="409"/>
        <source>%1 · serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="422"/>
        <source>Edited groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="425"/>
        <source>Edited groups: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="449"/>
        <location filename="../app/views/main_window.py" line="634"/>
        <location filename="../app/views/main_window.py" line="677"/>
        <source>Connect to a device first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="450"/>
        <source>Wait for the running operation or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="475"/>
        <source>Nothing changed: edit values first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="477"/>
        <source>Nothing is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="548"/>
        <source>The password was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="603"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="613"/>
        <location filename="../app/views/main_window.py" line="620"/>
        <source>Change communication password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="614"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="620"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="625"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="628"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="669"/>
        <source>Open configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="669"/>
        <location filename="../app/views/main_window.py" line="733"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="685"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="701"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="709"/>
        <source>Save configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="709"/>
        <source>Configuration (*.cfg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="728"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="733"/>
        <source>Compare with file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="746"/>
        <source>Compare with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="749"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="749"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="749"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="753"/>
        <location filename="../app/views/main_window.py" line="757"/>
        <source>(secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="762"/>
        <source>%n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="762"/>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="765"/>
        <source>Load file values as edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="798"/>
        <source>gwterm %1
Configure smart-metering gateways, and be one.
MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="24"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="28"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamTableModel</name>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="67"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/param_model.py" line="78"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../app/views/fields.py" line="80"/>
        <location filename="../app/views/fields.py" line="108"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="82"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="86"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="87"/>
        <source>Remove this secret from the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="102"/>
        <source>will be cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="115"/>
        <source>the communication password cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="25"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="38"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="41"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="42"/>
        <source>Answer timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="43"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../app/views/fields.py" line="170"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="171"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="172"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="173"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="174"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="262"/>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../app/views/traffic.py" line="92"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="93"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="94"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="95"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="96"/>
        <source>ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="97"/>
        <source>gwcp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficMonitor</name>
    <message>
        <location filename="../app/views/traffic.py" line="118"/>
        <source>Traffic monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="129"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="131"/>
        <source>Filter (hex, text or frame name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="133"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="135"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="137"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="163"/>
        <source>Save traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="163"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="27"/>
        <source>Key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="27"/>
        <source>Key store master password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="profile_strings.py" line="6"/>
        <source>APN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="7"/>
        <source>Access point name settings for the mobile data connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="8"/>
        <source>APN name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="9"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="10"/>
        <source>APN username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="11"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>APN password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="13"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>PDP connection delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="15"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>M2M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>Utility communication port (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="20"/>
        <source>Customer communication port (secondary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="22"/>
        <source>Configuration and firmware download port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>Mobile network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="25"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="26"/>
        <source>SIM PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="27"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="28"/>
        <source>Frequency band / access technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="29"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="30"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="31"/>
        <source>4G (LTE) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="32"/>
        <source>LTE with 2G fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="33"/>
        <source>LTE with 3G/2G fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="34"/>
        <source>LTE Cat.M1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="35"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="36"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="37"/>
        <source>2G only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="38"/>
        <source>Operator selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="39"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="41"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="42"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="43"/>
        <source>Trans. / NTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="45"/>
        <source>Multi utility mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="46"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="47"/>
        <source>Transparent mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="48"/>
        <source>Meter port baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="49"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>300 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>600 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>1200 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>2400 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="54"/>
        <source>4800 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="55"/>
        <source>9600 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="56"/>
        <source>19200 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="57"/>
        <source>38400 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>57600 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>115200 baud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>Data format for meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>7E1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="63"/>
        <source>8N1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="64"/>
        <source>7O1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="65"/>
        <source>7N2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>8E1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>8O1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>8N2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>Auto (IEC detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>Fixed 8N1 at meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>Transparent mode TLS enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>Transparent mode certificate bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>Transparent CA certificate bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>Transparent mode certificate verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>RS485 meter interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>RS485 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>2-wire (half duplex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>4-wire (full duplex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>DCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Fix 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Fix 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>Inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>Watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>Ping IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>Number of ping retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Ping wait time (for reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Time to wait for a ping reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="101"/>
        <source>Wait time (for next ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="102"/>
        <source>Time to wait before sending the next ping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="103"/>
        <source>GPRS connection closed and restored after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="104"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="105"/>
        <source>Standard Meter Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="106"/>
        <source>Function assigned to each status LED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="107"/>
        <source>LED1 function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="108"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>GSM / GPRS status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>SIM status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>E-meter status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Firmware status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Network status and access technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Meter status with IEC polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>AMM (IEC) client state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>LED2 function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>LED3 function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>AMM (IEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>LastGasp SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>LastGasp phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Device Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Device Manager TLS enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Device Manager certificate bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>Device Manager CA certificate bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>Device Manager certificate verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Communication password and CSD/SMS configuration password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Communication password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>CSD password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>3G only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>Serial data format towards the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Fix 8N1 data format at meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Forces the fixed 8N1 data format on the meter port (enabled by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>E-meter communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>M-Bus status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>Status shown by LED2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Status shown by LED3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>LED4 function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>Status shown by LED4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>LED5 function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>LED6 function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>AMM/DLMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Start DLMS session during boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>DLMS AMM IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>DLMS server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
        <source>Max. time without DLMS communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="177"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>DLMS password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>General DLMS password of the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>Disconnect relay control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Control mode of the disconnect relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>Billing register visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Registers are not visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>Registers are visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>DLMS server logical address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>DLMS server physical address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>DLMS server client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>DLMS server authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>NONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>HIGH (MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>HIGH (SHA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>HIGH (GMAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>DLMS server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>DLMS client logical address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>DLMS client physical address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>DLMS client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>DLMS client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>DLMS client password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Password used when reading the electricity meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Object list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="215"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="216"/>
        <source>DLMS push logical address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>DLMS push physical address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>DLMS push client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Client address used in DLMS push messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>DLMS push authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>DLMS push password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>Password used for DLMS push messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Push base logical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>DLMS push IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>DLMS push port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>M-Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="234"/>
        <source>Maximum number of M-Bus meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="235"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="236"/>
        <source>M-Bus wired install mode duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="237"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="238"/>
        <source>Readout time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="239"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>Upload time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>File encryption type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Number of monthly objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Inactivity timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>M-Bus baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Activate address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>HHU inactivity timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>M-Bus meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="259"/>
        <source>Warm water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="260"/>
        <source>Hot water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="261"/>
        <source>Cold water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="262"/>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="263"/>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="264"/>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="265"/>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="266"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>DIF / VIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Scale unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>OBIS register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Read interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>Load profile object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Required field number(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>RFID (mRID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Meter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>Secondary transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>Secondary transparent port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>Secondary transparent baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Secondary transparent data format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Start transmission (TX) delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>Communication password of the modem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
