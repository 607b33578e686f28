<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="79"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="80"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Perfiles de conexión guardados; escriba un nombre nuevo para guardar uno nuevo</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="83"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="84"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Guardar estos ajustes con el nombre del perfil (nunca la contraseña)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="97"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Serie (RS-232 / USB)</translation>
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
        <translation>Tipo de conexión</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="117"/>
        <source>communication password</source>
        <translation>contraseña de comunicación</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="120"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="130"/>
        <source>Remember in the key store</source>
        <translation>Recordar en el almacén de claves</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="132"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Se guarda cifrada con la contraseña maestra del almacén de claves, nunca en los ajustes sin cifrar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="134"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Cifrar la sesión (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="135"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="137"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="146"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="149"/>
        <source>Log off</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="177"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="187"/>
        <location filename="../app/views/connection_panel.py" line="203"/>
        <location filename="../app/views/connection_panel.py" line="218"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="188"/>
        <source>Baud rate</source>
        <translation>Velocidad (baudios)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="189"/>
        <source>Data format</source>
        <translation>Formato de datos</translation>
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
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <location filename="../app/views/connection_panel.py" line="220"/>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="215"/>
        <location filename="../app/views/connection_panel.py" line="221"/>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="216"/>
        <source>Do not verify the server (insecure)</source>
        <translation>No verificar el servidor (inseguro)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="294"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="295"/>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="85"/>
        <source>%1 cancelled.</source>
        <translation>%1: operación cancelada.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="112"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>El dispositivo rechazó los valores; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="144"/>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="156"/>
        <source>Log off</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="169"/>
        <source>Parameters read.</source>
        <translation>Parámetros leídos.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="171"/>
        <source>Parameter read</source>
        <translation>Lectura de parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="180"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Nada que escribir: no se ha cambiado ningún valor.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="195"/>
        <source>Verify failed for: %1</source>
        <translation>Error de verificación en: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="197"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n valor escrito y verificado.</numerusform>
            <numerusform>%n valores escritos y verificados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="200"/>
        <source>Parameter write</source>
        <translation>Escritura de parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Device information</source>
        <translation>Información del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="220"/>
        <source>The device restarted and answers again.</source>
        <translation>El dispositivo se ha reiniciado y vuelve a responder.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="222"/>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
</context>
<context>
    <name>DeviceInfoDialog</name>
    <message>
        <location filename="../app/views/device_info.py" line="63"/>
        <source>Device information</source>
        <translation>Información del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="79"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="80"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="81"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="82"/>
        <source>Firmware version</source>
        <translation>Versión de firmware</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="83"/>
        <source>Hardware ID</source>
        <translation>ID de hardware</translation>
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
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="87"/>
        <source>Access technology</source>
        <translation>Tecnología de acceso</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="88"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="89"/>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="90"/>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="101"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="103"/>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="105"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>poor</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="130"/>
        <source>RSSI: %1 dBm (%2)</source>
        <translation>RSSI: %1 dBm (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="134"/>
        <source>RSSI: not available</source>
        <translation>RSSI: no disponible</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="135"/>
        <source>Access technology: %1</source>
        <translation>Tecnología de acceso: %1</translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="30"/>
        <source>Edit values: %1</source>
        <translation>Editar valores: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="94"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n campo requiere atención.</numerusform>
            <numerusform>%n campos requieren atención.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/views/fields.py" line="344"/>
        <source>IPv4 or IPv6 address</source>
        <translation>Dirección IPv4 o IPv6</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>at most %1 hex digits</source>
        <translation>como máximo %1 dígitos hexadecimales</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 characters</source>
        <translation>como máximo %1 caracteres</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="34"/>
        <source>Firmware</source>
        <translation>Actualización de firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="42"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>For models</source>
        <translation>Para los modelos</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Replaces from version</source>
        <translation>Reemplaza a partir de la versión</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Device runs</source>
        <translation>Versión actual del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Activation state</source>
        <translation>Estado de activación</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="58"/>
        <source>Choose image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="60"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Choose firmware image</source>
        <translation>Elegir imagen de firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Imágenes (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="99"/>
        <source>Not a usable image: %1</source>
        <translation>Imagen no utilizable: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="116"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Listo: todavía no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="134"/>
        <source>last update undone: %1</source>
        <translation>última actualización revertida: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="150"/>
        <source>Transferring</source>
        <translation>Transfiriendo</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Checking and installing</source>
        <translation>Comprobando e instalando</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Activating</source>
        <translation>Activando</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Reiniciando, esperando confirmación</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="168"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 de %2 bytes, %3 B/s, quedan %4 s</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="179"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Actualizado de %1 a %2, confirmado.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="186"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Operación cancelada. Vuelva a actualizar para reanudar la transferencia donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Error: %1. Vuelva a actualizar para reanudar.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="140"/>
        <source>Open sheet…</source>
        <translation>Abrir hoja…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="144"/>
        <source>password for all (else the key store)</source>
        <translation>contraseña para todos (si no, el almacén de claves)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="145"/>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="150"/>
        <source>Concurrency: </source>
        <translation>Simultaneidad: </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="151"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="153"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="155"/>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="157"/>
        <source>Rollback…</source>
        <translation>Revertir…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Firmware rollout…</source>
        <translation>Desplegar firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="161"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Actualizar todos los dispositivos de la hoja en oleadas del 5 %, 25 % y 100 %; detener si fallan más del 2 %</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <source>Open fleet sheet</source>
        <translation>Abrir hoja de la flota</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="220"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1: %2 dispositivo(s) listo(s), %3 fila(s) no válida(s).</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="237"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>no hay contraseña para %1: escriba una arriba o guárdela en el almacén de claves</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="254"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Operación cancelada: los dispositivos ya escritos conservan sus nuevos valores; el resto queda intacto.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="280"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plan: %1 dispositivo(s) por cambiar, %2 no legible(s).</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="308"/>
        <source>Apply finished: %1.</source>
        <translation>Aplicación finalizada: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Rollback from results</source>
        <translation>Revertir a partir de los resultados</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Firmware image to roll out</source>
        <translation>Imagen de firmware que se desplegará</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Imágenes (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="401"/>
        <source>Rollout: %1.</source>
        <translation>Despliegue: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="403"/>
        <source>Rollout stopped: %1</source>
        <translation>Despliegue detenido: %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="414"/>
        <source>Changes for row %1</source>
        <translation>Cambios de la fila %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="219"/>
        <source>Import keys from %1</source>
        <translation>Importar claves de %1</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="228"/>
        <source>Import good rows</source>
        <translation>Importar las filas válidas</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="244"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="256"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>Se importarán %1 fila(s) válida(s); %2 fila(s) tienen problemas y no se importarán.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="94"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — configuración de pasarelas</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="104"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="105"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="109"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Wireless</source>
        <translation>Inalámbrico</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="156"/>
        <source>Parameter read</source>
        <translation>Lectura de parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="159"/>
        <source>Parameter write</source>
        <translation>Escritura de parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="162"/>
        <source>Device information</source>
        <translation>Información del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="165"/>
        <source>Open configuration…</source>
        <translation>Abrir configuración…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="171"/>
        <source>Save configuration…</source>
        <translation>Guardar configuración…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="177"/>
        <source>Compare with file…</source>
        <translation>Comparar con archivo…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="180"/>
        <source>Traffic monitor</source>
        <translation>Monitor de tráfico</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="184"/>
        <source>Firmware…</source>
        <translation>Actualización de firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="187"/>
        <location filename="../app/views/main_window.py" line="642"/>
        <source>Restart device</source>
        <translation>Reiniciar dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="190"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="192"/>
        <source>Change communication password…</source>
        <translation>Cambiar contraseña de comunicación…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="193"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="194"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>About gwterm</source>
        <translation>Acerca de gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="195"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>&amp;Admin</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="218"/>
        <source>&amp;Operation</source>
        <translation>&amp;Operación</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="224"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="226"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="242"/>
        <source>Main</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="258"/>
        <source>Edit values</source>
        <translation>Editar valores</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="263"/>
        <source>Search all parameters</source>
        <translation>Buscar en todos los parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Parameter group:</source>
        <translation>Grupo de parámetros:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="275"/>
        <source>Revert group</source>
        <translation>Deshacer cambios del grupo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="278"/>
        <source>Revert all</source>
        <translation>Deshacer todo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Reveal edited secrets</source>
        <translation>Mostrar secretos editados</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="311"/>
        <location filename="../app/views/main_window.py" line="686"/>
        <source>Read device log</source>
        <translation>Leer registro del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="323"/>
        <location filename="../app/views/main_window.py" line="412"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="422"/>
        <source>%1 · serial %2</source>
        <translation>%1 · n.º de serie %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="435"/>
        <source>Edited groups: %1</source>
        <translation>Grupos editados: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="438"/>
        <source>Edited groups: none</source>
        <translation>Grupos editados: ninguno</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="462"/>
        <location filename="../app/views/main_window.py" line="675"/>
        <location filename="../app/views/main_window.py" line="718"/>
        <source>Connect to a device first</source>
        <translation>Conéctese primero a un dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="463"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Espere a que termine la operación en curso o cancélela</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="489"/>
        <source>Nothing changed: edit values first</source>
        <translation>No hay cambios: edite primero algún valor</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="491"/>
        <source>Nothing is running</source>
        <translation>No hay ninguna operación en curso</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="582"/>
        <source>The password was not stored: %1</source>
        <translation>La contraseña no se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="644"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>¿Reiniciar el dispositivo ahora? La conexión se interrumpe y se restablece cuando el dispositivo vuelve a responder.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="654"/>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Change communication password</source>
        <translation>Cambiar contraseña de comunicación</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="666"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Las contraseñas no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="669"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>La nueva contraseña está preparada: use «Escritura de parámetros» para enviarla.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <source>Open configuration</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Configuración (*.cfg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="726"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>El archivo contiene valores no válidos; no se ha cargado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="742"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>%1 cargado: %2 valor(es) difieren del dispositivo.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Save configuration</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Configuration (*.cfg)</source>
        <translation>Configuración (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="769"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Compare with file</source>
        <translation>Comparar con archivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="787"/>
        <source>Compare with %1</source>
        <translation>Comparación con %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="794"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <source>(secret)</source>
        <translation>(secreto)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="803"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n diferencia.</numerusform>
            <numerusform>%n diferencias.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="806"/>
        <source>Load file values as edits</source>
        <translation>Cargar los valores del archivo como cambios</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="844"/>
        <source>gwterm %1
Configure smart-metering gateways, and be one.
MIT licence.</source>
        <translation>gwterm %1
Configure pasarelas de telemedida inteligente, y sea una de ellas.
Licencia MIT.</translation>
    </message>
</context>
<context>
    <name>MbusTab</name>
    <message>
        <location filename="../app/views/mbus_tab.py" line="56"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>El bus: un puerto serie con un convertidor de nivel M-Bus, o tcp://host:port (M-Bus transparente)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="66"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 según la norma; 8N1 para algunos cabezales ópticos</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="67"/>
        <source>Converter echoes</source>
        <translation>Eco del convertidor</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>Wake-up preamble</source>
        <translation>Preámbulo de activación</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Scan primary</source>
        <translation>Escanear direcciones primarias</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="72"/>
        <source>Scan secondary</source>
        <translation>Escanear direcciones secundarias</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="82"/>
        <source>Bus:</source>
        <translation>Bus:</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Baud</source>
        <translation>Baudios</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="97"/>
        <source>Primary</source>
        <translation>Dirección primaria</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="98"/>
        <source>Secondary address</source>
        <translation>Dirección secundaria</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Id</source>
        <translation>N.º de identificación</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="109"/>
        <source>Read selected meter</source>
        <translation>Leer el contador seleccionado</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="116"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="117"/>
        <source>Storage</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Subunit</source>
        <translation>Subunidad</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="127"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="183"/>
        <source>Cancelled.</source>
        <translation>Operación cancelada.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Failed.</source>
        <translation>La operación ha fallado.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="211"/>
        <source>Probing %1 …</source>
        <translation>Sondeando %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="221"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>%n contador encontrado.</numerusform>
            <numerusform>%n contadores encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%1 bus transactions.</source>
        <translation>Transacciones en el bus: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="245"/>
        <source>Select a meter first.</source>
        <translation>Seleccione primero un contador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="266"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n registro en %1 telegrama(s).</numerusform>
            <numerusform>%n registros en %1 telegrama(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>CSV (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="24"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="28"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ParamTableModel</name>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter description</source>
        <translation>Descripción del parámetro</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter value</source>
        <translation>Valor del parámetro</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="67"/>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/param_model.py" line="78"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../app/views/fields.py" line="118"/>
        <location filename="../app/views/fields.py" line="146"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="120"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="124"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="125"/>
        <source>Remove this secret from the device</source>
        <translation>Eliminar este secreto del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="140"/>
        <source>will be cleared</source>
        <translation>se borrará</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="153"/>
        <source>the communication password cannot be empty</source>
        <translation>la contraseña de comunicación no puede estar vacía</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="41"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Cifrar las sesiones de forma predeterminada (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="44"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="45"/>
        <source>Answer timeout</source>
        <translation>Tiempo de espera de respuesta</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../app/views/fields.py" line="208"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="209"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="210"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="211"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="212"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="297"/>
        <source>row %1, column %2</source>
        <translation>fila %1, columna %2</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../app/views/traffic.py" line="92"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="93"/>
        <source>Dir</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="94"/>
        <source>Length</source>
        <translation>Longitud</translation>
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
        <translation>Tramas gwcp</translation>
    </message>
</context>
<context>
    <name>TrafficMonitor</name>
    <message>
        <location filename="../app/views/traffic.py" line="118"/>
        <source>Traffic monitor</source>
        <translation>Monitor de tráfico</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="132"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="134"/>
        <source>Filter (hex, text or frame name)</source>
        <translation>Filtro (hex, texto o nombre de trama)</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="136"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="138"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="140"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Save traffic</source>
        <translation>Guardar tráfico</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
</context>
<context>
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="63"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>Una URL de receptor (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) o un archivo de telegramas hexadecimales</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="70"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Import keys…</source>
        <translation>Importar claves…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="78"/>
        <source>Receiver:</source>
        <translation>Receptor:</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="87"/>
        <source>Id</source>
        <translation>N.º de identificación</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="88"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Telegrams</source>
        <translation>Telegramas</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>Last seen</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="105"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="106"/>
        <source>Storage</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>%1 telegrama(s) de %2 contador(es).</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Import wM-Bus keys</source>
        <translation>Importar claves wM-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store</source>
        <translation>Almacén de claves</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store master password:</source>
        <translation>Contraseña maestra del almacén de claves:</translation>
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
        <translation>Ajustes del punto de acceso (APN) para la conexión de datos móviles.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>APN name</source>
        <translation>Nombre del APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Nombre del servidor APN facilitado por el operador móvil.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>APN username</source>
        <translation>Usuario del APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Nombre de usuario del APN, si el operador móvil lo exige.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="54"/>
        <source>APN password</source>
        <translation>Contraseña del APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="55"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Contraseña del APN, si el operador móvil la exige.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="56"/>
        <source>PDP connection delay</source>
        <translation>Retardo de conexión PDP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="57"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Retardo antes de establecer la conexión de datos (PDP), que deja tiempo para acceder al módem mediante una llamada CSD tras una configuración errónea.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>Puertos TCP para la lectura de contadores, la configuración del módem y la descarga de firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>Utility communication port (primary)</source>
        <translation>Puerto de comunicación de la distribuidora (primario)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Puerto de lectura transparente (IEC) de contadores con mayor prioridad, que también sirve para configuración y actualizaciones de firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Customer communication port (secondary)</source>
        <translation>Puerto de comunicación del cliente (secundario)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="63"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Puerto de menor prioridad para comunicación con el contador, configuración y actualizaciones de firmware; debe ser distinto del puerto primario (0 lo desactiva).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="64"/>
        <source>Configuration and firmware download port</source>
        <translation>Puerto de configuración y descarga de firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="65"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>Puerto TCP para la parametrización remota y la actualización de firmware del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>Mobile network</source>
        <translation>Red móvil</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>PIN de la SIM, tecnología de acceso y selección del operador móvil.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>SIM PIN</source>
        <translation>PIN de la SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>Código PIN de la tarjeta SIM insertada; déjelo vacío si la SIM no tiene PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>Frequency band / access technology</source>
        <translation>Banda de frecuencia / tecnología de acceso</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Tecnología de acceso móvil que se usará, p. ej. solo 4G o LTE con respaldo 2G (las llamadas CSD requieren una tecnología que use la red 2G).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>4G (LTE) only</source>
        <translation>Solo 4G (LTE)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE con respaldo 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE con respaldo 3G/2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>LTE Cat.M1 only</source>
        <translation>Solo LTE Cat.M1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>Solo LTE Cat.NB-IoT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT con respaldo 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>2G only</source>
        <translation>Solo 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Operator selection</source>
        <translation>Selección de operador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Indica si el operador de red móvil se selecciona automáticamente o se usa un operador determinado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>Manual</source>
        <translation>Selección manual</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Operador de red móvil (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Código del operador de red móvil fijo (p. ej. 21601) que se usa cuando la selección de operador es manual.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Ajustes del puerto serie transparente del contador y opciones TLS del modo transparente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>Multi utility mode</source>
        <translation>Modo multisuministro</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Modo de funcionamiento del puerto del contador; el modo transparente es el ajuste básico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Transparent mode</source>
        <translation>Modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Meter port baud rate</source>
        <translation>Velocidad del puerto del contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Velocidad en baudios del puerto serie del contador, de 300 a 115200 (el estándar es 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>600 baud</source>
        <translation>600 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>1200 baud</source>
        <translation>1200 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>4800 baud</source>
        <translation>4800 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>19200 baud</source>
        <translation>19200 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>38400 baud</source>
        <translation>38400 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>57600 baud</source>
        <translation>57600 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>115200 baud</source>
        <translation>115200 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Data format for meters</source>
        <translation>Formato de datos para contadores</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Formato de datos serie hacia el contador; Auto (firmware 5.3.4.1 o posterior) cambia a 7E1 para el tráfico IEC y usa 8N1 en los demás casos.</translation>
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
        <translation>Auto (detección IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Fixed 8N1 at meter</source>
        <translation>8N1 fijo en el contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</source>
        <translation>Fuerza el formato de datos fijo 8N1 en el puerto del contador (casilla de los ajustes del contador).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Transparent mode TLS enable</source>
        <translation>Activar TLS en modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Activa la protección TLS del canal de comunicación transparente con el contador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Transparent mode certificate bank</source>
        <translation>Banco de certificados del modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Selecciona el banco de certificados que usa la conexión TLS del modo transparente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Transparent CA certificate bank</source>
        <translation>Banco de certificados de CA del modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Selecciona el banco de certificados de CA que usa la conexión TLS del modo transparente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>Transparent mode certificate verification</source>
        <translation>Verificación de certificados en modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Activa la verificación del certificado del otro extremo en la conexión TLS del modo transparente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>RS485 meter interface</source>
        <translation>Interfaz de contador RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>Modo de cableado RS485 y comportamiento de la línea DCD del puerto del contador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>RS485 mode</source>
        <translation>Modo RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>Cableado RS485 del puerto del contador; se recomienda «Desactivar» en las versiones que solo tienen cable RS232.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>2-wire (half duplex)</source>
        <translation>2 hilos (semidúplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>4-wire (full duplex)</source>
        <translation>4 hilos (dúplex completo)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Señal de control de dirección de datos presentada al contador en el puerto RS232 (p. ej. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Fix 0</source>
        <translation>Fijo 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Fix 1</source>
        <translation>Fijo 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Inverted</source>
        <translation>Invertido</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Watchdog</source>
        <translation>Supervisión de la conexión</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Ping periódico y reconexión automática a la red móvil.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>Ping IP address</source>
        <translation>Dirección IP de ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>Dirección IP a la que se hace ping periódicamente para mantener activa la conexión de datos (0.0.0.0 desactiva el ping).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Number of ping retries</source>
        <translation>Número de reintentos de ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Número de pings sin respuesta tras el cual se restablece la conexión de datos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Ping wait time (for reply)</source>
        <translation>Tiempo de espera del ping (respuesta)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Tiempo de espera de la respuesta al ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>Wait time (for next ping)</source>
        <translation>Tiempo de espera (hasta el siguiente ping)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Tiempo de espera antes de enviar el siguiente ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>GPRS connection closed and restored after</source>
        <translation>Conexión GPRS cerrada y restablecida tras</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Tiempo tras el cual una conexión de datos caída o que no responde se cierra y se restablece; no lo ajuste nunca por debajo de la recomendación de su operador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Standard Meter Interface</source>
        <translation>Interfaz de contador estándar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Function assigned to each status LED.</source>
        <translation>Función asignada a cada LED de estado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>LED1 function</source>
        <translation>Función del LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>Estado indicado por el LED1 (azul, centro).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Not used</source>
        <translation>Sin uso</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>GSM / GPRS status</source>
        <translation>Estado GSM / GPRS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>SIM status</source>
        <translation>Estado de la SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>E-meter status</source>
        <translation>Estado del contador eléctrico</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Firmware status</source>
        <translation>Estado del firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Network status and access technology</source>
        <translation>Estado de la red y tecnología de acceso</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Meter status with IEC polling</source>
        <translation>Estado del contador con sondeo IEC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>AMM (IEC) client state</source>
        <translation>Estado del cliente AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>LED2 function</source>
        <translation>Función del LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>Estado indicado por el LED2 (rojo, abajo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>LED3 function</source>
        <translation>Función del LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>Estado indicado por el LED3 (verde, arriba).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>Notificación LastGasp por SMS en caso de corte de alimentación.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>LastGasp SMS</source>
        <translation>SMS LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Envía los SMS POWER LOST y POWER RETURN al perder y al recuperar la alimentación.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>LastGasp phone number</source>
        <translation>Número de teléfono LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Número de teléfono al que se envían los SMS LastGasp.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>Device Manager</source>
        <translation>Conexión con Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>Ajustes TLS de la conexión con Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Device Manager TLS enable</source>
        <translation>Activar TLS para Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Activa TLS en la conexión con Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Device Manager certificate bank</source>
        <translation>Banco de certificados de Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Selecciona el banco de certificados que se usa en la conexión TLS con Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>Device Manager CA certificate bank</source>
        <translation>Banco de certificados de CA de Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Selecciona el banco de certificados de CA que se usa en la conexión TLS con Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Device Manager certificate verification</source>
        <translation>Verificación de certificados de Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Activa la verificación del certificado del servidor de Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
        <source>Communication password and CSD/SMS configuration password.</source>
        <translation>Contraseña de comunicación y contraseña de configuración CSD/SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="46"/>
        <source>Communication password</source>
        <translation>Contraseña de comunicación</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="6"/>
        <source>General</source>
        <translation>Ajustes generales</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="7"/>
        <source>Name and readout cycle of the gateway.</source>
        <translation>Nombre y ciclo de lectura de la pasarela.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="8"/>
        <source>Gateway name</source>
        <translation>Nombre de la pasarela</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="9"/>
        <source>A name shown in discovery, reports and the tool.</source>
        <translation>Nombre que se muestra en la detección, en los informes y en la herramienta.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="10"/>
        <source>Readout cycle</source>
        <translation>Ciclo de lectura</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="11"/>
        <source>When meters are read: five-field cron, or a preset such as @every 10s, @hourly, @daily.</source>
        <translation>Cuándo se leen los contadores: expresión cron de cinco campos o un valor predefinido como @every 10s, @hourly, @daily.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="13"/>
        <source>The wired M-Bus meters read by this gateway.</source>
        <translation>Los contadores M-Bus cableados que lee esta pasarela.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="15"/>
        <source>Speed of the wired M-Bus.</source>
        <translation>Velocidad del M-Bus cableado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="20"/>
        <source>Wired meters to read on each readout cycle, by primary or secondary address.</source>
        <translation>Contadores cableados que se leen en cada ciclo de lectura, por dirección primaria o secundaria.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="22"/>
        <source>Primary or secondary address</source>
        <translation>Dirección primaria o secundaria</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="25"/>
        <source>Wireless M-Bus</source>
        <translation>M-Bus inalámbrico</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="26"/>
        <source>The wireless receiver and the wireless meters kept by this gateway.</source>
        <translation>El receptor inalámbrico y los contadores inalámbricos que gestiona esta pasarela.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="27"/>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="28"/>
        <source>Where telegrams come from: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, or empty for none.</source>
        <translation>Origen de los telegramas: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, o vacío si no hay receptor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="29"/>
        <source>Link mode</source>
        <translation>Modo de enlace</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="30"/>
        <source>The receiver&apos;s wireless M-Bus mode.</source>
        <translation>Modo M-Bus inalámbrico del receptor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="31"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="32"/>
        <source>C1 (frame A)</source>
        <translation>C1 (trama A)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="33"/>
        <source>C1 (frame B)</source>
        <translation>C1 (trama B)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="34"/>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="35"/>
        <source>Listen mode</source>
        <translation>Modo escucha</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="36"/>
        <source>Also show meters that are not on the list (their values are not kept).</source>
        <translation>Mostrar también los contadores que no están en la lista (sus valores no se guardan).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="37"/>
        <source>Wireless meters</source>
        <translation>Contadores inalámbricos</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="38"/>
        <source>Meters whose telegrams are decrypted and kept; the keys come from the gateway&apos;s key store.</source>
        <translation>Contadores cuyos telegramas se descifran y se guardan; las claves proceden del almacén de claves de la pasarela.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="39"/>
        <source>Meter id</source>
        <translation>ID del contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="41"/>
        <source>Minimum interval</source>
        <translation>Intervalo mínimo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="42"/>
        <source>Meter keys</source>
        <translation>Claves de los contadores</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="43"/>
        <source>AES-128 keys of the wireless meters as id=key pairs separated by semicolons; written, never read back.</source>
        <translation>Claves AES-128 de los contadores inalámbricos como pares id=clave separados por punto y coma; se escriben, nunca se leen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="45"/>
        <source>Access to the gateway.</source>
        <translation>Acceso a la pasarela.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="47"/>
        <source>Password for the configuration protocol (gwcp); never read back.</source>
        <translation>Contraseña del protocolo de configuración (gwcp); nunca se lee.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="177"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Contraseña que exigen los firmwares recientes para configurar el módem (solicite la predeterminada al fabricante).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>CSD password</source>
        <translation>Contraseña CSD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Contraseña que protege el acceso CSD y los comandos SMS (pw=); vacía significa sin contraseña.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Puerto de lectura transparente (IEC) de contadores</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>Puerto TCP para la comunicación transparente con el contador eléctrico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>Puerto TCP que usa WM-E Term para la configuración remota y la actualización de firmware del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Tecnología de acceso móvil que se usará, p. ej. solo 4G o LTE con respaldo 2G.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>3G only</source>
        <translation>Solo 3G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Ajustes del puerto serie RS232 transparente del contador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Modo de funcionamiento del puerto del contador; el modo transparente es el predeterminado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Velocidad en baudios del puerto serie del contador (9600 de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Serial data format towards the meter.</source>
        <translation>Formato de datos serie hacia el contador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Formato de datos 8N1 fijo en el contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>Forces the fixed 8N1 data format on the meter port (enabled by default).</source>
        <translation>Fuerza el formato de datos fijo 8N1 en el puerto del contador (activado de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Función asignada a cada uno de los seis LED de estado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>Estado indicado por el LED1 (el de la izquierda).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>E-meter communication</source>
        <translation>Comunicación con el contador eléctrico</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>M-Bus status</source>
        <translation>Estado M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>Status shown by LED2.</source>
        <translation>Estado indicado por el LED2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>Status shown by LED3.</source>
        <translation>Estado indicado por el LED3.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>LED4 function</source>
        <translation>Función del LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Status shown by LED4.</source>
        <translation>Estado indicado por el LED4.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>LED5 function</source>
        <translation>Función del LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>Estado indicado por el LED5 (sin uso de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>LED6 function</source>
        <translation>Función del LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>Estado indicado por el LED6 (el de la derecha).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Envía una notificación por SMS en caso de corte de alimentación; según el manual, aún no está implementado en el firmware 2.68.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Número de teléfono al que se envía la notificación LastGasp por SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Ajustes del servidor DLMS, del cliente de contador y de push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Start DLMS session during boot</source>
        <translation>Iniciar sesión DLMS durante el arranque</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Inicia una sesión DLMS durante el arranque del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>DLMS AMM IP address</source>
        <translation>Dirección IP de AMM DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>Dirección IP del host AMM DLMS (0.0.0.0 si no se usa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>DLMS server port</source>
        <translation>Puerto del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>Puerto TCP del servidor DLMS (0 si no se usa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Max. time without DLMS communication</source>
        <translation>Tiempo máx. sin comunicación DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Tiempo máximo permitido sin comunicación DLMS antes de cerrar la sesión.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="215"/>
        <source>DLMS password</source>
        <translation>Contraseña DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="216"/>
        <source>General DLMS password of the modem.</source>
        <translation>Contraseña DLMS general del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Métodos de autenticación DLMS/COSEM posibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Lista separada por comas de los ID de mecanismos de autenticación DLMS/COSEM aceptados.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Disconnect relay control</source>
        <translation>Control del relé de corte</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Modo de control del relé de corte.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Billing register visibility</source>
        <translation>Visibilidad de los registros de facturación</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Indica si los registros 1-0:1.8.0*255 y 1-0:2.8.0*255 son visibles en los perfiles de valores de facturación diarios y mensuales (0-0:98.1.0*255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>Registers are not visible</source>
        <translation>Registros no visibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Registers are visible</source>
        <translation>Registros visibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>DLMS server logical address</source>
        <translation>Dirección lógica del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Dirección lógica del servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>DLMS server physical address</source>
        <translation>Dirección física del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Dirección física del servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>DLMS server client address</source>
        <translation>Dirección de cliente del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Dirección de cliente que acepta el servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>DLMS server authentication</source>
        <translation>Autenticación del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Modo de autenticación del servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>NONE</source>
        <translation>NINGUNA</translation>
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
        <translation>Contraseña del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Contraseña de autenticación del servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>DLMS client logical address</source>
        <translation>Dirección lógica del cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Dirección lógica del contador eléctrico que sondea el cliente DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>DLMS client physical address</source>
        <translation>Dirección física del cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Dirección física del contador eléctrico que sondea el cliente DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>DLMS client address</source>
        <translation>Dirección de cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Dirección de cliente que usa el módem al leer el contador eléctrico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>DLMS client authentication</source>
        <translation>Autenticación del cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Modo de autenticación que se usa al leer el contador eléctrico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>DLMS client password</source>
        <translation>Contraseña del cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Contraseña que se usa al leer el contador eléctrico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Object list</source>
        <translation>Lista de objetos</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Objetos del contador sondeados, como OBIS:atributo separados por comas; si está vacía, se sondean 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 y 1.1.97.97.3.255:2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>DLMS push logical address</source>
        <translation>Dirección lógica de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Dirección lógica que se usa en los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>DLMS push physical address</source>
        <translation>Dirección física de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Dirección física que se usa en los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>DLMS push client address</source>
        <translation>Dirección de cliente de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Dirección de cliente que se usa en los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="259"/>
        <source>DLMS push authentication</source>
        <translation>Autenticación de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="260"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Modo de autenticación que se usa para los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="261"/>
        <source>DLMS push password</source>
        <translation>Contraseña de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="262"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Contraseña que se usa para los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="263"/>
        <source>Push base logical name</source>
        <translation>Nombre lógico base del push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="264"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Nombre lógico base (código OBIS) del objeto push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="265"/>
        <source>DLMS push IP address</source>
        <translation>Dirección IP de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="266"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>Dirección IPv4 de destino de los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>DLMS push port</source>
        <translation>Puerto de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>Puerto TCP de destino de los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Ajustes de lectura de contadores M-Bus cableados y tabla de contadores.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Número máximo de contadores M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Número máximo de contadores M-Bus que gestiona el módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Duración del modo de instalación M-Bus cableado</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Duración del modo de instalación del M-Bus cableado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Readout time</source>
        <translation>Periodo de lectura</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Periodo de lectura de los contadores M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Upload time</source>
        <translation>Periodo de envío</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Periodo de envío de los datos M-Bus (los objetos mensuales se tratan aparte).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>File encryption type</source>
        <translation>Tipo de cifrado del archivo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Tipo de cifrado (nombre de archivo) del archivo de datos M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>Number of monthly objects</source>
        <translation>Número de objetos mensuales</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Número de objetos M-Bus mensuales almacenados.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>Inactivity timeout</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Tiempo sin datos de un contador M-Bus tras el cual el contador se considera inactivo.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>Velocidad M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Velocidad de transmisión de la línea M-Bus (2400 de forma predeterminada; son posibles velocidades mayores).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Activate address</source>
        <translation>Dirección de activación</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>ID con formato de dirección que abre el canal M-Bus para una conexión óptica HHU.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>HHU inactivity timeout</source>
        <translation>Tiempo de inactividad HHU</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>La conexión M-Bus HHU se cierra tras este tiempo de inactividad.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>Contadores M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Contadores M-Bus conectados, identificados por dirección primaria o secundaria, con el campo que se debe leer y su correspondencia DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Warm water</source>
        <translation>Agua templada</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>Hot water</source>
        <translation>Agua caliente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Cold water</source>
        <translation>Agua fría</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Cooling</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Electricity</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Scale unit</source>
        <translation>Unidad de escala</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>Registro OBIS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Read interval</source>
        <translation>Intervalo de lectura</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Load profile object</source>
        <translation>Objeto de curva de carga</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>Dirección M-Bus (primaria o secundaria)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Required field number(s)</source>
        <translation>Número(s) de campo requerido(s)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Nombre del contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>Secondary transparent</source>
        <translation>Canal transparente secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Puerto transparente secundario para la lectura DLMS de las mediciones M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>Secondary transparent port</source>
        <translation>Puerto transparente secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>Puerto TCP para la lectura DLMS de los últimos datos leídos de los contadores M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Secondary transparent baud rate</source>
        <translation>Velocidad del transparente secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Velocidad en baudios del canal transparente secundario.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>Secondary transparent data format</source>
        <translation>Formato de datos del transparente secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Formato de datos serie del canal transparente secundario.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Start transmission (TX) delay</source>
        <translation>Retardo de inicio de transmisión (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Retardo antes de iniciar una transmisión en el canal transparente secundario.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Communication password of the modem.</source>
        <translation>Contraseña de comunicación del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Contraseña que usa la herramienta de configuración para comunicarse con el módem.</translation>
    </message>
</context>
</TS>
