<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="49"/>
        <location filename="../app/views/at_terminal.py" line="114"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="51"/>
        <source>Modem</source>
        <translation>Módem</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="61"/>
        <source>AT command, Enter sends (Up/Down: history)</source>
        <translation>Comando AT, Intro lo envía (Arriba/Abajo: historial)</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="84"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Indique el puerto del módem, p. ej. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="87"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="91"/>
        <source>Cannot open the modem: %1</source>
        <translation>No se puede abrir el módem: %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="95"/>
        <source>Open: %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="96"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="135"/>
        <source>The modem&apos;s port closed.</source>
        <translation>El puerto del módem se ha cerrado.</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="168"/>
        <source>(type the message text, Enter sends it)</source>
        <translation>(escriba el texto del mensaje, Intro lo envía)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="175"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="178"/>
        <source>Filter (user, action, device, key)</source>
        <translation>Filtro (usuario, acción, dispositivo, parámetro)</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="181"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="195"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="200"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="201"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="202"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="203"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="204"/>
        <source>Keys</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="205"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="206"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>Export audit log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>CSV (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AxdrHexInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="267"/>
        <source>The tagged A-XDR value as hex, e.g. 02 02 0F FD 16 1E</source>
        <translation>El valor A-XDR con su tag, en hexadecimal, p. ej. 02 02 0F FD 16 1E</translation>
    </message>
</context>
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
</context>
<context>
    <name>BooleanInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="145"/>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="150"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="151"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Perfiles de conexión guardados; escriba un nombre nuevo para guardar uno nuevo</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="154"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="155"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Guardar estos ajustes con el nombre del perfil (nunca la contraseña)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="158"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="168"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Serie (RS-232 / USB)</translation>
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
        <translation>CSD (llamada de datos GSM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="172"/>
        <source>SMS commands</source>
        <translation>Comandos SMS</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="185"/>
        <source>Connection type</source>
        <translation>Tipo de conexión</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="194"/>
        <source>communication password</source>
        <translation>contraseña de comunicación</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="197"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="207"/>
        <source>Remember in the key store</source>
        <translation>Recordar en el almacén de claves</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="209"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Se guarda cifrada con la contraseña maestra del almacén de claves, nunca en los ajustes sin cifrar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="211"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Cifrar la sesión (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="212"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="223"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="226"/>
        <source>Log off</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="254"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="264"/>
        <location filename="../app/views/connection_panel.py" line="280"/>
        <location filename="../app/views/connection_panel.py" line="295"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="265"/>
        <source>Baud rate</source>
        <translation>Velocidad (baudios)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="266"/>
        <source>Data format</source>
        <translation>Formato de datos</translation>
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
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="291"/>
        <location filename="../app/views/connection_panel.py" line="297"/>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <location filename="../app/views/connection_panel.py" line="298"/>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Do not verify the server (insecure)</source>
        <translation>No verificar el servidor (inseguro)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="374"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="375"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="376"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="377"/>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="168"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="169"/>
        <source>The PC&apos;s current time</source>
        <translation>La hora actual del PC</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="194"/>
        <source>Local time of this PC; the device gets it with the PC&apos;s UTC deviation</source>
        <translation>Hora local de este PC; el dispositivo la recibe con la desviación UTC del PC</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="86"/>
        <location filename="../app/views/controller.py" line="112"/>
        <source>%1 cancelled.</source>
        <translation>%1: operación cancelada.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="122"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>El dispositivo rechazó los valores; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="154"/>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="166"/>
        <source>Log off</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="179"/>
        <source>Parameters read.</source>
        <translation>Parámetros leídos.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="181"/>
        <source>Parameter read</source>
        <translation>Lectura de parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="190"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Nada que escribir: no se ha cambiado ningún valor.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Verify failed for: %1</source>
        <translation>Error de verificación en: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="212"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n valor escrito y verificado.</numerusform>
            <numerusform>%n valores escritos y verificados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="215"/>
        <source>Parameter write</source>
        <translation>Escritura de parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="243"/>
        <source>Device information</source>
        <translation>Información del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="251"/>
        <source>A restart by SMS is not offered here.</source>
        <translation>Aquí no se ofrece el reinicio por SMS.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="255"/>
        <source>The device restarted and answers again.</source>
        <translation>El dispositivo se ha reiniciado y vuelve a responder.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="257"/>
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
    <name>DlmsTab</name>
    <message>
        <location filename="../app/views/dlms_tab.py" line="112"/>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="130"/>
        <source>tcp://host[:4059] (IEC 62056-47 wrapper), serial:///dev/ttyUSB0 (HDLC), or tcp://host:port?link=hdlc for HDLC through a transparent port</source>
        <translation>tcp://host[:4059] (wrapper IEC 62056-47), serial:///dev/ttyUSB0 (HDLC), o tcp://host:port?link=hdlc para HDLC a través de un puerto transparente</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="142"/>
        <source>Client address (SAP): 0x10 public client without password, 0x20 meter reader with password</source>
        <translation>Dirección de cliente (SAP): 0x10 cliente público sin contraseña, 0x20 meter reader (lectura) con contraseña</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="149"/>
        <source>Server logical address (logical device; 1 = management)</source>
        <translation>Dirección lógica del servidor (dispositivo lógico; 1 = management)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="154"/>
        <source>LLS password</source>
        <translation>Contraseña LLS</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="155"/>
        <source>Low level security password; empty for the public client</source>
        <translation>Contraseña de Low Level Security; vacía para el cliente público</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="159"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="161"/>
        <source>Show or hide the password</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="167"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="170"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="183"/>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="185"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="187"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="190"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="204"/>
        <source>Filter: OBIS code or class</source>
        <translation>Filtro: código OBIS o clase</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Display form</source>
        <translation>Forma de presentación</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="214"/>
        <source>Enter or double-click reads every readable attribute</source>
        <translation>Intro o doble clic lee todos los atributos legibles</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="221"/>
        <location filename="../app/views/dlms_tab.py" line="623"/>
        <source>Select an object.</source>
        <translation>Seleccione un objeto.</translation>
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
        <translation>Atributo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="242"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="245"/>
        <source>Read all</source>
        <translation>Leer todo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="248"/>
        <source>Write…</source>
        <translation>Escribir…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="264"/>
        <source>Invoke…</source>
        <translation>Invocar…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="278"/>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="285"/>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="286"/>
        <source>Profile buffer</source>
        <translation>Búfer del perfil</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="288"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="290"/>
        <source>Save the table on the visible page as CSV</source>
        <translation>Guardar la tabla de la página visible como CSV</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="320"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="321"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="322"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="323"/>
        <source>Error</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="362"/>
        <source>Connect to a device first</source>
        <translation>Conéctese primero a un dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="364"/>
        <source>Wait for the running exchange, or Cancel it</source>
        <translation>Espere a que termine el intercambio en curso o cancélelo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="366"/>
        <source>Select an object first</source>
        <translation>Seleccione primero un objeto</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="371"/>
        <source>Read the selected attributes (all readable ones if none)</source>
        <translation>Leer los atributos seleccionados (todos los legibles si no hay ninguno)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="373"/>
        <source>Read every readable attribute</source>
        <translation>Leer todos los atributos legibles</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="378"/>
        <source>Select one attribute</source>
        <translation>Seleccione un solo atributo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="380"/>
        <source>This attribute is not writable for this client</source>
        <translation>Este atributo no es escribible para este cliente</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="382"/>
        <source>Edit and write the selected attribute</source>
        <translation>Editar y escribir el atributo seleccionado</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="386"/>
        <source>Select a method</source>
        <translation>Seleccione un método</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="388"/>
        <source>This method is not available to this client</source>
        <translation>Este método no está disponible para este cliente</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="390"/>
        <source>Invoke the selected method</source>
        <translation>Invocar el método seleccionado</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="393"/>
        <source>Select a profile generic object (class 7)</source>
        <translation>Seleccione un objeto profile generic (clase 7)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="395"/>
        <source>Read the buffer rows chosen on the left</source>
        <translation>Leer las filas del búfer elegidas a la izquierda</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="420"/>
        <source>Busy: wait for the running exchange, or Cancel it.</source>
        <translation>Ocupado: espere a que termine el intercambio en curso o cancélelo.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="430"/>
        <source>Cancelled.</source>
        <translation>Operación cancelada.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="433"/>
        <source>the exchange was cancelled</source>
        <translation>el intercambio se ha cancelado</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="448"/>
        <source>Association refused (password or client address?)</source>
        <translation>Asociación rechazada (¿contraseña o dirección de cliente?)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="450"/>
        <source>The device does not answer</source>
        <translation>El dispositivo no responde</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="452"/>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="454"/>
        <source>The device refused</source>
        <translation>El dispositivo lo ha rechazado</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="456"/>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="457"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="474"/>
        <source>Disconnected: %1. Connect again.</source>
        <translation>Desconectado: %1. Vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="490"/>
        <source>Give the device URL, e.g. tcp://192.168.1.10:4059.</source>
        <translation>Indique la URL del dispositivo, p. ej. tcp://192.168.1.10:4059.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="499"/>
        <source>Connecting to %1 …</source>
        <translation>Conectando con %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="519"/>
        <source>Associated; reading the object list …</source>
        <translation>Asociación establecida; leyendo la lista de objetos …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="525"/>
        <source>Connected to %1 (client 0x%2, %3 authentication): %n object(s).</source>
        <translation>
            <numerusform>Conectado con %1 (cliente 0x%2, autenticación %3): %n objeto.</numerusform>
            <numerusform>Conectado con %1 (cliente 0x%2, autenticación %3): %n objetos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="548"/>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="555"/>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="569"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objeto</numerusform>
            <numerusform>%n objetos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="658"/>
        <location filename="../app/views/dlms_tab.py" line="748"/>
        <source>no access</source>
        <translation>sin acceso</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="659"/>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="660"/>
        <source>write</source>
        <translation>escritura</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="661"/>
        <source>read/write</source>
        <translation>lectura/escritura</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="685"/>
        <source>scaler %1, unit %2</source>
        <translation>escala %1, unidad %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="688"/>
        <source>values shown in %1</source>
        <translation>valores mostrados en %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="720"/>
        <source>(read it on the Profile buffer page)</source>
        <translation>(léalo en la página «Búfer del perfil»)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="749"/>
        <source>access</source>
        <translation>acceso</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="750"/>
        <source>authenticated access</source>
        <translation>acceso autenticado</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="798"/>
        <source>The selected attributes are not readable for this client.</source>
        <translation>Los atributos seleccionados no son legibles para este cliente.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="835"/>
        <source>Nothing readable selected.</source>
        <translation>No se ha seleccionado nada legible.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="837"/>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="852"/>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="855"/>
        <source>Read %n attribute(s) of %1.</source>
        <translation>
            <numerusform>%n atributo de %1 leído.</numerusform>
            <numerusform>%n atributos de %1 leídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="857"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n rechazado.</numerusform>
            <numerusform>%n rechazados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="870"/>
        <source>This attribute is not writable for this client.</source>
        <translation>Este atributo no es escribible para este cliente.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="880"/>
        <source>Write %1 · %2</source>
        <translation>Escribir %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="900"/>
        <source>Writing %1 · %2 …</source>
        <translation>Escribiendo %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="904"/>
        <source>write refused: %1</source>
        <translation>escritura rechazada: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="913"/>
        <source>Wrote %1 · %2; the device reads back: %3</source>
        <translation>%1 · %2 escrito; el dispositivo devuelve al releer: %3</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="917"/>
        <source>Wrote %1 · %2.</source>
        <translation>%1 · %2 escrito.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="931"/>
        <source>This method is not available to this client.</source>
        <translation>Este método no está disponible para este cliente.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="934"/>
        <source>Invoke %1 · %2</source>
        <translation>Invocar %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="949"/>
        <source>Invoking %1 · %2 …</source>
        <translation>Invocando %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="951"/>
        <source>%1 · %2 done.</source>
        <translation>%1 · %2 completado.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="953"/>
        <source>Returned: %1</source>
        <translation>Devuelto: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="999"/>
        <source>Reading the buffer of %1 …</source>
        <translation>Leyendo el búfer de %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1008"/>
        <source>this profile captures no clock</source>
        <translation>este perfil no captura el reloj</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1015"/>
        <source>The buffer of %1 is empty.</source>
        <translation>El búfer de %1 está vacío.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1024"/>
        <source>%n row(s) of %1.</source>
        <translation>
            <numerusform>%n fila de %1.</numerusform>
            <numerusform>%n filas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1052"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1059"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n fila exportada a %1.</numerusform>
            <numerusform>%n filas exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="157"/>
        <source>Edit values: %1</source>
        <translation>Editar valores: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="190"/>
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
        <location filename="../app/views/fields.py" line="346"/>
        <source>IPv4 or IPv6 address</source>
        <translation>Dirección IPv4 o IPv6</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 hex digits</source>
        <translation>como máximo %1 dígitos hexadecimales</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="350"/>
        <source>at most %1 characters</source>
        <translation>como máximo %1 caracteres</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="35"/>
        <source>Firmware</source>
        <translation>Actualización de firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>For models</source>
        <translation>Para los modelos</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Replaces from version</source>
        <translation>Reemplaza a partir de la versión</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Device runs</source>
        <translation>Versión actual del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="52"/>
        <source>Activation state</source>
        <translation>Estado de activación</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="59"/>
        <source>Choose image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="61"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Choose firmware image</source>
        <translation>Elegir imagen de firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Imágenes (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="100"/>
        <source>Not a usable image: %1</source>
        <translation>Imagen no utilizable: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="117"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Listo: todavía no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="135"/>
        <source>last update undone: %1</source>
        <translation>última actualización revertida: %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Transferring</source>
        <translation>Transfiriendo</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Checking and installing</source>
        <translation>Comprobando e instalando</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Activating</source>
        <translation>Activando</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Reiniciando, esperando confirmación</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="155"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="169"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 de %2 bytes, %3 B/s, quedan %4 s</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="183"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Actualizado de %1 a %2, confirmado.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Operación cancelada. Vuelva a actualizar para reanudar la transferencia donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="195"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Error: %1. Vuelva a actualizar para reanudar.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Open sheet…</source>
        <translation>Abrir hoja…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="163"/>
        <source>password for all (else the key store)</source>
        <translation>contraseña para todos (si no, el almacén de claves)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="164"/>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="169"/>
        <source>Concurrency: </source>
        <translation>Simultaneidad: </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="170"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="172"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="174"/>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="176"/>
        <source>Rollback…</source>
        <translation>Revertir…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="178"/>
        <source>Firmware rollout…</source>
        <translation>Desplegar firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="180"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Actualizar todos los dispositivos de la hoja en oleadas del 5 %, 25 % y 100 %; detener si fallan más del 2 %</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <source>Open fleet sheet</source>
        <translation>Abrir hoja de la flota</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="239"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1: %2 dispositivo(s) listo(s), %3 fila(s) no válida(s).</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="256"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>no hay contraseña para %1: escriba una arriba o guárdela en el almacén de claves</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="273"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Operación cancelada: los dispositivos ya escritos conservan sus nuevos valores; el resto queda intacto.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="299"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plan: %1 dispositivo(s) por cambiar, %2 no legible(s).</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="328"/>
        <source>Apply finished: %1.</source>
        <translation>Aplicación finalizada: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Rollback from results</source>
        <translation>Revertir a partir de los resultados</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Firmware image to roll out</source>
        <translation>Imagen de firmware que se desplegará</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Imágenes (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="423"/>
        <source>Rollout: %1.</source>
        <translation>Despliegue: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="425"/>
        <source>Rollout stopped: %1</source>
        <translation>Despliegue detenido: %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="436"/>
        <source>Changes for row %1</source>
        <translation>Cambios de la fila %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="104"/>
        <source>%1 is also the %2; they must differ</source>
        <translation>%1 también es el %2; deben ser distintos</translation>
    </message>
</context>
<context>
    <name>GsmFields</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="75"/>
        <source>The serial port of the local GSM modem</source>
        <translation>El puerto serie del módem GSM local</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="85"/>
        <source>The phone number of the gateway&apos;s SIM card</source>
        <translation>El número de teléfono de la tarjeta SIM de la pasarela</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="86"/>
        <source>Modem port</source>
        <translation>Puerto del módem</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Modem speed</source>
        <translation>Velocidad del módem</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="88"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="91"/>
        <source>WM-E (pw=….cmd=…)</source>
        <translation>WM-E (comandos pw=….cmd=…)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="92"/>
        <source>2N MeterCom (MCP …)</source>
        <translation>MeterCom 2N (comandos MCP …)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="94"/>
        <source>Command dialect</source>
        <translation>Dialecto de comandos</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="95"/>
        <source>The password is the device&apos;s SMS (CSD) password.</source>
        <translation>La contraseña es la contraseña SMS (CSD) del dispositivo.</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="98"/>
        <source>With a CSD password set, it is the password to give.</source>
        <translation>Si hay una contraseña CSD definida, es la que debe indicarse.</translation>
    </message>
</context>
<context>
    <name>IecReadoutWindow</name>
    <message>
        <location filename="../app/views/iec_readout.py" line="50"/>
        <source>IEC 62056-21 meter readout</source>
        <translation>Lectura de contador IEC 62056-21</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="59"/>
        <source>An optical head on a serial port (300 Bd 7E1 unless given), or a modem&apos;s transparent port</source>
        <translation>Un cabezal óptico en un puerto serie (300 Bd 7E1 si no se indica otra cosa) o el puerto transparente de un módem</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="65"/>
        <source>Mode %1</source>
        <translation>Modo %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="69"/>
        <source>none (any meter on the line)</source>
        <translation>ninguna (cualquier contador de la línea)</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="71"/>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="72"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="73"/>
        <source>Device address</source>
        <translation>Dirección del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="74"/>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="77"/>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="79"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="86"/>
        <source>Not read yet</source>
        <translation>Aún no leído</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="114"/>
        <source>Give the meter&apos;s port, e.g. serial:///dev/ttyUSB0</source>
        <translation>Indique el puerto del contador, p. ej. serial:///dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="121"/>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="129"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="132"/>
        <source>Readout failed: %1</source>
        <translation>Error de lectura: %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="153"/>
        <source>As the meter sent it: %1</source>
        <translation>Tal como lo envió el contador: %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>check OK</source>
        <translation>comprobación OK</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>CHECK FAILED</source>
        <translation>COMPROBACIÓN FALLIDA</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="160"/>
        <source>%1 · mode %2 · %3 Bd · %4 values · %5</source>
        <translation>%1 · modo %2 · %3 Bd · %4 valores · %5</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="185"/>
        <source>Export readout</source>
        <translation>Exportar lectura</translation>
    </message>
</context>
<context>
    <name>IntegerInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="136"/>
        <source>Whole number from %1 to %2</source>
        <translation>Número entero de %1 a %2</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="225"/>
        <source>Import keys from %1</source>
        <translation>Importar claves de %1</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="234"/>
        <source>Import good rows</source>
        <translation>Importar las filas válidas</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="263"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>Se importarán %1 fila(s) válida(s); %2 fila(s) tienen problemas y no se importarán.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="39"/>
        <source>gwterm login</source>
        <translation>Inicio de sesión en gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="48"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="49"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="102"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — configuración de pasarelas</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="112"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="121"/>
        <source>Wireless</source>
        <translation>Inalámbrico</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="125"/>
        <source>DLMS</source>
        <translation>DLMS</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="130"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="132"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="137"/>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="176"/>
        <source>Parameter read</source>
        <translation>Lectura de parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="179"/>
        <source>Parameter write</source>
        <translation>Escritura de parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="182"/>
        <source>Device information</source>
        <translation>Información del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="185"/>
        <source>Open configuration…</source>
        <translation>Abrir configuración…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="191"/>
        <source>Save configuration…</source>
        <translation>Guardar configuración…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="197"/>
        <source>Compare with file…</source>
        <translation>Comparar con archivo…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="200"/>
        <source>Traffic monitor</source>
        <translation>Monitor de tráfico</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="204"/>
        <source>Firmware…</source>
        <translation>Actualización de firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="207"/>
        <location filename="../app/views/main_window.py" line="765"/>
        <source>Restart device</source>
        <translation>Reiniciar dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Change communication password…</source>
        <translation>Cambiar contraseña de comunicación…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="213"/>
        <source>Users…</source>
        <translation>Usuarios…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="214"/>
        <source>Audit log…</source>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>SMS console…</source>
        <translation>Consola SMS…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="219"/>
        <source>AT terminal…</source>
        <translation>Terminal AT…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="222"/>
        <source>Meter readout (IEC 62056-21)…</source>
        <translation>Lectura de contador (IEC 62056-21)…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="227"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <location filename="../app/views/main_window.py" line="994"/>
        <source>About gwterm</source>
        <translation>Acerca de gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="229"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="244"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="246"/>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="250"/>
        <source>&amp;Admin</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="254"/>
        <source>&amp;Operation</source>
        <translation>&amp;Operación</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="260"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="265"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="274"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Main</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="297"/>
        <source>Edit values</source>
        <translation>Editar valores</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="302"/>
        <source>Search all parameters</source>
        <translation>Buscar en todos los parámetros</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="306"/>
        <source>Parameter group:</source>
        <translation>Grupo de parámetros:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="314"/>
        <source>Revert group</source>
        <translation>Deshacer cambios del grupo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="317"/>
        <source>Revert all</source>
        <translation>Deshacer todo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="320"/>
        <source>Reveal edited secrets</source>
        <translation>Mostrar secretos editados</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="350"/>
        <location filename="../app/views/main_window.py" line="811"/>
        <source>Read device log</source>
        <translation>Leer registro del dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="362"/>
        <location filename="../app/views/main_window.py" line="451"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="461"/>
        <source>%1 · serial %2</source>
        <translation>%1 · n.º de serie %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="478"/>
        <source>Edited groups: %1</source>
        <translation>Grupos editados: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="481"/>
        <source>Edited groups: none</source>
        <translation>Grupos editados: ninguno</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="515"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>Connect to a device first</source>
        <translation>Conéctese primero a un dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="516"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Espere a que termine la operación en curso o cancélela</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="542"/>
        <source>Nothing changed: edit values first</source>
        <translation>No hay cambios: edite primero algún valor</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="544"/>
        <source>Nothing is running</source>
        <translation>No hay ninguna operación en curso</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="547"/>
        <source>Not available over SMS</source>
        <translation>No disponible por SMS</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="548"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Su rol (%1) no lo permite</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>The password was not stored: %1</source>
        <translation>La contraseña no se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="767"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>¿Reiniciar el dispositivo ahora? La conexión se interrumpe y se restablece cuando el dispositivo vuelve a responder.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="777"/>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Change communication password</source>
        <translation>Cambiar contraseña de comunicación</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="778"/>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="789"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Las contraseñas no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="792"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>La nueva contraseña está preparada: use «Escritura de parámetros» para enviarla.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>The device log cannot be read over SMS.</source>
        <translation>El registro del dispositivo no se puede leer por SMS.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <source>Open configuration</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Configuración (*.cfg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="851"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>El archivo contiene valores no válidos; no se ha cargado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="866"/>
        <source>Connect to the device to load %1 as changes.</source>
        <translation>Conéctese al dispositivo para cargar %1 como cambios.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="878"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>%1 cargado: %2 valor(es) difieren del dispositivo.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Save configuration</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Configuration (*.cfg)</source>
        <translation>Configuración (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="905"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Compare with file</source>
        <translation>Comparar con archivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="923"/>
        <source>Compare with %1</source>
        <translation>Comparación con %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="930"/>
        <location filename="../app/views/main_window.py" line="934"/>
        <source>(secret)</source>
        <translation>(secreto)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="939"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n diferencia.</numerusform>
            <numerusform>%n diferencias.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="939"/>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="942"/>
        <source>Load file values as edits</source>
        <translation>Cargar los valores del archivo como cambios</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="995"/>
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
        <location filename="../app/views/mbus_tab.py" line="58"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>El bus: un puerto serie con un convertidor de nivel M-Bus, o tcp://host:port (M-Bus transparente)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 según la norma; 8N1 para algunos cabezales ópticos</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Converter echoes</source>
        <translation>Eco del convertidor</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="70"/>
        <source>Wake-up preamble</source>
        <translation>Preámbulo de activación</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="71"/>
        <source>Scan primary</source>
        <translation>Escanear direcciones primarias</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="74"/>
        <source>Scan secondary</source>
        <translation>Escanear direcciones secundarias</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="77"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Bus:</source>
        <translation>Bus:</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="86"/>
        <source>Baud</source>
        <translation>Baudios</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Primary</source>
        <translation>Dirección primaria</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Secondary address</source>
        <translation>Dirección secundaria</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="103"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="104"/>
        <source>Id</source>
        <translation>N.º de identificación</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="111"/>
        <source>Read selected meter</source>
        <translation>Leer el contador seleccionado</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Storage</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Subunit</source>
        <translation>Subunidad</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="123"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="124"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="131"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Operación cancelada.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="187"/>
        <source>Failed.</source>
        <translation>La operación ha fallado.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="213"/>
        <source>Probing %1 …</source>
        <translation>Sondeando %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>%n contador encontrado.</numerusform>
            <numerusform>%n contadores encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="225"/>
        <source>%1 bus transactions.</source>
        <translation>Transacciones en el bus: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="247"/>
        <source>Select a meter first.</source>
        <translation>Seleccione primero un contador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="265"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n registro en %1 telegrama(s).</numerusform>
            <numerusform>%n registros en %1 telegrama(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>CSV (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NoValueInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="275"/>
        <source>(no parameter)</source>
        <translation>(sin parámetro)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="275"/>
        <source>null-data</source>
        <translation>valor nulo (null-data)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="26"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="30"/>
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
    <name>ProfilePanel</name>
    <message>
        <location filename="../app/views/dlms_profile.py" line="151"/>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="152"/>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="153"/>
        <source>Last entries</source>
        <translation>Últimas entradas</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="154"/>
        <source>Which rows of the buffer to read (selective access)</source>
        <translation>Qué filas del búfer se leen (acceso selectivo)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="167"/>
        <source>How many of the newest entries to read</source>
        <translation>Cuántas de las entradas más recientes se leen</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="168"/>
        <source>Read buffer</source>
        <translation>Leer búfer</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="171"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="172"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="173"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="196"/>
        <source>The column plotted over the clock column</source>
        <translation>La columna representada frente a la columna del reloj</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="199"/>
        <source>Plot</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="217"/>
        <source>Install pyqtgraph to see the plot.</source>
        <translation>Instale pyqtgraph para ver el gráfico.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="238"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="286"/>
        <source>This profile captures no clock</source>
        <translation>Este perfil no captura el reloj</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="304"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="197"/>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="198"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="199"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="200"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="201"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="202"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="233"/>
        <source>Read failed</source>
        <translation>Error de lectura</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>error</source>
        <translation>con error</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
</context>
<context>
    <name>ReadingsTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="278"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="279"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="280"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="281"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="282"/>
        <source>From – to</source>
        <translation>Desde – hasta</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="302"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="304"/>
        <source>Read the meter list, the newest values and the events again</source>
        <translation>Volver a leer la lista de contadores, los valores más recientes y los eventos</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="306"/>
        <source>Read now</source>
        <translation>Leer ahora</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="309"/>
        <source>Read every meter on the list now, outside the readout cycle, and store the readout</source>
        <translation>Leer ahora todos los contadores de la lista, fuera del ciclo de lectura, y guardar la lectura</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="312"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="321"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="323"/>
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="325"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="328"/>
        <source>Range:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="330"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="331"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="346"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="347"/>
        <source>Id</source>
        <translation>N.º de identificación</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="348"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="349"/>
        <source>Last value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="350"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="351"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="360"/>
        <source>Select one meter, or several (Ctrl, Shift) to overlay them</source>
        <translation>Seleccione un contador, o varios (Ctrl, Shift) para superponerlos</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="410"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="411"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="450"/>
        <source>Select meters with readings in the range first</source>
        <translation>Seleccione primero contadores con lecturas en el periodo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="459"/>
        <source>This device keeps no stored readings.</source>
        <translation>Este dispositivo no guarda lecturas.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="488"/>
        <source>Reading the newest values: meter %1 of %2 …</source>
        <translation>Leyendo los valores más recientes: contador %1 de %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="514"/>
        <source>%n meter(s) with stored readings.</source>
        <translation>
            <numerusform>%n contador con lecturas guardadas.</numerusform>
            <numerusform>%n contadores con lecturas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="518"/>
        <source>Read stored meters</source>
        <translation>Lectura de los contadores guardados</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="535"/>
        <source>Reading the meters …</source>
        <translation>Leyendo los contadores …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="536"/>
        <source>Read meters now</source>
        <translation>Leer contadores ahora</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="541"/>
        <source>Reading the meters takes a while; the gateway stores the readout when done.</source>
        <translation>La lectura de los contadores tarda; la pasarela la guardará cuando termine.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="543"/>
        <source>The gateway has no meters to read (no meter bus or receiver, or an empty list).</source>
        <translation>La pasarela no tiene contadores que leer (sin bus de contadores ni receptor, o la lista está vacía).</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="545"/>
        <source>Read %1 meter(s) now: %2 new reading(s) stored.</source>
        <translation>%1 contador(es) leído(s) ahora: %2 lectura(s) nueva(s) guardada(s).</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="551"/>
        <source>%1 meter(s) could not be read.</source>
        <translation>%1 contador(es) no se pudieron leer.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="583"/>
        <source>maximum</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="584"/>
        <source>minimum</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="585"/>
        <source>during error</source>
        <translation>en estado de error</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="589"/>
        <source>storage %1</source>
        <translation>memoria %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="590"/>
        <source>tariff %1</source>
        <translation>tarifa %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="591"/>
        <source>subunit %1</source>
        <translation>subunidad %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="619"/>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="620"/>
        <source>Interface: %1</source>
        <translation>Interfaz: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="623"/>
        <source>Manufacturer: %1</source>
        <translation>Fabricante: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="625"/>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="670"/>
        <source>no readings</source>
        <translation>sin lecturas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="672"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="676"/>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="678"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="726"/>
        <source>Meter unreadable</source>
        <translation>Contador ilegible</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="727"/>
        <source>Meter readable again</source>
        <translation>Contador legible de nuevo</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="728"/>
        <source>Decryption failed</source>
        <translation>Error de descifrado</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="729"/>
        <source>Power lost</source>
        <translation>Pérdida de la alimentación</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="730"/>
        <source>Power returned</source>
        <translation>Retorno de la alimentación</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="731"/>
        <source>Report backlog dropped</source>
        <translation>Cola de pendientes del informe descartada</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="746"/>
        <source>Events (%1)</source>
        <translation>Eventos (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="817"/>
        <source>Loading %1 (%2 of %3): %4 readings …</source>
        <translation>Cargando %1 (%2 de %3): %4 lecturas …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="836"/>
        <source>%n reading(s) loaded.</source>
        <translation>
            <numerusform>%n lectura cargada.</numerusform>
            <numerusform>%n lecturas cargadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="840"/>
        <source>Loading readings …</source>
        <translation>Cargando lecturas …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="841"/>
        <source>Load readings</source>
        <translation>Carga de lecturas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="902"/>
        <source>No readings of the selected meters in this range.</source>
        <translation>No hay lecturas de los contadores seleccionados en este periodo.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="941"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="946"/>
        <source>Nothing to export: select meters with readings in the range first.</source>
        <translation>Nada que exportar: seleccione primero contadores con lecturas en el periodo.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Export readings</source>
        <translation>Exportar lecturas</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <source>CSV (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="962"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Excel (*.xlsx)</source>
        <translation>Archivo Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="986"/>
        <source>Nothing to export: plot a series first.</source>
        <translation>Nada que exportar: represente primero una serie.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="992"/>
        <source>%1: cannot write the image</source>
        <translation>%1: no se puede escribir la imagen</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../app/views/reports_tab.py" line="68"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="70"/>
        <source>Read the readout cycle and every report&apos;s state again</source>
        <translation>Volver a leer el ciclo de lectura y el estado de cada informe</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="79"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="80"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="81"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="82"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="83"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="84"/>
        <source>Cycle</source>
        <translation>Ciclo del informe</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="85"/>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="86"/>
        <source>Last success</source>
        <translation>Último envío correcto</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="87"/>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="88"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="110"/>
        <location filename="../app/views/reports_tab.py" line="470"/>
        <source>Test send</source>
        <translation>Envío de prueba</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="112"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="114"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="116"/>
        <source>Revert form</source>
        <translation>Deshacer cambios del formulario</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="127"/>
        <source>Test send uses the form&apos;s values without writing them. Send now delivers what the report has waiting, with the written settings. Apply stages the form&apos;s values: Parameter write (Ctrl+W) sends them.</source>
        <translation>«Envío de prueba» usa los valores del formulario sin escribirlos. «Enviar ahora» entrega lo que el informe tiene pendiente, con los ajustes escritos. «Aplicar» prepara los valores del formulario: «Escritura de parámetros» (Ctrl+W) los envía.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="182"/>
        <source>This device sends no reports.</source>
        <translation>Este dispositivo no envía informes.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="193"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Su rol (%1) no lo permite</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="208"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Conéctese primero a un dispositivo que guarde lecturas.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="209"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Espere a que termine la operación en curso o cancélela.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="211"/>
        <source>Correct the marked fields first.</source>
        <translation>Corrija primero los campos marcados.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="216"/>
        <source>Send a test report with the form&apos;s values; nothing is written</source>
        <translation>Enviar un informe de prueba con los valores del formulario; no se escribe nada</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="221"/>
        <source>The report is not enabled on the device.</source>
        <translation>El informe no está activado en el dispositivo.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="222"/>
        <source>Deliver what this report has waiting, now (with the written settings)</source>
        <translation>Entregar ahora lo que este informe tiene pendiente (con los ajustes escritos)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="224"/>
        <source>Deliver what is waiting, now: with the written settings, not the form&apos;s</source>
        <translation>Entregar ahora lo pendiente: con los ajustes escritos, no los del formulario</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="226"/>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="231"/>
        <source>Stage the form&apos;s values; Parameter write (Ctrl+W) writes them</source>
        <translation>Preparar los valores del formulario; «Escritura de parámetros» (Ctrl+W) los escribe</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="290"/>
        <source>Read report status</source>
        <translation>Lectura del estado de los informes</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="304"/>
        <source>Readout cycle %1</source>
        <translation>Ciclo de lectura %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="307"/>
        <source>last %1 (%n reading(s))</source>
        <translation>
            <numerusform>última %1 (%n lectura)</numerusform>
            <numerusform>última %1 (%n lecturas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="312"/>
        <source>next %1</source>
        <translation>próxima %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="314"/>
        <source>reading now</source>
        <translation>lectura en curso</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="331"/>
        <source>Report %1</source>
        <translation>Informe %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="338"/>
        <source>%1 (%2 readouts)</source>
        <translation>%1 (%2 lecturas)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="390"/>
        <source>Settings of %1</source>
        <translation>Ajustes: %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="425"/>
        <source>The device refused the settings; nothing was sent.</source>
        <translation>El dispositivo rechazó los ajustes; no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="457"/>
        <source>Test report %1 delivered. The server answered:</source>
        <translation>Informe de prueba %1 entregado. El servidor respondió:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="464"/>
        <source>Test report %1 not delivered:</source>
        <translation>Informe de prueba %1 no entregado:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>Sending a test report to %1 …</source>
        <translation>Enviando un informe de prueba (destino: %1) …</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>the stored server</source>
        <translation>el servidor guardado</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="495"/>
        <source>The device did not send the report:</source>
        <translation>El dispositivo no envió el informe:</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="501"/>
        <source>Report %1 delivered; nothing is waiting.</source>
        <translation>Informe %1 entregado; no queda nada pendiente.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="507"/>
        <source>Report %1 is still being delivered (%2 message(s) waiting).</source>
        <translation>El informe %1 aún se está entregando (%2 mensaje(s) pendiente(s)).</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="510"/>
        <source>Refresh shows how it ends.</source>
        <translation>«Actualizar» muestra cómo termina.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="516"/>
        <source>Report %1 not delivered (%2 message(s) waiting):</source>
        <translation>Informe %1 no entregado (%2 mensaje(s) pendiente(s)):</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="524"/>
        <source>Send report now</source>
        <translation>Envío inmediato del informe</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="525"/>
        <source>Sending report %1 …</source>
        <translation>Enviando el informe %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="540"/>
        <source>%n value(s) staged.</source>
        <translation>
            <numerusform>%n valor preparado.</numerusform>
            <numerusform>%n valores preparados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="541"/>
        <source>Use Parameter write (Ctrl+W) to write them to the device.</source>
        <translation>Use «Escritura de parámetros» (Ctrl+W) para escribirlos en el dispositivo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="42"/>
        <source>Energy readings (and power: W, kW, MW) are shown and exported in this unit</source>
        <translation>Las lecturas de energía (y la potencia: W, kW, MW) se muestran y exportan en esta unidad</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="47"/>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="48"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="49"/>
        <source>The separator of every CSV file the application writes or copies</source>
        <translation>El separador de cada archivo CSV que la aplicación escribe o copia</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="53"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="54"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="68"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Cifrar las sesiones de forma predeterminada (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="71"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="72"/>
        <source>Energy unit</source>
        <translation>Unidad de energía</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="73"/>
        <source>CSV separator</source>
        <translation>Separador CSV</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="74"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="75"/>
        <source>Answer timeout</source>
        <translation>Tiempo de espera de respuesta</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="76"/>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
</context>
<context>
    <name>SmsConsole</name>
    <message>
        <location filename="../app/views/sms_console.py" line="53"/>
        <source>SMS console</source>
        <translation>Consola SMS</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="62"/>
        <location filename="../app/views/sms_console.py" line="154"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="65"/>
        <location filename="../app/views/sms_console.py" line="155"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="67"/>
        <source>Modem</source>
        <translation>Módem</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="86"/>
        <source>Number, e.g. +36201234567</source>
        <translation>Número, p. ej. +36201234567</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="93"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="120"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Indique el puerto del módem, p. ej. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="123"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="129"/>
        <source>Cannot open the modem: %1</source>
        <translation>No se puede abrir el módem: %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="136"/>
        <source>Open: %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="137"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="236"/>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="237"/>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="238"/>
        <source>sent, not yet delivered</source>
        <translation>enviado, aún no entregado</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="239"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="240"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="269"/>
        <source>%1 characters, %2 SMS</source>
        <translation>%1 caracteres, %2 SMS</translation>
    </message>
</context>
<context>
    <name>StoredDataTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="145"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Conéctese primero a un dispositivo que guarde lecturas.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="166"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Espere a que termine la operación en curso o cancélela.</translation>
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
        <location filename="../app/views/fields.py" line="299"/>
        <source>row %1, column %2</source>
        <translation>fila %1, columna %2</translation>
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
        <translation>Editar los octetos en hexadecimal en lugar de como texto</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="238"/>
        <location filename="../app/views/dlms_editor.py" line="239"/>
        <source>A decimal number</source>
        <translation>Un número decimal</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="240"/>
        <source>Bits as 0 and 1, first bit left</source>
        <translation>Bits como 0 y 1, el primer bit a la izquierda</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="241"/>
        <source>Printable text</source>
        <translation>Texto imprimible</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as hex, e.g. 0A FF</source>
        <translation>Octetos en hexadecimal, p. ej. 0A FF</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as text</source>
        <translation>Octetos como texto</translation>
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
    <name>UsersDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="75"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="84"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="85"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="86"/>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="87"/>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="135"/>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="136"/>
        <source>Password (8 characters or more):</source>
        <translation>Contraseña (8 caracteres o más):</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
</context>
<context>
    <name>ValueEditorDialog</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="315"/>
        <source>(no parameter)</source>
        <translation>(sin parámetro)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="317"/>
        <source>date-time (octet-string)</source>
        <translation>fecha-hora (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="318"/>
        <source>date-time (tag 25)</source>
        <translation>fecha-hora (tag 25)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="319"/>
        <source>octet-string</source>
        <translation>cadena de octetos (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="320"/>
        <source>null-data</source>
        <translation>valor nulo (null-data)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="325"/>
        <source>A-XDR (hex)</source>
        <translation>A-XDR (hexadecimal)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="346"/>
        <source>Now: %1 (%2)</source>
        <translation>Actual: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="356"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="357"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="65"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>Una URL de receptor (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) o un archivo de telegramas hexadecimales</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="76"/>
        <source>Import keys…</source>
        <translation>Importar claves…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="80"/>
        <source>Receiver:</source>
        <translation>Receptor:</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Id</source>
        <translation>N.º de identificación</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>RSSI (dBm)</source>
        <translation>RSSI (dBm)</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>Telegrams</source>
        <translation>Telegramas</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="95"/>
        <source>Last seen</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="96"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Storage</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="111"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="112"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>%1 telegrama(s) de %2 contador(es).</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Import wM-Bus keys</source>
        <translation>Importar claves wM-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store</source>
        <translation>Almacén de claves</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store master password:</source>
        <translation>Contraseña maestra del almacén de claves:</translation>
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
        <translation>Ajustes del punto de acceso (APN) para la conexión de datos móviles.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>APN name</source>
        <translation>Nombre del APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Nombre del servidor APN facilitado por el operador móvil.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>APN username</source>
        <translation>Usuario del APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Nombre de usuario del APN, si el operador móvil lo exige.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>APN password</source>
        <translation>Contraseña del APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Contraseña del APN, si el operador móvil la exige.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>PDP connection delay</source>
        <translation>Retardo de conexión PDP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Retardo antes de establecer la conexión de datos (PDP), que deja tiempo para acceder al módem mediante una llamada CSD tras una configuración errónea.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>Puertos TCP para la lectura de contadores, la configuración del módem y la descarga de firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Utility communication port (primary)</source>
        <translation>Puerto de comunicación de la distribuidora (primario)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Puerto de lectura transparente (IEC) de contadores con mayor prioridad, que también sirve para configuración y actualizaciones de firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Customer communication port (secondary)</source>
        <translation>Puerto de comunicación del cliente (secundario)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Puerto de menor prioridad para comunicación con el contador, configuración y actualizaciones de firmware; debe ser distinto del puerto primario (0 lo desactiva).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Configuration and firmware download port</source>
        <translation>Puerto de configuración y descarga de firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>Puerto TCP para la parametrización remota y la actualización de firmware del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Mobile network</source>
        <translation>Red móvil</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>PIN de la SIM, tecnología de acceso y selección del operador móvil.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>SIM PIN</source>
        <translation>PIN de la SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>Código PIN de la tarjeta SIM insertada; déjelo vacío si la SIM no tiene PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="234"/>
        <source>Frequency band / access technology</source>
        <translation>Banda de frecuencia / tecnología de acceso</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="235"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Tecnología de acceso móvil que se usará, p. ej. solo 4G o LTE con respaldo 2G (las llamadas CSD requieren una tecnología que use la red 2G).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="236"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="237"/>
        <source>4G (LTE) only</source>
        <translation>Solo 4G (LTE)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="238"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE con respaldo 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="239"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE con respaldo 3G/2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>LTE Cat.M1 only</source>
        <translation>Solo LTE Cat.M1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>Solo LTE Cat.NB-IoT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT con respaldo 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>2G only</source>
        <translation>Solo 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Operator selection</source>
        <translation>Selección de operador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Indica si el operador de red móvil se selecciona automáticamente o se usa un operador determinado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Manual</source>
        <translation>Selección manual</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Operador de red móvil (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Código del operador de red móvil fijo (p. ej. 21601) que se usa cuando la selección de operador es manual.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Ajustes del puerto serie transparente del contador y opciones TLS del modo transparente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Multi utility mode</source>
        <translation>Modo multisuministro</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Modo de funcionamiento del puerto del contador; el modo transparente es el ajuste básico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>Transparent mode</source>
        <translation>Modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Meter port baud rate</source>
        <translation>Velocidad del puerto del contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Velocidad en baudios del puerto serie del contador, de 300 a 115200 (el estándar es 9600).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>600 baud</source>
        <translation>600 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>1200 baud</source>
        <translation>1200 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>4800 baud</source>
        <translation>4800 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>19200 baud</source>
        <translation>19200 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>38400 baud</source>
        <translation>38400 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>57600 baud</source>
        <translation>57600 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>115200 baud</source>
        <translation>115200 baudios</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>Data format for meters</source>
        <translation>Formato de datos para contadores</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Formato de datos serie hacia el contador; Auto (firmware 5.3.4.1 o posterior) cambia a 7E1 para el tráfico IEC y usa 8N1 en los demás casos.</translation>
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
        <translation>Auto (detección IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>Fixed 8N1 at meter</source>
        <translation>8N1 fijo en el contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Report instance 10: where, how and when the gateway pushes readings and events.</source>
        <oldsource>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</oldsource>
        <translation>Instancia de informe 10: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="48"/>
        <source>Report 1</source>
        <translation>Informe 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="49"/>
        <source>Report instance 1: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 1: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Send this report.</source>
        <translation>Enviar este informe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>How the report travels: HTTP(S) POST, MQTT(S) publish, FTP(S) upload, e-mail, or SFTP upload.</source>
        <translation>Cómo se transmite el informe: POST HTTP(S), publicación MQTT(S), subida FTP(S), correo electrónico o subida SFTP.</translation>
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
        <translation>Correo electrónico (SMTP)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// for TLS), ftp://host/dir (ftpes:// explicit, ftps:// implicit TLS), smtp://host:587 (smtps:// for TLS), sftp://host/dir. No credentials in the URL.</source>
        <translation>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// para TLS), ftp://host/dir (ftpes:// TLS explícito, ftps:// TLS implícito), smtp://host:587 (smtps:// para TLS), sftp://host/dir. Sin credenciales en la URL.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Report format: MUC.one JSON or XML, semicolon CSV (CMe3100 style), or gwterm JSON (stable message ids, one MQTT message per meter).</source>
        <translation>Formato del informe: JSON o XML de MUC.one, CSV con punto y coma (estilo CMe3100) o JSON de gwterm (ID de mensaje estables, un mensaje MQTT por contador).</translation>
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
        <translation>CSV (punto y coma, estilo CMe3100)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>gwterm JSON</source>
        <translation>JSON de gwterm</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>Report cycle</source>
        <translation>Ciclo del informe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>When the report is sent: @readout (after every readout cycle), a preset (@hourly, @daily, @every 15m) or five-field cron in UTC; ? picks a random value once, | joins schedules. A report waits for the readout that precedes it.</source>
        <translation>Cuándo se envía el informe: @readout (tras cada ciclo de lectura), un valor predefinido (@hourly, @daily, @every 15m) o una expresión cron de cinco campos en UTC; ? elige un valor aleatorio una sola vez, | combina programaciones. Un informe espera a la lectura que lo precede.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>PEM file of the CA that signed the server certificate (empty: the system CAs). For SFTP: a known_hosts file.</source>
        <translation>Archivo PEM de la CA que firmó el certificado del servidor (vacío: las CA del sistema). Para SFTP: un archivo known_hosts.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>PEM file of the gateway&apos;s client certificate (it may hold the key too); empty for none.</source>
        <translation>Archivo PEM del certificado de cliente de la pasarela (puede incluir también la clave); vacío si no hay ninguno.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>PEM file of the client certificate&apos;s private key when it is not in the certificate file; for SFTP the client key.</source>
        <translation>Archivo PEM de la clave privada del certificado de cliente cuando no está en el archivo del certificado; para SFTP, la clave de cliente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>Skip certificate checks</source>
        <translation>Omitir la comprobación de certificados</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>Accept any server certificate and host name (testing only).</source>
        <translation>Aceptar cualquier certificado de servidor y nombre de host (solo para pruebas).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>Login at the server (HTTP basic auth, MQTT, FTP, SMTP, SFTP); empty for none.</source>
        <translation>Usuario en el servidor (autenticación básica HTTP, MQTT, FTP, SMTP, SFTP); vacío si no hay ninguno.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Password at the server; written, never read back.</source>
        <translation>Contraseña en el servidor; se escribe, nunca se lee.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>MQTT QoS</source>
        <translation>MQTT QoS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>0 at most once, 1 at least once (the broker acknowledges each message), 2 exactly once.</source>
        <translation>0 como máximo una vez, 1 al menos una vez (el broker confirma cada mensaje), 2 exactamente una vez.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>MQTT retain</source>
        <translation>Retain MQTT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>The broker keeps the last message of each topic for new subscribers.</source>
        <translation>El broker conserva el último mensaje de cada topic para los nuevos suscriptores.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>MQTT client id</source>
        <translation>ID de cliente MQTT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Client identifier at the broker; empty: gwterm-&lt;gateway serial&gt;-r&lt;instance&gt;.</source>
        <translation>Identificador del cliente en el broker; vacío: gwterm-&lt;n.º de serie de la pasarela&gt;-r&lt;instancia&gt;.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>E-mail recipients</source>
        <translation>Destinatarios de correo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Recipient addresses for e-mail reports, separated by commas.</source>
        <translation>Direcciones de los destinatarios de los informes por correo, separadas por comas.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Send events</source>
        <translation>Enviar eventos</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Also send event messages (meter unreadable, decryption failed, power lost and returned) as they happen.</source>
        <translation>Enviar también los mensajes de evento (contador ilegible, error de descifrado, pérdida y retorno de la alimentación) en cuanto se producen.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Backlog</source>
        <translation>Cola de pendientes</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>Undelivered readout cycles kept for this report; beyond it the oldest are dropped with an event.</source>
        <translation>Ciclos de lectura no entregados que se conservan para este informe; por encima, los más antiguos se descartan con un evento.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>Report 2</source>
        <translation>Informe 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>Report instance 2: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 2: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>Report 3</source>
        <translation>Informe 3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>Report instance 3: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 3: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>Report 4</source>
        <translation>Informe 4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>Report instance 4: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 4: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Report 5</source>
        <translation>Informe 5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Report instance 5: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 5: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="101"/>
        <source>Report 6</source>
        <translation>Informe 6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="102"/>
        <source>Report instance 6: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 6: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="103"/>
        <source>Report 7</source>
        <translation>Informe 7</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="104"/>
        <source>Report instance 7: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 7: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="105"/>
        <source>Report 8</source>
        <translation>Informe 8</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="106"/>
        <source>Report instance 8: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 8: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="107"/>
        <source>Report 9</source>
        <translation>Informe 9</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="108"/>
        <source>Report instance 9: where, how and when the gateway pushes readings and events.</source>
        <translation>Instancia de informe 9: adónde, cómo y cuándo envía la pasarela las lecturas y los eventos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Report 10</source>
        <translation>Informe 10</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>How long and how much meter data the gateway keeps.</source>
        <translation>Cuánto tiempo y cuántos datos de contadores conserva la pasarela.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Keep readings for</source>
        <translation>Conservar lecturas durante</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Readings older than this are deleted by the daily retention pass.</source>
        <translation>Las lecturas más antiguas se eliminan en la depuración diaria.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Database size limit</source>
        <translation>Límite de tamaño de la base de datos</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>When readings take more space, the oldest are deleted until they fit.</source>
        <translation>Si las lecturas ocupan más espacio, se eliminan las más antiguas hasta que quepan.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>GPRS / APN</source>
        <translation>GPRS / APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Access point of the mobile data connection (GSM/UMTS variants); the SMS command CNF sets the same values.</source>
        <translation>Punto de acceso de la conexión de datos móviles (variantes GSM/UMTS); el comando SMS CNF ajusta los mismos valores.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>Access point name given by the mobile operator (SMS parameter APN). The SIM must allow data and have its PIN request disabled.</source>
        <translation>Nombre del punto de acceso facilitado por el operador móvil (parámetro SMS APN). La SIM debe admitir datos y tener desactivada la solicitud de PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>User name for the operator&apos;s data connection (SMS parameter DUSR); empty when the operator needs none.</source>
        <translation>Nombre de usuario de la conexión de datos del operador (parámetro SMS DUSR); vacío si el operador no lo exige.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>Password for the operator&apos;s data connection (SMS parameter DPWD); empty when the operator needs none.</source>
        <translation>Contraseña de la conexión de datos del operador (parámetro SMS DPWD); vacía si el operador no la exige.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Outgoing connection</source>
        <translation>Conexión saliente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>The server the module calls after switching on and then periodically (Client mode); a failed call is retried every 5 minutes.</source>
        <translation>El servidor al que llama el módulo tras encenderse y luego periódicamente (modo cliente); una llamada fallida se reintenta cada 5 minutos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Server IP address</source>
        <translation>Dirección IP del servidor</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Numeric IP address of the data concentrator the module calls (SMS parameter IP; domain names are not allowed).</source>
        <translation>Dirección IP numérica del concentrador de datos al que llama el módulo (parámetro SMS IP; no se admiten nombres de dominio).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Server TCP port</source>
        <translation>Puerto TCP del servidor</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>TCP port of the data concentrator for outgoing calls (SMS parameter PORT).</source>
        <translation>Puerto TCP del concentrador de datos para las llamadas salientes (parámetro SMS PORT).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Call interval</source>
        <translation>Intervalo de llamada</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Hours between outgoing calls to the server (SMS parameter RINT), 1 to 24; 0 disables periodic calls.</source>
        <translation>Horas entre llamadas salientes al servidor (parámetro SMS RINT), de 1 a 24; 0 desactiva las llamadas periódicas.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>DLMS server</source>
        <translation>Servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>How the module accepts incoming DLMS/COSEM connections (when no outgoing call is in progress).</source>
        <translation>Cómo acepta el módulo las conexiones DLMS/COSEM entrantes (cuando no hay ninguna llamada saliente en curso).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>DLMS TCP port</source>
        <translation>Puerto TCP DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Local TCP port for incoming DLMS sessions (standard 4059). A wrong port makes the module unreachable over TCP until it is corrected by SMS or RS-485.</source>
        <translation>Puerto TCP local para las sesiones DLMS entrantes (estándar 4059). Un puerto erróneo deja el módulo inaccesible por TCP hasta que se corrija por SMS o RS-485.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Seconds without data after which the module ends a DLMS session (the manual&apos;s 5 minutes); 0 never ends it.</source>
        <translation>Segundos sin datos tras los cuales el módulo finaliza una sesión DLMS (5 minutos según el manual); 0 no la finaliza nunca.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Access to the module. Change the factory password without delay after installation.</source>
        <translation>Acceso al módulo. Cambie la contraseña de fábrica sin demora tras la instalación.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>DLMS / SMS password</source>
        <translation>Contraseña DLMS / SMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>The LOW-authentication secret of the meter reader client (0x20), also the PWD of SMS commands. Factory default HELLO. Printable characters without spaces, so that it fits an SMS command.</source>
        <translation>El secreto de autenticación LOW del cliente meter reader (0x20), que es también el PWD de los comandos SMS. Valor de fábrica HELLO. Caracteres imprimibles sin espacios, para que quepa en un comando SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>IPv4 (Ethernet)</source>
        <translation>IPv4 (variante Ethernet)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Addressing of the Ethernet variant; the GSM/UMTS variants get their address from the network.</source>
        <translation>Direccionamiento de la variante Ethernet; las variantes GSM/UMTS reciben su dirección de la red.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Use DHCP</source>
        <translation>Usar DHCP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Take address, mask, gateway and DNS servers from a DHCP server; the fields below are then ignored.</source>
        <translation>Obtener la dirección, la máscara, la puerta de enlace y los servidores DNS de un servidor DHCP; los campos siguientes se ignoran entonces.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Fixed IPv4 address of the module (without DHCP).</source>
        <translation>Dirección IPv4 fija del módulo (sin DHCP).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Subnet mask</source>
        <translation>Máscara de subred</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>Subnet mask for the fixed address, e.g. 255.255.255.0.</source>
        <translation>Máscara de subred de la dirección fija, p. ej. 255.255.255.0.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>Default gateway</source>
        <translation>Puerta de enlace predeterminada</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>Router for addresses outside the subnet.</source>
        <translation>Router para las direcciones fuera de la subred.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Primary DNS server</source>
        <translation>Servidor DNS primario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Name server used by the module.</source>
        <translation>Servidor de nombres que usa el módulo.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Secondary DNS server</source>
        <translation>Servidor DNS secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>Name server used when the primary one does not answer.</source>
        <translation>Servidor de nombres que se usa cuando el primario no responde.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>RS-485 (HDLC)</source>
        <translation>RS-485 (HDLC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>The RS-485 bus that shares one data connection among up to 31 more meters; DLMS runs over HDLC there.</source>
        <translation>El bus RS-485 que comparte una conexión de datos con hasta 31 contadores más; en él, DLMS funciona sobre HDLC.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>Bus speed</source>
        <translation>Velocidad del bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Baud rate of the RS-485 bus; the longer the bus (up to 1200 m), the lower the speed it allows.</source>
        <translation>Velocidad en baudios del bus RS-485; cuanto más largo es el bus (hasta 1200 m), menor es la velocidad que admite.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>HDLC inactivity timeout</source>
        <translation>Tiempo de inactividad HDLC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>Seconds without frames after which the module drops an HDLC link on the bus; 0 never drops it.</source>
        <translation>Segundos sin tramas tras los cuales el módulo corta un enlace HDLC en el bus; 0 no lo corta nunca.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Output relays</source>
        <translation>Relés de salida</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>The two relay outputs (250 V AC / 30 V DC, 3 A, NO contacts); they open when the meter loses power.</source>
        <translation>Las dos salidas de relé (250 V CA / 30 V CC, 3 A, contactos NA); se abren cuando el contador pierde la alimentación.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Relay 1 control</source>
        <translation>Control del relé 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Switch relay 1 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Conmutar el relé 1 según el calendario (tabla de scripts de señales de salida) o solo mediante comandos remotos del servidor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>By the calendar</source>
        <translation>Según el calendario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>By remote command</source>
        <translation>Por comando remoto</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Relay 2 control</source>
        <translation>Control del relé 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Switch relay 2 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Conmutar el relé 2 según el calendario (tabla de scripts de señales de salida) o solo mediante comandos remotos del servidor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
        <source>Tariffs and profiles</source>
        <translation>Tarifas y perfiles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="177"/>
        <source>Tariff rates the module switches by its activity calendar, and the load profile capture periods.</source>
        <translation>Tarifas que el módulo conmuta según su calendario de actividad y periodos de captura de las curvas de carga.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>Number of tariff rates</source>
        <translation>Número de tarifas</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>How many of the six tariff rates the calendar uses.</source>
        <translation>Cuántas de las seis tarifas usa el calendario.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Default rate</source>
        <translation>Tarifa predeterminada</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>The rate that counts when the calendar names none (e.g. before a calendar is loaded).</source>
        <translation>La tarifa que rige cuando el calendario no indica ninguna (p. ej. antes de cargar un calendario).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>Profile 1 capture period</source>
        <translation>Periodo de captura del perfil 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Seconds between two captures of periodic readout profile 1 (1.0.99.1.0.255).</source>
        <translation>Segundos entre dos capturas del perfil de lectura periódica 1 (1.0.99.1.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>Profile 2 capture period</source>
        <translation>Periodo de captura del perfil 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Seconds between two captures of periodic readout profile 2 (1.0.99.2.0.255).</source>
        <translation>Segundos entre dos capturas del perfil de lectura periódica 2 (1.0.99.2.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Breaker and power limit</source>
        <translation>Interruptor y límite de potencia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>The meter&apos;s breaker disconnects the supply when the power limit is exceeded; reconnection is remote or by the button, as the control mode says.</source>
        <translation>El interruptor del contador corta el suministro cuando se supera el límite de potencia; la reconexión es remota o mediante el botón, según el modo de control.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Breaker control mode</source>
        <translation>Modo de control del interruptor</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Which ways disconnect and reconnect the supply (DLMS disconnect control modes 0-6). In the modes that go through &apos;ready for reconnection&apos; the DISCONN LED flashes until the button is pressed.</source>
        <translation>Qué vías cortan y reconectan el suministro (modos de disconnect control DLMS 0-6). En los modos que pasan por «listo para reconexión», el LED DISCONN parpadea hasta que se pulsa el botón.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>0: never disconnects</source>
        <translation>0: nunca corta</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>1: remote/button/limiter disconnect; remote reconnect needs the button</source>
        <translation>1: corte remoto/botón/limitador; la reconexión remota requiere el botón</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>2: remote/button/limiter disconnect; remote reconnect is direct</source>
        <translation>2: corte remoto/botón/limitador; la reconexión remota es directa</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>3: remote/limiter disconnect only; remote reconnect needs the button</source>
        <translation>3: corte solo remoto/limitador; la reconexión remota requiere el botón</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>4: remote/limiter disconnect only; remote reconnect is direct</source>
        <translation>4: corte solo remoto/limitador; la reconexión remota es directa</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>5: as 1, and the limiter reconnects by itself</source>
        <translation>5: como 1, y el limitador reconecta por sí mismo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>6: as 3, and the limiter reconnects by itself</source>
        <translation>6: como 3, y el limitador reconecta por sí mismo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>Power limit (immediate)</source>
        <translation>Límite de potencia (inmediato)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Power above which the breaker disconnects at once; 0 switches this limit off.</source>
        <translation>Potencia por encima de la cual el interruptor corta de inmediato; 0 desactiva este límite.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>Power limit (with delay)</source>
        <translation>Límite de potencia (con retardo)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Power above which the breaker disconnects when it is exceeded for longer than the delay below; 0 switches this limit off.</source>
        <translation>Potencia por encima de la cual el interruptor corta si se supera durante más tiempo que el retardo indicado abajo; 0 desactiva este límite.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>Power limit delay</source>
        <translation>Retardo del límite de potencia</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>How long the delayed power limit must be exceeded before the breaker disconnects.</source>
        <translation>Cuánto tiempo debe superarse el límite de potencia con retardo antes de que corte el interruptor.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Meters whose telegrams the module keeps (868 MHz); the collected telegrams are read by DLMS selective access.</source>
        <translation>Contadores cuyos telegramas conserva el módulo (868 MHz); los telegramas recogidos se leen mediante acceso selectivo DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Up to 64 meters; telegrams from other meters are ignored, and telegrams arriving before a meter&apos;s minimum interval has passed are not stored.</source>
        <translation>Hasta 64 contadores; los telegramas de otros contadores se ignoran y los que llegan antes de que transcurra el intervalo mínimo de un contador no se guardan.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>Client mode</source>
        <translation>Modo cliente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>Forward the received readings for processing outside the module (one MeterCom collecting for the concentrator).</source>
        <translation>Reenviar las lecturas recibidas para su procesamiento fuera del módulo (un MeterCom que recoge para el concentrador).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Identification the utility gives the module.</source>
        <translation>Identificación que la distribuidora asigna al módulo.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>The utility&apos;s registration number of the module (the serial number itself is read-only, see device information).</source>
        <translation>Número de registro del módulo en la distribuidora (el número de serie en sí es de solo lectura; véase la información del dispositivo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>Firmware</source>
        <translation>Actualización de firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>Firmware upgrade by download: the module fetches the file itself over its data connection.</source>
        <translation>Actualización de firmware por descarga: el módulo obtiene el archivo por sí mismo a través de su conexión de datos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Firmware URL</source>
        <translation>URL del firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Writing an address here makes the module download the firmware file from an HTTP/1.1 server (older HTTP versions are not supported) and restart; check the firmware version in the device information afterwards.</source>
        <translation>Al escribir aquí una dirección, el módulo descarga el archivo de firmware de un servidor HTTP/1.1 (no se admiten versiones HTTP anteriores) y se reinicia; después, compruebe la versión de firmware en la información del dispositivo.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Forces 8N1 on the meter port whatever data format is chosen, except Auto (which uses 8N1 for all but IEC traffic anyway).</source>
        <translation>Fuerza 8N1 en el puerto del contador sea cual sea el formato de datos elegido, excepto Auto (que de todos modos usa 8N1 para todo salvo el tráfico IEC).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Transparent mode TLS enable</source>
        <translation>Activar TLS en modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Activa la protección TLS del canal de comunicación transparente con el contador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Transparent mode certificate bank</source>
        <translation>Banco de certificados del modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Selecciona el banco de certificados que usa la conexión TLS del modo transparente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Transparent CA certificate bank</source>
        <translation>Banco de certificados de CA del modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Selecciona el banco de certificados de CA que usa la conexión TLS del modo transparente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Transparent mode certificate verification</source>
        <translation>Verificación de certificados en modo transparente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Activa la verificación del certificado del otro extremo en la conexión TLS del modo transparente.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>RS485 meter interface</source>
        <translation>Interfaz de contador RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>Modo de cableado RS485 y comportamiento de la línea DCD del puerto del contador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>RS485 mode</source>
        <translation>Modo RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>Cableado RS485 del puerto del contador; se recomienda «Desactivar» en las versiones que solo tienen cable RS232.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>2-wire (half duplex)</source>
        <translation>2 hilos (semidúplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>4-wire (full duplex)</source>
        <translation>4 hilos (dúplex completo)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Señal de control de dirección de datos presentada al contador en el puerto RS232 (p. ej. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Fix 0</source>
        <translation>Fijo 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>Fix 1</source>
        <translation>Fijo 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Inverted</source>
        <translation>Invertido</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Watchdog</source>
        <translation>Supervisión de la conexión</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Ping periódico y reconexión automática a la red móvil.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Ping IP address</source>
        <translation>Dirección IP de ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>Dirección IP a la que se hace ping periódicamente para mantener activa la conexión de datos (0.0.0.0 desactiva el ping).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Number of ping retries</source>
        <translation>Número de reintentos de ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Número de pings sin respuesta tras el cual se restablece la conexión de datos.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Ping wait time (for reply)</source>
        <translation>Tiempo de espera del ping (respuesta)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Tiempo de espera de la respuesta al ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Wait time (for next ping)</source>
        <translation>Tiempo de espera (hasta el siguiente ping)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Tiempo de espera antes de enviar el siguiente ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>GPRS connection closed and restored after</source>
        <translation>Conexión GPRS cerrada y restablecida tras</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Tiempo tras el cual una conexión de datos caída o que no responde se cierra y se restablece; no lo ajuste nunca por debajo de la recomendación de su operador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Standard Meter Interface</source>
        <translation>Interfaz de contador estándar</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Function assigned to each status LED.</source>
        <translation>Función asignada a cada LED de estado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>LED1 function</source>
        <translation>Función del LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>Estado indicado por el LED1 (azul, centro).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>Not used</source>
        <translation>Sin uso</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>GSM / GPRS status</source>
        <translation>Estado GSM / GPRS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>SIM status</source>
        <translation>Estado de la SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>E-meter status</source>
        <translation>Estado del contador eléctrico</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>Firmware status</source>
        <translation>Estado del firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Network status and access technology</source>
        <translation>Estado de la red y tecnología de acceso</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Meter status with IEC polling</source>
        <translation>Estado del contador con sondeo IEC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>AMM (IEC) client state</source>
        <translation>Estado del cliente AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>LED2 function</source>
        <translation>Función del LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>Estado indicado por el LED2 (rojo, abajo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>LED3 function</source>
        <translation>Función del LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>Estado indicado por el LED3 (verde, arriba).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="319"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>Notificación LastGasp por SMS en caso de corte de alimentación.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="320"/>
        <source>LastGasp SMS</source>
        <translation>SMS LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="321"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Envía los SMS POWER LOST y POWER RETURN al perder y al recuperar la alimentación.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="322"/>
        <source>LastGasp phone number</source>
        <translation>Número de teléfono LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="323"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Número de teléfono al que se envían los SMS LastGasp.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="324"/>
        <source>Device Manager</source>
        <translation>Conexión con Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="325"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>Ajustes TLS de la conexión con Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="326"/>
        <source>Device Manager TLS enable</source>
        <translation>Activar TLS para Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="327"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Activa TLS en la conexión con Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="328"/>
        <source>Device Manager certificate bank</source>
        <translation>Banco de certificados de Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="329"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Selecciona el banco de certificados que se usa en la conexión TLS con Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="330"/>
        <source>Device Manager CA certificate bank</source>
        <translation>Banco de certificados de CA de Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="331"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Selecciona el banco de certificados de CA que se usa en la conexión TLS con Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="332"/>
        <source>Device Manager certificate verification</source>
        <translation>Verificación de certificados de Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="333"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Activa la verificación del certificado del servidor de Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="334"/>
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
        <location filename="profile_strings.py" line="335"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Contraseña que exigen los firmwares recientes para configurar el módem (solicite la predeterminada al fabricante).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="336"/>
        <source>CSD password</source>
        <translation>Contraseña CSD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="337"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Contraseña que protege el acceso CSD y los comandos SMS (pw=); vacía significa sin contraseña.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="338"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Puerto de lectura transparente (IEC) de contadores</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="339"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>Puerto TCP para la comunicación transparente con el contador eléctrico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="340"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>Puerto TCP que usa WM-E Term para la configuración remota y la actualización de firmware del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="341"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Tecnología de acceso móvil que se usará, p. ej. solo 4G o LTE con respaldo 2G.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="342"/>
        <source>3G only</source>
        <translation>Solo 3G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="343"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Ajustes del puerto serie RS232 transparente del contador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="344"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Modo de funcionamiento del puerto del contador; el modo transparente es el predeterminado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="345"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Velocidad en baudios del puerto serie del contador (9600 de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="346"/>
        <source>Serial data format towards the meter.</source>
        <translation>Formato de datos serie hacia el contador.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="347"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Formato de datos 8N1 fijo en el contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="348"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Función asignada a cada uno de los seis LED de estado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="349"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>Estado indicado por el LED1 (el de la izquierda).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="350"/>
        <source>E-meter communication</source>
        <translation>Comunicación con el contador eléctrico</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="351"/>
        <source>M-Bus status</source>
        <translation>Estado M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="352"/>
        <source>Status shown by LED2.</source>
        <translation>Estado indicado por el LED2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="353"/>
        <source>Status shown by LED3.</source>
        <translation>Estado indicado por el LED3.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="354"/>
        <source>LED4 function</source>
        <translation>Función del LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="355"/>
        <source>Status shown by LED4.</source>
        <translation>Estado indicado por el LED4.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="356"/>
        <source>LED5 function</source>
        <translation>Función del LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="357"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>Estado indicado por el LED5 (sin uso de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="358"/>
        <source>LED6 function</source>
        <translation>Función del LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="359"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>Estado indicado por el LED6 (el de la derecha).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="360"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Envía una notificación por SMS en caso de corte de alimentación; según el manual, aún no está implementado en el firmware 2.68.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="361"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Número de teléfono al que se envía la notificación LastGasp por SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="362"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="363"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Ajustes del servidor DLMS, del cliente de contador y de push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="364"/>
        <source>Start DLMS session during boot</source>
        <translation>Iniciar sesión DLMS durante el arranque</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="365"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Inicia una sesión DLMS durante el arranque del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="366"/>
        <source>DLMS AMM IP address</source>
        <translation>Dirección IP de AMM DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="367"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>Dirección IP del host AMM DLMS (0.0.0.0 si no se usa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="368"/>
        <source>DLMS server port</source>
        <translation>Puerto del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="369"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>Puerto TCP del servidor DLMS (0 si no se usa).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="370"/>
        <source>Max. time without DLMS communication</source>
        <translation>Tiempo máx. sin comunicación DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="371"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Tiempo máximo permitido sin comunicación DLMS antes de cerrar la sesión.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="372"/>
        <source>DLMS password</source>
        <translation>Contraseña DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="373"/>
        <source>General DLMS password of the modem.</source>
        <translation>Contraseña DLMS general del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="374"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Métodos de autenticación DLMS/COSEM posibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="375"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Lista separada por comas de los ID de mecanismos de autenticación DLMS/COSEM aceptados.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="376"/>
        <source>Disconnect relay control</source>
        <translation>Control del relé de corte</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="377"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Modo de control del relé de corte.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="378"/>
        <source>Billing register visibility</source>
        <translation>Visibilidad de los registros de facturación</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="379"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Indica si los registros 1-0:1.8.0*255 y 1-0:2.8.0*255 son visibles en los perfiles de valores de facturación diarios y mensuales (0-0:98.1.0*255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="380"/>
        <source>Registers are not visible</source>
        <translation>Registros no visibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="381"/>
        <source>Registers are visible</source>
        <translation>Registros visibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="382"/>
        <source>DLMS server logical address</source>
        <translation>Dirección lógica del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="383"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Dirección lógica del servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="384"/>
        <source>DLMS server physical address</source>
        <translation>Dirección física del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="385"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Dirección física del servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="386"/>
        <source>DLMS server client address</source>
        <translation>Dirección de cliente del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="387"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Dirección de cliente que acepta el servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="388"/>
        <source>DLMS server authentication</source>
        <translation>Autenticación del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="389"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Modo de autenticación del servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="390"/>
        <source>NONE</source>
        <translation>NINGUNA</translation>
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
        <translation>Contraseña del servidor DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="397"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Contraseña de autenticación del servidor DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="398"/>
        <source>DLMS client logical address</source>
        <translation>Dirección lógica del cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="399"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Dirección lógica del contador eléctrico que sondea el cliente DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="400"/>
        <source>DLMS client physical address</source>
        <translation>Dirección física del cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="401"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Dirección física del contador eléctrico que sondea el cliente DLMS del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="402"/>
        <source>DLMS client address</source>
        <translation>Dirección de cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="403"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Dirección de cliente que usa el módem al leer el contador eléctrico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="404"/>
        <source>DLMS client authentication</source>
        <translation>Autenticación del cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="405"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Modo de autenticación que se usa al leer el contador eléctrico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="406"/>
        <source>DLMS client password</source>
        <translation>Contraseña del cliente DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="407"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Contraseña que se usa al leer el contador eléctrico.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="408"/>
        <source>Object list</source>
        <translation>Lista de objetos</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="409"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Objetos del contador sondeados, como OBIS:atributo separados por comas; si está vacía, se sondean 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 y 1.1.97.97.3.255:2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="410"/>
        <source>Meter poll interval</source>
        <translation>Intervalo de sondeo del contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="411"/>
        <source>How often the DLMS client reads the object list&apos;s objects from the meter; a changed value is pushed (0 switches polling off).</source>
        <translation>Con qué frecuencia lee el cliente DLMS del contador los objetos de la lista de objetos; un valor modificado se envía por push (0 desactiva el sondeo).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="412"/>
        <source>DLMS push logical address</source>
        <translation>Dirección lógica de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="413"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Dirección lógica que se usa en los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="414"/>
        <source>DLMS push physical address</source>
        <translation>Dirección física de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="415"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Dirección física que se usa en los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="416"/>
        <source>DLMS push client address</source>
        <translation>Dirección de cliente de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="417"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Dirección de cliente que se usa en los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="418"/>
        <source>DLMS push authentication</source>
        <translation>Autenticación de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="419"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Modo de autenticación que se usa para los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="420"/>
        <source>DLMS push password</source>
        <translation>Contraseña de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="421"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Contraseña que se usa para los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="422"/>
        <source>Push base logical name</source>
        <translation>Nombre lógico base del push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="423"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Nombre lógico base (código OBIS) del objeto push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="424"/>
        <source>DLMS push IP address</source>
        <translation>Dirección IP de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="425"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>Dirección IPv4 de destino de los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="426"/>
        <source>DLMS push port</source>
        <translation>Puerto de push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="427"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>Puerto TCP de destino de los mensajes push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="428"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Ajustes de lectura de contadores M-Bus cableados y tabla de contadores.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="429"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Número máximo de contadores M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="430"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Número máximo de contadores M-Bus que gestiona el módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="431"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Duración del modo de instalación M-Bus cableado</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="432"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Duración del modo de instalación del M-Bus cableado.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="433"/>
        <source>Readout time</source>
        <translation>Periodo de lectura</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="434"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Periodo de lectura de los contadores M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="435"/>
        <source>Upload time</source>
        <translation>Periodo de envío</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="436"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Periodo de envío de los datos M-Bus (los objetos mensuales se tratan aparte).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="437"/>
        <source>File encryption type</source>
        <translation>Tipo de cifrado del archivo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="438"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Tipo de cifrado (nombre de archivo) del archivo de datos M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="439"/>
        <source>Number of monthly objects</source>
        <translation>Número de objetos mensuales</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="440"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Número de objetos M-Bus mensuales almacenados.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Inactivity timeout</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="441"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Tiempo sin datos de un contador M-Bus tras el cual el contador se considera inactivo.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>Velocidad M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="442"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Velocidad de transmisión de la línea M-Bus (2400 de forma predeterminada; son posibles velocidades mayores).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="443"/>
        <source>Activate address</source>
        <translation>Dirección de activación</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="444"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>ID con formato de dirección que abre el canal M-Bus para una conexión óptica HHU.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="445"/>
        <source>HHU inactivity timeout</source>
        <translation>Tiempo de inactividad HHU</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="446"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>La conexión M-Bus HHU se cierra tras este tiempo de inactividad.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>Contadores M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="447"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Contadores M-Bus conectados, identificados por dirección primaria o secundaria, con el campo que se debe leer y su correspondencia DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="448"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="449"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="450"/>
        <source>Warm water</source>
        <translation>Agua templada</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="451"/>
        <source>Hot water</source>
        <translation>Agua caliente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="452"/>
        <source>Cold water</source>
        <translation>Agua fría</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="453"/>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="454"/>
        <source>Cooling</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="455"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="456"/>
        <source>Electricity</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="457"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="458"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="459"/>
        <source>Scale unit</source>
        <translation>Unidad de escala</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>Registro OBIS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="460"/>
        <source>Read interval</source>
        <translation>Intervalo de lectura</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="461"/>
        <source>Load profile object</source>
        <translation>Objeto de curva de carga</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="462"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>Dirección M-Bus (primaria o secundaria)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="463"/>
        <source>Required field number(s)</source>
        <translation>Número(s) de campo requerido(s)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="464"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Nombre del contador</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="465"/>
        <source>Secondary transparent</source>
        <translation>Canal transparente secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="466"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Puerto transparente secundario para la lectura DLMS de las mediciones M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="467"/>
        <source>Secondary transparent port</source>
        <translation>Puerto transparente secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="468"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>Puerto TCP para la lectura DLMS de los últimos datos leídos de los contadores M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="469"/>
        <source>Secondary transparent baud rate</source>
        <translation>Velocidad del transparente secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="470"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Velocidad en baudios del canal transparente secundario.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="471"/>
        <source>Secondary transparent data format</source>
        <translation>Formato de datos del transparente secundario</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="472"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Formato de datos serie del canal transparente secundario.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="473"/>
        <source>Start transmission (TX) delay</source>
        <translation>Retardo de inicio de transmisión (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="474"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Retardo antes de iniciar una transmisión en el canal transparente secundario.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="475"/>
        <source>Communication password of the modem.</source>
        <translation>Contraseña de comunicación del módem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="476"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Contraseña que usa la herramienta de configuración para comunicarse con el módem.</translation>
    </message>
</context>
</TS>
