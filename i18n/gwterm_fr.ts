<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="49"/>
        <location filename="../app/views/at_terminal.py" line="114"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="51"/>
        <source>Modem</source>
        <translation>Port du modem</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="61"/>
        <source>AT command, Enter sends (Up/Down: history)</source>
        <translation>Commande AT, Entrée envoie (Haut/Bas : historique)</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="84"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Indiquez le port du modem, p. ex. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="87"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="91"/>
        <source>Cannot open the modem: %1</source>
        <translation>Impossible d&apos;ouvrir le modem : %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="95"/>
        <source>Open: %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="96"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="135"/>
        <source>The modem&apos;s port closed.</source>
        <translation>Le port du modem a été fermé.</translation>
    </message>
    <message>
        <location filename="../app/views/at_terminal.py" line="168"/>
        <source>(type the message text, Enter sends it)</source>
        <translation>(saisissez le texte du message, Entrée l&apos;envoie)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="175"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="178"/>
        <source>Filter (user, action, device, key)</source>
        <translation>Filtre (utilisateur, opération, appareil, paramètre)</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="181"/>
        <source>All actions</source>
        <translation>Toutes les opérations</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="195"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="200"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="201"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="202"/>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="203"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="204"/>
        <source>Keys</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="205"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="206"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>Export audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="246"/>
        <source>CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AxdrHexInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="267"/>
        <source>The tagged A-XDR value as hex, e.g. 02 02 0F FD 16 1E</source>
        <translation>La valeur A-XDR avec son tag, en hexadécimal, p. ex. 02 02 0F FD 16 1E</translation>
    </message>
</context>
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
</context>
<context>
    <name>BooleanInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="145"/>
        <source>true</source>
        <translation>vrai</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="150"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="151"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Profils de connexion enregistrés ; saisissez un nouveau nom pour en enregistrer un nouveau</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="154"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="155"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Enregistrer ces réglages sous le nom du profil (jamais le mot de passe)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="158"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="168"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Série (RS-232 / USB)</translation>
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
        <translation>CSD (appel de données GSM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="172"/>
        <source>SMS commands</source>
        <translation>Commandes SMS</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="185"/>
        <source>Connection type</source>
        <translation>Type de connexion</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="194"/>
        <source>communication password</source>
        <translation>mot de passe de communication</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="197"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="207"/>
        <source>Remember in the key store</source>
        <translation>Mémoriser dans le magasin de clés</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="209"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Stocké chiffré sous le mot de passe maître du magasin de clés, jamais dans les réglages en clair</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="211"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Chiffrer la session (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="212"/>
        <source>Communication</source>
        <translation>Communication avec l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="223"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="226"/>
        <source>Log off</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="254"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
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
        <translation>Débit en bauds</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="266"/>
        <source>Data format</source>
        <translation>Format des données</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="279"/>
        <location filename="../app/views/connection_panel.py" line="294"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="290"/>
        <location filename="../app/views/connection_panel.py" line="296"/>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="291"/>
        <location filename="../app/views/connection_panel.py" line="297"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <location filename="../app/views/connection_panel.py" line="298"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Do not verify the server (insecure)</source>
        <translation>Ne pas vérifier le serveur (non sécurisé)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="374"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="375"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="376"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="377"/>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>DateTimeInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="168"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="169"/>
        <source>The PC&apos;s current time</source>
        <translation>L&apos;heure actuelle du PC</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="194"/>
        <source>Local time of this PC; the device gets it with the PC&apos;s UTC deviation</source>
        <translation>Heure locale de ce PC ; l&apos;appareil la reçoit avec l&apos;écart UTC du PC</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="86"/>
        <location filename="../app/views/controller.py" line="112"/>
        <source>%1 cancelled.</source>
        <translation>%1 : opération annulée.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="122"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>L&apos;appareil a refusé les valeurs ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="154"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="166"/>
        <source>Log off</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="179"/>
        <source>Parameters read.</source>
        <translation>Paramètres lus.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="181"/>
        <source>Parameter read</source>
        <translation>Lecture des paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="190"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Rien à écrire : aucune valeur n&apos;a été modifiée.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Verify failed for: %1</source>
        <translation>Échec de la vérification pour : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="212"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n valeur écrite et vérifiée.</numerusform>
            <numerusform>%n valeurs écrites et vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="215"/>
        <source>Parameter write</source>
        <translation>Écriture des paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="243"/>
        <source>Device information</source>
        <translation>Informations sur l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="251"/>
        <source>A restart by SMS is not offered here.</source>
        <translation>Le redémarrage par SMS n&apos;est pas proposé ici.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="255"/>
        <source>The device restarted and answers again.</source>
        <translation>L&apos;appareil a redémarré et répond de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="257"/>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
</context>
<context>
    <name>DeviceInfoDialog</name>
    <message>
        <location filename="../app/views/device_info.py" line="63"/>
        <source>Device information</source>
        <translation>Informations sur l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="79"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="80"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="81"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="82"/>
        <source>Firmware version</source>
        <translation>Version du firmware</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="83"/>
        <source>Hardware ID</source>
        <translation>ID matériel</translation>
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
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="87"/>
        <source>Access technology</source>
        <translation>Technologie d&apos;accès</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="88"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="89"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="90"/>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="101"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="103"/>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="105"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>poor</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="128"/>
        <source>excellent</source>
        <translation>très bon</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="130"/>
        <source>RSSI: %1 dBm (%2)</source>
        <translation>RSSI : %1 dBm (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="134"/>
        <source>RSSI: not available</source>
        <translation>RSSI : non disponible</translation>
    </message>
    <message>
        <location filename="../app/views/device_info.py" line="135"/>
        <source>Access technology: %1</source>
        <translation>Technologie d&apos;accès : %1</translation>
    </message>
</context>
<context>
    <name>DlmsTab</name>
    <message>
        <location filename="../app/views/dlms_tab.py" line="112"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="130"/>
        <source>tcp://host[:4059] (IEC 62056-47 wrapper), serial:///dev/ttyUSB0 (HDLC), or tcp://host:port?link=hdlc for HDLC through a transparent port</source>
        <translation>tcp://host[:4059] (wrapper IEC 62056-47), serial:///dev/ttyUSB0 (HDLC), ou tcp://host:port?link=hdlc pour HDLC via un port transparent</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="142"/>
        <source>Client address (SAP): 0x10 public client without password, 0x20 meter reader with password</source>
        <translation>Adresse client (SAP) : 0x10 client public sans mot de passe, 0x20 meter reader (relève) avec mot de passe</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="149"/>
        <source>Server logical address (logical device; 1 = management)</source>
        <translation>Adresse logique du serveur (appareil logique ; 1 = management)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="154"/>
        <source>LLS password</source>
        <translation>Mot de passe LLS</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="155"/>
        <source>Low level security password; empty for the public client</source>
        <translation>Mot de passe Low Level Security ; vide pour le client public</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="159"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="161"/>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="167"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="170"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="173"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="183"/>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="185"/>
        <source>Client</source>
        <translation>Adresse client</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="187"/>
        <source>Server</source>
        <translation>Adresse serveur</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="190"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="204"/>
        <source>Filter: OBIS code or class</source>
        <translation>Filtre : code OBIS ou classe</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="209"/>
        <source>Display form</source>
        <translation>Forme d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="214"/>
        <source>Enter or double-click reads every readable attribute</source>
        <translation>Entrée ou double-clic lit tous les attributs lisibles</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="221"/>
        <location filename="../app/views/dlms_tab.py" line="623"/>
        <source>Select an object.</source>
        <translation>Sélectionnez un objet.</translation>
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
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="230"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="242"/>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="245"/>
        <source>Read all</source>
        <translation>Tout lire</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="248"/>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="253"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="264"/>
        <source>Invoke…</source>
        <translation>Invoquer…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="278"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="285"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="286"/>
        <source>Profile buffer</source>
        <translation>Tampon du profil</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="288"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="290"/>
        <source>Save the table on the visible page as CSV</source>
        <translation>Enregistrer le tableau de la page visible au format CSV</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="320"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="321"/>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="322"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="323"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="362"/>
        <source>Connect to a device first</source>
        <translation>Connectez-vous d&apos;abord à un appareil</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="364"/>
        <source>Wait for the running exchange, or Cancel it</source>
        <translation>Attendez la fin de l&apos;échange en cours ou annulez-le</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="366"/>
        <source>Select an object first</source>
        <translation>Sélectionnez d&apos;abord un objet</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="371"/>
        <source>Read the selected attributes (all readable ones if none)</source>
        <translation>Lire les attributs sélectionnés (tous les attributs lisibles si aucun)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="373"/>
        <source>Read every readable attribute</source>
        <translation>Lire tous les attributs lisibles</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="378"/>
        <source>Select one attribute</source>
        <translation>Sélectionnez un seul attribut</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="380"/>
        <source>This attribute is not writable for this client</source>
        <translation>Cet attribut n&apos;est pas accessible en écriture pour ce client</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="382"/>
        <source>Edit and write the selected attribute</source>
        <translation>Modifier et écrire l&apos;attribut sélectionné</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="386"/>
        <source>Select a method</source>
        <translation>Sélectionnez une méthode</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="388"/>
        <source>This method is not available to this client</source>
        <translation>Cette méthode n&apos;est pas disponible pour ce client</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="390"/>
        <source>Invoke the selected method</source>
        <translation>Invoquer la méthode sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="393"/>
        <source>Select a profile generic object (class 7)</source>
        <translation>Sélectionnez un objet profile generic (classe 7)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="395"/>
        <source>Read the buffer rows chosen on the left</source>
        <translation>Lire les lignes du tampon choisies à gauche</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="420"/>
        <source>Busy: wait for the running exchange, or Cancel it.</source>
        <translation>Occupé : attendez la fin de l&apos;échange en cours ou annulez-le.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="430"/>
        <source>Cancelled.</source>
        <translation>Opération annulée.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="433"/>
        <source>the exchange was cancelled</source>
        <translation>l&apos;échange a été annulé</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="448"/>
        <source>Association refused (password or client address?)</source>
        <translation>Association refusée (mot de passe ou adresse client ?)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="450"/>
        <source>The device does not answer</source>
        <translation>L&apos;appareil ne répond pas</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="452"/>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="454"/>
        <source>The device refused</source>
        <translation>L&apos;appareil a refusé</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="456"/>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="457"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="474"/>
        <source>Disconnected: %1. Connect again.</source>
        <translation>Déconnecté : %1. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="490"/>
        <source>Give the device URL, e.g. tcp://192.168.1.10:4059.</source>
        <translation>Indiquez l&apos;URL de l&apos;appareil, p. ex. tcp://192.168.1.10:4059.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="499"/>
        <source>Connecting to %1 …</source>
        <translation>Connexion à %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="519"/>
        <source>Associated; reading the object list …</source>
        <translation>Association établie ; lecture de la liste d&apos;objets …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="525"/>
        <source>Connected to %1 (client 0x%2, %3 authentication): %n object(s).</source>
        <translation>
            <numerusform>Connecté à %1 (client 0x%2, authentification %3) : %n objet.</numerusform>
            <numerusform>Connecté à %1 (client 0x%2, authentification %3) : %n objets.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="548"/>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="555"/>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="569"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="658"/>
        <location filename="../app/views/dlms_tab.py" line="748"/>
        <source>no access</source>
        <translation>aucun accès</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="659"/>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="660"/>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="661"/>
        <source>read/write</source>
        <translation>lecture/écriture</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="685"/>
        <source>scaler %1, unit %2</source>
        <translation>échelle %1, unité %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="688"/>
        <source>values shown in %1</source>
        <translation>valeurs affichées en %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="720"/>
        <source>(read it on the Profile buffer page)</source>
        <translation>(lisez-le sur la page « Tampon du profil »)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="749"/>
        <source>access</source>
        <translation>accès</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="750"/>
        <source>authenticated access</source>
        <translation>accès authentifié</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="798"/>
        <source>The selected attributes are not readable for this client.</source>
        <translation>Les attributs sélectionnés ne sont pas lisibles pour ce client.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="835"/>
        <source>Nothing readable selected.</source>
        <translation>Aucun élément lisible sélectionné.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="837"/>
        <source>Reading %1 …</source>
        <translation>Lecture de %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="852"/>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="855"/>
        <source>Read %n attribute(s) of %1.</source>
        <translation>
            <numerusform>%n attribut de %1 lu.</numerusform>
            <numerusform>%n attributs de %1 lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="857"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refusé.</numerusform>
            <numerusform>%n refusés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="870"/>
        <source>This attribute is not writable for this client.</source>
        <translation>Cet attribut n&apos;est pas accessible en écriture pour ce client.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="880"/>
        <source>Write %1 · %2</source>
        <translation>Écrire %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="900"/>
        <source>Writing %1 · %2 …</source>
        <translation>Écriture de %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="904"/>
        <source>write refused: %1</source>
        <translation>écriture refusée : %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="913"/>
        <source>Wrote %1 · %2; the device reads back: %3</source>
        <translation>%1 · %2 écrit ; valeur relue sur l&apos;appareil : %3</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="917"/>
        <source>Wrote %1 · %2.</source>
        <translation>%1 · %2 écrit.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="931"/>
        <source>This method is not available to this client.</source>
        <translation>Cette méthode n&apos;est pas disponible pour ce client.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="934"/>
        <source>Invoke %1 · %2</source>
        <translation>Invoquer %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="949"/>
        <source>Invoking %1 · %2 …</source>
        <translation>Invocation de %1 · %2 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="951"/>
        <source>%1 · %2 done.</source>
        <translation>%1 · %2 terminé.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="953"/>
        <source>Returned: %1</source>
        <translation>Valeur renvoyée : %1</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="999"/>
        <source>Reading the buffer of %1 …</source>
        <translation>Lecture du tampon de %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1008"/>
        <source>this profile captures no clock</source>
        <translation>ce profil ne capture pas l&apos;horloge</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1015"/>
        <source>The buffer of %1 is empty.</source>
        <translation>Le tampon de %1 est vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1024"/>
        <source>%n row(s) of %1.</source>
        <translation>
            <numerusform>%n ligne de %1.</numerusform>
            <numerusform>%n lignes de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1041"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_tab.py" line="1052"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/dlms_tab.py" line="1059"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="157"/>
        <source>Edit values: %1</source>
        <translation>Modifier les valeurs : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="190"/>
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n champ à vérifier.</numerusform>
            <numerusform>%n champs à vérifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>IPv4 or IPv6 address</source>
        <translation>Adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 hex digits</source>
        <translation>au maximum %1 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="350"/>
        <source>at most %1 characters</source>
        <translation>au maximum %1 caractères</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="35"/>
        <source>Firmware</source>
        <translation>Mise à jour du firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>For models</source>
        <translation>Pour les modèles</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Version</source>
        <translation>N° de version</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Replaces from version</source>
        <translation>Remplace à partir de la version</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Device runs</source>
        <translation>Version actuelle de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="52"/>
        <source>Activation state</source>
        <translation>État de l&apos;activation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="59"/>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="61"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Choose firmware image</source>
        <translation>Choisir une image du firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="89"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Fichiers image (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="100"/>
        <source>Not a usable image: %1</source>
        <translation>Image inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="117"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Prêt : rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="135"/>
        <source>last update undone: %1</source>
        <translation>dernière mise à jour annulée : %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Transferring</source>
        <translation>Transfert en cours</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Checking and installing</source>
        <translation>Vérification et installation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Activating</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Redémarrage, en attente de confirmation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="155"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="169"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 sur %2 octets, %3 o/s, %4 s restantes</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="183"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Mis à jour de %1 vers %2, confirmé.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Opération annulée. Relancez la mise à jour pour reprendre le transfert là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="195"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Échec : %1. Relancez la mise à jour pour reprendre.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="106"/>
        <source>Message</source>
        <translation>Message d&apos;état</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Open sheet…</source>
        <translation>Ouvrir une feuille…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="163"/>
        <source>password for all (else the key store)</source>
        <translation>mot de passe commun (sinon le magasin de clés)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="164"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="169"/>
        <source>Concurrency: </source>
        <translation>Parallélisme : </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="170"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="172"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="174"/>
        <source>Export results…</source>
        <translation>Exporter les résultats…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="176"/>
        <source>Rollback…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="178"/>
        <source>Firmware rollout…</source>
        <translation>Déployer le firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="180"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Mettre à jour tous les appareils de la feuille par vagues de 5 %, 25 %, 100 % ; arrêt au-delà de 2 % d&apos;échecs</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <source>Open fleet sheet</source>
        <translation>Ouvrir une feuille du parc</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="221"/>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="239"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1 : %2 appareil(s) prêt(s), %3 ligne(s) non valide(s).</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="256"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>aucun mot de passe pour %1 : saisissez-en un ci-dessus ou enregistrez-le dans le magasin de clés</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="273"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Opération annulée : les appareils déjà écrits conservent leurs nouvelles valeurs ; les autres restent inchangés.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="299"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plan : %1 appareil(s) à modifier, %2 illisible(s).</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="328"/>
        <source>Apply finished: %1.</source>
        <translation>Application terminée : %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="338"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="346"/>
        <source>Rollback from results</source>
        <translation>Restaurer depuis les résultats</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Firmware image to roll out</source>
        <translation>Image du firmware à déployer</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="388"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Fichiers image (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="423"/>
        <source>Rollout: %1.</source>
        <translation>Déploiement : %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="425"/>
        <source>Rollout stopped: %1</source>
        <translation>Déploiement arrêté : %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="436"/>
        <source>Changes for row %1</source>
        <translation>Modifications de la ligne %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="438"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="104"/>
        <source>%1 is also the %2; they must differ</source>
        <translation>%1 est aussi le %2 ; ils doivent être différents</translation>
    </message>
</context>
<context>
    <name>GsmFields</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="75"/>
        <source>The serial port of the local GSM modem</source>
        <translation>Le port série du modem GSM local</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="85"/>
        <source>The phone number of the gateway&apos;s SIM card</source>
        <translation>Le numéro de téléphone de la carte SIM de la passerelle</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="86"/>
        <source>Modem port</source>
        <translation>Port du modem</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Modem speed</source>
        <translation>Vitesse du modem</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="88"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="91"/>
        <source>WM-E (pw=….cmd=…)</source>
        <translation>WM-E (commandes pw=….cmd=…)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="92"/>
        <source>2N MeterCom (MCP …)</source>
        <translation>MeterCom 2N (commandes MCP …)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="94"/>
        <source>Command dialect</source>
        <translation>Dialecte de commandes</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="95"/>
        <source>The password is the device&apos;s SMS (CSD) password.</source>
        <translation>Le mot de passe est le mot de passe SMS (CSD) de l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="98"/>
        <source>With a CSD password set, it is the password to give.</source>
        <translation>Si un mot de passe CSD est défini, c&apos;est celui-ci qu&apos;il faut indiquer.</translation>
    </message>
</context>
<context>
    <name>IecReadoutWindow</name>
    <message>
        <location filename="../app/views/iec_readout.py" line="50"/>
        <source>IEC 62056-21 meter readout</source>
        <translation>Relève de compteur IEC 62056-21</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="59"/>
        <source>An optical head on a serial port (300 Bd 7E1 unless given), or a modem&apos;s transparent port</source>
        <translation>Une tête optique sur un port série (300 Bd 7E1 sauf indication contraire), ou le port transparent d&apos;un modem</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="65"/>
        <source>Mode %1</source>
        <translation>Mode %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="69"/>
        <source>none (any meter on the line)</source>
        <translation>aucune (tout compteur sur la ligne)</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="71"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="72"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="73"/>
        <source>Device address</source>
        <translation>Adresse de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="74"/>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Read</source>
        <translation>Relever</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="77"/>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="79"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="86"/>
        <source>Not read yet</source>
        <translation>Pas encore relevé</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="91"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="103"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="114"/>
        <source>Give the meter&apos;s port, e.g. serial:///dev/ttyUSB0</source>
        <translation>Indiquez le port du compteur, p. ex. serial:///dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="121"/>
        <source>Reading %1 …</source>
        <translation>Relève de %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="129"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="132"/>
        <source>Readout failed: %1</source>
        <translation>Échec de la relève : %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="153"/>
        <source>As the meter sent it: %1</source>
        <translation>Tel que le compteur l’a envoyé : %1</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>check OK</source>
        <translation>contrôle OK</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="158"/>
        <source>CHECK FAILED</source>
        <translation>ÉCHEC DU CONTRÔLE</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="160"/>
        <source>%1 · mode %2 · %3 Bd · %4 values · %5</source>
        <translation>%1 · mode %2 · %3 Bd · %4 valeurs · %5</translation>
    </message>
    <message>
        <location filename="../app/views/iec_readout.py" line="185"/>
        <source>Export readout</source>
        <translation>Exporter la relève</translation>
    </message>
</context>
<context>
    <name>IntegerInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="136"/>
        <source>Whole number from %1 to %2</source>
        <translation>Nombre entier de %1 à %2</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="225"/>
        <source>Import keys from %1</source>
        <translation>Importer des clés depuis %1</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="229"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="234"/>
        <source>Import good rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="263"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>Lignes valides à importer : %1 ; lignes comportant des problèmes, non importées : %2.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="39"/>
        <source>gwterm login</source>
        <translation>Connexion à gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="48"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="49"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="102"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — configuration de passerelles</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="112"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="121"/>
        <source>Wireless</source>
        <translation>Sans fil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="125"/>
        <source>DLMS</source>
        <translation>DLMS</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="130"/>
        <source>Readings</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="132"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="137"/>
        <source>Fleet</source>
        <translation>Parc d&apos;appareils</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="176"/>
        <source>Parameter read</source>
        <translation>Lecture des paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="179"/>
        <source>Parameter write</source>
        <translation>Écriture des paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="182"/>
        <source>Device information</source>
        <translation>Informations sur l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="185"/>
        <source>Open configuration…</source>
        <translation>Ouvrir une configuration…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="191"/>
        <source>Save configuration…</source>
        <translation>Enregistrer la configuration…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="197"/>
        <source>Compare with file…</source>
        <translation>Comparer avec un fichier…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="200"/>
        <source>Traffic monitor</source>
        <translation>Moniteur de trafic</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="204"/>
        <source>Firmware…</source>
        <translation>Mise à jour du firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="207"/>
        <location filename="../app/views/main_window.py" line="765"/>
        <source>Restart device</source>
        <translation>Redémarrer l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Change communication password…</source>
        <translation>Modifier le mot de passe de communication…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="213"/>
        <source>Users…</source>
        <translation>Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="214"/>
        <source>Audit log…</source>
        <translation>Journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>SMS console…</source>
        <translation>Console SMS…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="219"/>
        <source>AT terminal…</source>
        <translation>Terminal AT…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="222"/>
        <source>Meter readout (IEC 62056-21)…</source>
        <translation>Relève de compteur (IEC 62056-21)…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="227"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <location filename="../app/views/main_window.py" line="994"/>
        <source>About gwterm</source>
        <translation>À propos de gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="229"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="244"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="246"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="250"/>
        <source>&amp;Admin</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="254"/>
        <source>&amp;Operation</source>
        <translation>&amp;Opérations</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="260"/>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="265"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="274"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="297"/>
        <source>Edit values</source>
        <translation>Modifier les valeurs</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="302"/>
        <source>Search all parameters</source>
        <translation>Rechercher dans tous les paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="306"/>
        <source>Parameter group:</source>
        <translation>Groupe de paramètres :</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="314"/>
        <source>Revert group</source>
        <translation>Annuler les modifications du groupe</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="317"/>
        <source>Revert all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="320"/>
        <source>Reveal edited secrets</source>
        <translation>Afficher les secrets modifiés</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="350"/>
        <location filename="../app/views/main_window.py" line="811"/>
        <source>Read device log</source>
        <translation>Lire le journal de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="362"/>
        <location filename="../app/views/main_window.py" line="451"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="461"/>
        <source>%1 · serial %2</source>
        <translation>%1 · n° de série %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="478"/>
        <source>Edited groups: %1</source>
        <translation>Groupes modifiés : %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="481"/>
        <source>Edited groups: none</source>
        <translation>Groupes modifiés : aucun</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="515"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>Connect to a device first</source>
        <translation>Connectez-vous d&apos;abord à un appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="516"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Attendez la fin de l&apos;opération en cours ou annulez-la</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="542"/>
        <source>Nothing changed: edit values first</source>
        <translation>Rien n&apos;a changé : modifiez d&apos;abord des valeurs</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="544"/>
        <source>Nothing is running</source>
        <translation>Aucune opération en cours</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="547"/>
        <source>Not available over SMS</source>
        <translation>Non disponible par SMS</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="548"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Votre rôle (%1) ne le permet pas</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>The password was not stored: %1</source>
        <translation>Le mot de passe n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="767"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>Redémarrer l&apos;appareil maintenant ? La connexion est interrompue puis rétablie dès que l&apos;appareil répond de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="777"/>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Change communication password</source>
        <translation>Modifier le mot de passe de communication</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="778"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="784"/>
        <source>Repeat it:</source>
        <translation>Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="789"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Les mots de passe ne correspondent pas ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="792"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>Le nouveau mot de passe est en attente : utilisez « Écriture des paramètres » pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>The device log cannot be read over SMS.</source>
        <translation>Le journal de l&apos;appareil ne peut pas être lu par SMS.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <source>Open configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="835"/>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Fichiers de configuration (*.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="851"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>Le fichier contient des valeurs non valides ; rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="866"/>
        <source>Connect to the device to load %1 as changes.</source>
        <translation>Connectez-vous à l&apos;appareil pour charger %1 comme modifications.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="878"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>%1 chargé : %2 valeur(s) diffèrent de l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Save configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="886"/>
        <source>Configuration (*.cfg)</source>
        <translation>Fichiers de configuration (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="905"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="910"/>
        <source>Compare with file</source>
        <translation>Comparer avec un fichier</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="923"/>
        <source>Compare with %1</source>
        <translation>Comparaison avec %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="926"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="930"/>
        <location filename="../app/views/main_window.py" line="934"/>
        <source>(secret)</source>
        <translation>(masqué)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="939"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n différence.</numerusform>
            <numerusform>%n différences.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="939"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="942"/>
        <source>Load file values as edits</source>
        <translation>Charger les valeurs du fichier comme modifications</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="995"/>
        <source>gwterm %1
Configure smart-metering gateways, and be one.
MIT licence.</source>
        <translation>gwterm %1
Configurez des passerelles de comptage intelligent, et soyez-en une.
Licence MIT.</translation>
    </message>
</context>
<context>
    <name>MbusTab</name>
    <message>
        <location filename="../app/views/mbus_tab.py" line="58"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>Le bus : un port série avec un convertisseur de niveau M-Bus, ou tcp://host:port (M-Bus transparent)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 selon la norme ; 8N1 pour certaines têtes optiques</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Converter echoes</source>
        <translation>Écho du convertisseur</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="70"/>
        <source>Wake-up preamble</source>
        <translation>Préambule de réveil</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="71"/>
        <source>Scan primary</source>
        <translation>Scanner les adresses primaires</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="74"/>
        <source>Scan secondary</source>
        <translation>Scanner les adresses secondaires</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="77"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Bus:</source>
        <translation>Bus :</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="86"/>
        <source>Baud</source>
        <translation>Débit (bauds)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Primary</source>
        <translation>Adresse primaire</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Secondary address</source>
        <translation>Adresse secondaire</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Medium</source>
        <translation>Fluide</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="103"/>
        <source>Version</source>
        <translation>N° de version</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="104"/>
        <source>Id</source>
        <translation>N° d&apos;identification</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="111"/>
        <source>Read selected meter</source>
        <translation>Relever le compteur sélectionné</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Storage</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Subunit</source>
        <translation>Sous-unité</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="123"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="124"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="131"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Opération annulée.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="187"/>
        <source>Failed.</source>
        <translation>Échec de l&apos;opération.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="213"/>
        <source>Probing %1 …</source>
        <translation>Interrogation de %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>%n compteur trouvé.</numerusform>
            <numerusform>%n compteurs trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="225"/>
        <source>%1 bus transactions.</source>
        <translation>Transactions sur le bus : %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="247"/>
        <source>Select a meter first.</source>
        <translation>Sélectionnez d&apos;abord un compteur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="265"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n enregistrement dans %1 télégramme(s).</numerusform>
            <numerusform>%n enregistrements dans %1 télégramme(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>Export records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="305"/>
        <source>CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NoValueInput</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="275"/>
        <source>(no parameter)</source>
        <translation>(aucun paramètre)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="275"/>
        <source>null-data</source>
        <translation>valeur nulle (null-data)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="26"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="30"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>ParamTableModel</name>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter description</source>
        <translation>Description du paramètre</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Parameter value</source>
        <translation>Valeur du paramètre</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="53"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="67"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../app/views/param_model.py" line="76"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/param_model.py" line="78"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../app/views/fields.py" line="118"/>
        <location filename="../app/views/fields.py" line="146"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="120"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="124"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="125"/>
        <source>Remove this secret from the device</source>
        <translation>Supprimer ce secret de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="140"/>
        <source>will be cleared</source>
        <translation>sera effacé</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="153"/>
        <source>the communication password cannot be empty</source>
        <translation>le mot de passe de communication ne peut pas être vide</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../app/views/dlms_profile.py" line="151"/>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="152"/>
        <source>Time range</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="153"/>
        <source>Last entries</source>
        <translation>Dernières entrées</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="154"/>
        <source>Which rows of the buffer to read (selective access)</source>
        <translation>Lignes du tampon à lire (accès sélectif)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="167"/>
        <source>How many of the newest entries to read</source>
        <translation>Nombre d&apos;entrées les plus récentes à lire</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="168"/>
        <source>Read buffer</source>
        <translation>Lire le tampon</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="171"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="172"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="173"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="196"/>
        <source>The column plotted over the clock column</source>
        <translation>La colonne tracée en fonction de la colonne d&apos;horloge</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="199"/>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="217"/>
        <source>Install pyqtgraph to see the plot.</source>
        <translation>Installez pyqtgraph pour voir le graphique.</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="238"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="286"/>
        <source>This profile captures no clock</source>
        <translation>Ce profil ne capture pas l&apos;horloge</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_profile.py" line="304"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="197"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="198"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="199"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="200"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="201"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="202"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="233"/>
        <source>Read failed</source>
        <translation>Échec de la relève</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="249"/>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
</context>
<context>
    <name>ReadingsTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="278"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="279"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="280"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="281"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="282"/>
        <source>From – to</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="302"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="304"/>
        <source>Read the meter list, the newest values and the events again</source>
        <translation>Relire la liste des compteurs, les dernières valeurs et les événements</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="306"/>
        <source>Read now</source>
        <translation>Relever maintenant</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="309"/>
        <source>Read every meter on the list now, outside the readout cycle, and store the readout</source>
        <translation>Relever maintenant tous les compteurs de la liste, hors du cycle de relève, et enregistrer la relève</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="312"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="321"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="323"/>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="325"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="328"/>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="330"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="331"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="346"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="347"/>
        <source>Id</source>
        <translation>N° d&apos;identification</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="348"/>
        <source>Medium</source>
        <translation>Fluide</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="349"/>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="350"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="351"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="360"/>
        <source>Select one meter, or several (Ctrl, Shift) to overlay them</source>
        <translation>Sélectionnez un compteur, ou plusieurs (Ctrl, Shift) pour les superposer</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="403"/>
        <source>Message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="410"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="411"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="450"/>
        <source>Select meters with readings in the range first</source>
        <translation>Sélectionnez d&apos;abord des compteurs ayant des relevés dans la période</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="459"/>
        <source>This device keeps no stored readings.</source>
        <translation>Cet appareil ne conserve aucun relevé.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="488"/>
        <source>Reading the newest values: meter %1 of %2 …</source>
        <translation>Lecture des dernières valeurs : compteur %1 sur %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="514"/>
        <source>%n meter(s) with stored readings.</source>
        <translation>
            <numerusform>%n compteur avec des relevés stockés.</numerusform>
            <numerusform>%n compteurs avec des relevés stockés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="518"/>
        <source>Read stored meters</source>
        <translation>Lecture des compteurs stockés</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="535"/>
        <source>Reading the meters …</source>
        <translation>Relève des compteurs …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="536"/>
        <source>Read meters now</source>
        <translation>Relever les compteurs maintenant</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="541"/>
        <source>Reading the meters takes a while; the gateway stores the readout when done.</source>
        <translation>La relève des compteurs prend du temps ; la passerelle l’enregistrera une fois terminée.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="543"/>
        <source>The gateway has no meters to read (no meter bus or receiver, or an empty list).</source>
        <translation>La passerelle n’a aucun compteur à relever (pas de bus de compteurs ni de récepteur, ou liste vide).</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="545"/>
        <source>Read %1 meter(s) now: %2 new reading(s) stored.</source>
        <translation>%1 compteur(s) relevé(s) : %2 nouvelle(s) valeur(s) enregistrée(s).</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="551"/>
        <source>%1 meter(s) could not be read.</source>
        <translation>%1 compteur(s) n’ont pas pu être relevé(s).</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="583"/>
        <source>maximum</source>
        <translation>valeur maximale</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="584"/>
        <source>minimum</source>
        <translation>valeur minimale</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="585"/>
        <source>during error</source>
        <translation>en état d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="589"/>
        <source>storage %1</source>
        <translation>mémoire %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="590"/>
        <source>tariff %1</source>
        <translation>tarif %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="591"/>
        <source>subunit %1</source>
        <translation>sous-unité %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="619"/>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="620"/>
        <source>Interface: %1</source>
        <translation>Interface : %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="623"/>
        <source>Manufacturer: %1</source>
        <translation>Fabricant : %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="625"/>
        <source>Version: %1</source>
        <translation>N° de version : %1</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="670"/>
        <source>no readings</source>
        <translation>aucun relevé</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="672"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="676"/>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="678"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="726"/>
        <source>Meter unreadable</source>
        <translation>Compteur illisible</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="727"/>
        <source>Meter readable again</source>
        <translation>Compteur de nouveau lisible</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="728"/>
        <source>Decryption failed</source>
        <translation>Échec du déchiffrement</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="729"/>
        <source>Power lost</source>
        <translation>Perte de l&apos;alimentation</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="730"/>
        <source>Power returned</source>
        <translation>Retour de l&apos;alimentation</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="731"/>
        <source>Report backlog dropped</source>
        <translation>File d&apos;attente du rapport abandonnée</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="746"/>
        <source>Events (%1)</source>
        <translation>Événements (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="817"/>
        <source>Loading %1 (%2 of %3): %4 readings …</source>
        <translation>Chargement de %1 (%2 sur %3) : %4 relevés …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/readings_tab.py" line="836"/>
        <source>%n reading(s) loaded.</source>
        <translation>
            <numerusform>%n relevé chargé.</numerusform>
            <numerusform>%n relevés chargés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="840"/>
        <source>Loading readings …</source>
        <translation>Chargement des relevés …</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="841"/>
        <source>Load readings</source>
        <translation>Chargement des relevés</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="902"/>
        <source>No readings of the selected meters in this range.</source>
        <translation>Aucun relevé des compteurs sélectionnés dans cette période.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="941"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="946"/>
        <source>Nothing to export: select meters with readings in the range first.</source>
        <translation>Rien à exporter : sélectionnez d&apos;abord des compteurs ayant des relevés dans la période.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Export readings</source>
        <translation>Exporter les relevés</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="954"/>
        <source>CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="962"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="971"/>
        <source>Excel (*.xlsx)</source>
        <translation>Fichiers Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="986"/>
        <source>Nothing to export: plot a series first.</source>
        <translation>Rien à exporter : tracez d&apos;abord une série.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="988"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="992"/>
        <source>%1: cannot write the image</source>
        <translation>%1 : impossible d&apos;écrire l&apos;image</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../app/views/reports_tab.py" line="68"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="70"/>
        <source>Read the readout cycle and every report&apos;s state again</source>
        <translation>Relire le cycle de relève et l&apos;état de chaque rapport</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="79"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="80"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="81"/>
        <source>Transport</source>
        <translation>Mode de transport</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="82"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="83"/>
        <source>Format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="84"/>
        <source>Cycle</source>
        <translation>Cycle du rapport</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="85"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="86"/>
        <source>Last success</source>
        <translation>Dernière réussite</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="87"/>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="88"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="110"/>
        <location filename="../app/views/reports_tab.py" line="470"/>
        <source>Test send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="112"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="114"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="116"/>
        <source>Revert form</source>
        <translation>Annuler les modifications du formulaire</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="127"/>
        <source>Test send uses the form&apos;s values without writing them. Send now delivers what the report has waiting, with the written settings. Apply stages the form&apos;s values: Parameter write (Ctrl+W) sends them.</source>
        <translation>« Envoi de test » utilise les valeurs du formulaire sans les écrire. « Envoyer maintenant » remet ce que le rapport a en attente, avec les réglages écrits. « Appliquer » met en attente les valeurs du formulaire : « Écriture des paramètres » (Ctrl+W) les envoie.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="182"/>
        <source>This device sends no reports.</source>
        <translation>Cet appareil n&apos;envoie aucun rapport.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="193"/>
        <source>Your role (%1) does not allow this</source>
        <translation>Votre rôle (%1) ne le permet pas</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="208"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Connectez-vous d&apos;abord à un appareil qui stocke des relevés.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="209"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Attendez la fin de l&apos;opération en cours ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="211"/>
        <source>Correct the marked fields first.</source>
        <translation>Corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="216"/>
        <source>Send a test report with the form&apos;s values; nothing is written</source>
        <translation>Envoyer un rapport de test avec les valeurs du formulaire ; rien n&apos;est écrit</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="221"/>
        <source>The report is not enabled on the device.</source>
        <translation>Le rapport n&apos;est pas activé sur l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="222"/>
        <source>Deliver what this report has waiting, now (with the written settings)</source>
        <translation>Remettre maintenant ce que ce rapport a en attente (avec les réglages écrits)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="224"/>
        <source>Deliver what is waiting, now: with the written settings, not the form&apos;s</source>
        <translation>Remettre maintenant ce qui est en attente : avec les réglages écrits, pas ceux du formulaire</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="226"/>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="231"/>
        <source>Stage the form&apos;s values; Parameter write (Ctrl+W) writes them</source>
        <translation>Mettre en attente les valeurs du formulaire ; « Écriture des paramètres » (Ctrl+W) les écrit</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="290"/>
        <source>Read report status</source>
        <translation>Lecture de l&apos;état des rapports</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="304"/>
        <source>Readout cycle %1</source>
        <translation>Cycle de relève %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="307"/>
        <source>last %1 (%n reading(s))</source>
        <translation>
            <numerusform>dernière %1 (%n relevé)</numerusform>
            <numerusform>dernière %1 (%n relevés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="312"/>
        <source>next %1</source>
        <translation>prochaine %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="314"/>
        <source>reading now</source>
        <translation>relève en cours</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="321"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="331"/>
        <source>Report %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="338"/>
        <source>%1 (%2 readouts)</source>
        <translation>%1 (%2 relèves)</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="390"/>
        <source>Settings of %1</source>
        <translation>Réglages : %1</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="425"/>
        <source>The device refused the settings; nothing was sent.</source>
        <translation>L&apos;appareil a refusé les réglages ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="457"/>
        <source>Test report %1 delivered. The server answered:</source>
        <translation>Rapport de test %1 remis. Le serveur a répondu :</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="464"/>
        <source>Test report %1 not delivered:</source>
        <translation>Rapport de test %1 non remis :</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>Sending a test report to %1 …</source>
        <translation>Envoi d&apos;un rapport de test vers %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="473"/>
        <source>the stored server</source>
        <translation>le serveur enregistré</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="495"/>
        <source>The device did not send the report:</source>
        <translation>L&apos;appareil n&apos;a pas envoyé le rapport :</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="501"/>
        <source>Report %1 delivered; nothing is waiting.</source>
        <translation>Rapport %1 remis ; plus rien n&apos;est en attente.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="507"/>
        <source>Report %1 is still being delivered (%2 message(s) waiting).</source>
        <translation>Le rapport %1 est encore en cours de remise (%2 message(s) en attente).</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="510"/>
        <source>Refresh shows how it ends.</source>
        <translation>« Actualiser » montre comment cela se termine.</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="516"/>
        <source>Report %1 not delivered (%2 message(s) waiting):</source>
        <translation>Rapport %1 non remis (%2 message(s) en attente) :</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="524"/>
        <source>Send report now</source>
        <translation>Envoi immédiat du rapport</translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="525"/>
        <source>Sending report %1 …</source>
        <translation>Envoi du rapport %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reports_tab.py" line="540"/>
        <source>%n value(s) staged.</source>
        <translation>
            <numerusform>%n valeur mise en attente.</numerusform>
            <numerusform>%n valeurs mises en attente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reports_tab.py" line="541"/>
        <source>Use Parameter write (Ctrl+W) to write them to the device.</source>
        <translation>Utilisez « Écriture des paramètres » (Ctrl+W) pour les écrire dans l&apos;appareil.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="42"/>
        <source>Energy readings (and power: W, kW, MW) are shown and exported in this unit</source>
        <translation>Les valeurs d&apos;énergie (et de puissance : W, kW, MW) sont affichées et exportées dans cette unité</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="47"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="48"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="49"/>
        <source>The separator of every CSV file the application writes or copies</source>
        <translation>Le séparateur de chaque fichier CSV que l&apos;application écrit ou copie</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="53"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="54"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="68"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Chiffrer les sessions par défaut (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="71"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="72"/>
        <source>Energy unit</source>
        <translation>Unité d&apos;énergie</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="73"/>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="74"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="75"/>
        <source>Answer timeout</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="76"/>
        <source>Retries</source>
        <translation>Nombre de tentatives</translation>
    </message>
</context>
<context>
    <name>SmsConsole</name>
    <message>
        <location filename="../app/views/sms_console.py" line="53"/>
        <source>SMS console</source>
        <translation>Console SMS</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="62"/>
        <location filename="../app/views/sms_console.py" line="154"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="65"/>
        <location filename="../app/views/sms_console.py" line="155"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="67"/>
        <source>Modem</source>
        <translation>Port du modem</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>Message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="75"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="86"/>
        <source>Number, e.g. +36201234567</source>
        <translation>Numéro, p. ex. +36201234567</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="93"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="120"/>
        <source>Give the modem&apos;s port, e.g. serial:///dev/ttyUSB1</source>
        <translation>Indiquez le port du modem, p. ex. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="123"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="129"/>
        <source>Cannot open the modem: %1</source>
        <translation>Impossible d&apos;ouvrir le modem : %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="136"/>
        <source>Open: %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="137"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="236"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="237"/>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="238"/>
        <source>sent, not yet delivered</source>
        <translation>envoyé, pas encore remis</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="239"/>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="240"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../app/views/sms_console.py" line="269"/>
        <source>%1 characters, %2 SMS</source>
        <translation>%1 caractères, %2 SMS</translation>
    </message>
</context>
<context>
    <name>StoredDataTab</name>
    <message>
        <location filename="../app/views/readings_tab.py" line="145"/>
        <source>Connect to a device that stores readings first.</source>
        <translation>Connectez-vous d&apos;abord à un appareil qui stocke des relevés.</translation>
    </message>
    <message>
        <location filename="../app/views/readings_tab.py" line="166"/>
        <source>Wait for the running operation or cancel it.</source>
        <translation>Attendez la fin de l&apos;opération en cours ou annulez-la.</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../app/views/fields.py" line="208"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="209"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="210"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="211"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="212"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="299"/>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
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
        <translation>Modifier les octets en hexadécimal plutôt qu&apos;en texte</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="238"/>
        <location filename="../app/views/dlms_editor.py" line="239"/>
        <source>A decimal number</source>
        <translation>Un nombre décimal</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="240"/>
        <source>Bits as 0 and 1, first bit left</source>
        <translation>Bits sous forme de 0 et 1, premier bit à gauche</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="241"/>
        <source>Printable text</source>
        <translation>Texte imprimable</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as hex, e.g. 0A FF</source>
        <translation>Octets en hexadécimal, p. ex. 0A FF</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="244"/>
        <source>Octets as text</source>
        <translation>Octets sous forme de texte</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../app/views/traffic.py" line="92"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="93"/>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="94"/>
        <source>Length</source>
        <translation>Longueur</translation>
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
        <translation>Trames gwcp</translation>
    </message>
</context>
<context>
    <name>TrafficMonitor</name>
    <message>
        <location filename="../app/views/traffic.py" line="118"/>
        <source>Traffic monitor</source>
        <translation>Moniteur de trafic</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="132"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="134"/>
        <source>Filter (hex, text or frame name)</source>
        <translation>Filtre (hex, texte ou nom de trame)</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="136"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="138"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="140"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Save traffic</source>
        <translation>Enregistrer le trafic</translation>
    </message>
    <message>
        <location filename="../app/views/traffic.py" line="166"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../app/views/users_dialogs.py" line="75"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="78"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="84"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="85"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="86"/>
        <source>Change role…</source>
        <translation>Modifier le rôle…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="87"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="135"/>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="127"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="130"/>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="136"/>
        <source>Password (8 characters or more):</source>
        <translation>Mot de passe (8 caractères ou plus) :</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="153"/>
        <source>Change role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../app/views/users_dialogs.py" line="163"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
</context>
<context>
    <name>ValueEditorDialog</name>
    <message>
        <location filename="../app/views/dlms_editor.py" line="315"/>
        <source>(no parameter)</source>
        <translation>(aucun paramètre)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="317"/>
        <source>date-time (octet-string)</source>
        <translation>date-heure (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="318"/>
        <source>date-time (tag 25)</source>
        <translation>date-heure (tag 25)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="319"/>
        <source>octet-string</source>
        <translation>chaîne d&apos;octets (octet-string)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="320"/>
        <source>null-data</source>
        <translation>valeur nulle (null-data)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="325"/>
        <source>A-XDR (hex)</source>
        <translation>A-XDR (hexa)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="346"/>
        <source>Now: %1 (%2)</source>
        <translation>Actuellement : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="356"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/dlms_editor.py" line="357"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="65"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>Une URL de récepteur (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) ou un fichier de télégrammes hexadécimaux</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="76"/>
        <source>Import keys…</source>
        <translation>Importer des clés…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="80"/>
        <source>Receiver:</source>
        <translation>Récepteur :</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Id</source>
        <translation>N° d&apos;identification</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>Type</source>
        <translation>Type de compteur</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Version</source>
        <translation>N° de version</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>RSSI (dBm)</source>
        <translation>RSSI (dBm)</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>Telegrams</source>
        <translation>Télégrammes</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="95"/>
        <source>Last seen</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="96"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Storage</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="111"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="112"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>%1 télégramme(s) de %2 compteur(s).</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Import wM-Bus keys</source>
        <translation>Importer des clés wM-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="212"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store</source>
        <translation>Magasin de clés</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="29"/>
        <source>Key store master password:</source>
        <translation>Mot de passe maître du magasin de clés :</translation>
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
        <translation>Paramètres du point d&apos;accès (APN) pour la connexion de données mobile.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>APN name</source>
        <translation>Nom de l&apos;APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Nom du serveur APN fourni par l&apos;opérateur mobile.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>APN username</source>
        <translation>Nom d&apos;utilisateur APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Nom d&apos;utilisateur de l&apos;APN, si l&apos;opérateur mobile en exige un.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>APN password</source>
        <translation>Mot de passe APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Mot de passe de l&apos;APN, si l&apos;opérateur mobile en exige un.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>PDP connection delay</source>
        <translation>Délai de connexion PDP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Délai avant l&apos;établissement de la connexion de données (PDP), laissant le temps de joindre le modem par un appel CSD après une configuration erronée.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>Ports TCP pour la relève des compteurs, la configuration du modem et le téléchargement du firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Utility communication port (primary)</source>
        <translation>Port de communication distributeur (primaire)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Port de relève transparente (IEC) des compteurs à priorité haute, utilisable aussi pour la configuration et les mises à jour du firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Customer communication port (secondary)</source>
        <translation>Port de communication client (secondaire)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Port de priorité inférieure pour la communication avec le compteur, la configuration et les mises à jour du firmware ; doit être différent du port primaire (0 le désactive).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Configuration and firmware download port</source>
        <translation>Port de configuration et de téléchargement du firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>Port TCP utilisé pour le paramétrage à distance et la mise à jour du firmware du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Mobile network</source>
        <translation>Réseau mobile</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>Code PIN de la SIM, technologie d&apos;accès et choix de l&apos;opérateur mobile.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>SIM PIN</source>
        <translation>Code PIN SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>Code PIN de la carte SIM insérée ; laisser vide si la SIM n&apos;a pas de PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="234"/>
        <source>Frequency band / access technology</source>
        <translation>Bande de fréquence / technologie d&apos;accès</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="235"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Technologie d&apos;accès mobile à utiliser, p. ex. 4G uniquement ou LTE avec repli 2G (les appels CSD exigent une technologie utilisant le réseau 2G).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="236"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="237"/>
        <source>4G (LTE) only</source>
        <translation>4G (LTE) uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="238"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE avec repli 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="239"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE avec repli 3G/2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>LTE Cat.M1 only</source>
        <translation>LTE Cat.M1 uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>LTE Cat.NB-IoT uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT avec repli 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>2G only</source>
        <translation>2G uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Operator selection</source>
        <translation>Choix de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Indique si l&apos;opérateur de réseau mobile est choisi automatiquement ou si un opérateur déterminé est utilisé.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Opérateur de réseau mobile (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Code de l&apos;opérateur de réseau mobile imposé (p. ex. 21601), utilisé lorsque le choix de l&apos;opérateur est manuel.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Réglages du port série transparent du compteur et options TLS du mode transparent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Multi utility mode</source>
        <translation>Mode multi-fluide</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Mode de fonctionnement du port compteur ; le mode transparent est le réglage de base.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>Transparent mode</source>
        <translation>Mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Meter port baud rate</source>
        <translation>Débit du port compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Débit en bauds du port série du compteur, de 300 à 115200 (9600 en standard).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>600 baud</source>
        <translation>600 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>1200 baud</source>
        <translation>1200 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>4800 baud</source>
        <translation>4800 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>19200 baud</source>
        <translation>19200 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>38400 baud</source>
        <translation>38400 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>57600 baud</source>
        <translation>57600 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>115200 baud</source>
        <translation>115200 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>Data format for meters</source>
        <translation>Format des données compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Format des données série vers le compteur ; Auto (firmware 5.3.4.1 ou plus récent) passe en 7E1 pour le trafic IEC et utilise 8N1 sinon.</translation>
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
        <translation>Auto (détection IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>Fixed 8N1 at meter</source>
        <translation>8N1 fixe côté compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Report instance 10: where, how and when the gateway pushes readings and events.</source>
        <oldsource>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</oldsource>
        <translation>Instance de rapport 10 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="48"/>
        <source>Report 1</source>
        <translation>Rapport 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="49"/>
        <source>Report instance 1: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 1 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Send this report.</source>
        <translation>Envoyer ce rapport.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>Transport</source>
        <translation>Mode de transport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>How the report travels: HTTP(S) POST, MQTT(S) publish, FTP(S) upload, e-mail, or SFTP upload.</source>
        <translation>Mode d&apos;acheminement du rapport : POST HTTP(S), publication MQTT(S), dépôt FTP(S), e-mail ou dépôt SFTP.</translation>
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
        <translation>Envoi par e-mail (SMTP)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// for TLS), ftp://host/dir (ftpes:// explicit, ftps:// implicit TLS), smtp://host:587 (smtps:// for TLS), sftp://host/dir. No credentials in the URL.</source>
        <translation>https://host/path, mqtt://host:1883/topic-prefix (mqtts:// pour TLS), ftp://host/dir (ftpes:// TLS explicite, ftps:// TLS implicite), smtp://host:587 (smtps:// pour TLS), sftp://host/dir. Pas d&apos;identifiants dans l&apos;URL.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Report format: MUC.one JSON or XML, semicolon CSV (CMe3100 style), or gwterm JSON (stable message ids, one MQTT message per meter).</source>
        <translation>Format du rapport : JSON ou XML MUC.one, CSV à points-virgules (style CMe3100), ou JSON gwterm (identifiants de message stables, un message MQTT par compteur).</translation>
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
        <translation>CSV (point-virgule, style CMe3100)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>gwterm JSON</source>
        <translation>JSON gwterm</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>Report cycle</source>
        <translation>Cycle du rapport</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>When the report is sent: @readout (after every readout cycle), a preset (@hourly, @daily, @every 15m) or five-field cron in UTC; ? picks a random value once, | joins schedules. A report waits for the readout that precedes it.</source>
        <translation>Moment de l&apos;envoi du rapport : @readout (après chaque cycle de relève), un préréglage (@hourly, @daily, @every 15m) ou une expression cron à cinq champs en UTC ; ? tire une valeur aléatoire une fois pour toutes, | combine des plannings. Un rapport attend la relève qui le précède.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>PEM file of the CA that signed the server certificate (empty: the system CAs). For SFTP: a known_hosts file.</source>
        <translation>Fichier PEM de la CA qui a signé le certificat du serveur (vide : les CA du système). Pour SFTP : un fichier known_hosts.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>PEM file of the gateway&apos;s client certificate (it may hold the key too); empty for none.</source>
        <translation>Fichier PEM du certificat client de la passerelle (il peut aussi contenir la clé) ; vide pour aucun.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>PEM file of the client certificate&apos;s private key when it is not in the certificate file; for SFTP the client key.</source>
        <translation>Fichier PEM de la clé privée du certificat client lorsqu&apos;elle ne figure pas dans le fichier du certificat ; pour SFTP, la clé client.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>Skip certificate checks</source>
        <translation>Ignorer la vérification des certificats</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>Accept any server certificate and host name (testing only).</source>
        <translation>Accepter n&apos;importe quel certificat de serveur et nom d&apos;hôte (tests uniquement).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>Login at the server (HTTP basic auth, MQTT, FTP, SMTP, SFTP); empty for none.</source>
        <translation>Identifiant sur le serveur (authentification HTTP basic, MQTT, FTP, SMTP, SFTP) ; vide pour aucun.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Password at the server; written, never read back.</source>
        <translation>Mot de passe sur le serveur ; écrit, jamais relu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>MQTT QoS</source>
        <translation>MQTT QoS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>0 at most once, 1 at least once (the broker acknowledges each message), 2 exactly once.</source>
        <translation>0 au plus une fois, 1 au moins une fois (le broker acquitte chaque message), 2 exactement une fois.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>MQTT retain</source>
        <translation>Retain MQTT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>The broker keeps the last message of each topic for new subscribers.</source>
        <translation>Le broker conserve le dernier message de chaque topic pour les nouveaux abonnés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>MQTT client id</source>
        <translation>ID client MQTT</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Client identifier at the broker; empty: gwterm-&lt;gateway serial&gt;-r&lt;instance&gt;.</source>
        <translation>Identifiant du client auprès du broker ; vide : gwterm-&lt;n° de série de la passerelle&gt;-r&lt;instance&gt;.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>E-mail recipients</source>
        <translation>Destinataires e-mail</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Recipient addresses for e-mail reports, separated by commas.</source>
        <translation>Adresses des destinataires des rapports par e-mail, séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Send events</source>
        <translation>Envoyer les événements</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Also send event messages (meter unreadable, decryption failed, power lost and returned) as they happen.</source>
        <translation>Envoyer aussi les messages d&apos;événement (compteur illisible, échec du déchiffrement, perte et retour de l&apos;alimentation) dès qu&apos;ils se produisent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Backlog</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>Undelivered readout cycles kept for this report; beyond it the oldest are dropped with an event.</source>
        <translation>Cycles de relève non remis conservés pour ce rapport ; au-delà, les plus anciens sont abandonnés avec un événement.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>Report 2</source>
        <translation>Rapport 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>Report instance 2: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 2 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>Report 3</source>
        <translation>Rapport 3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>Report instance 3: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 3 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>Report 4</source>
        <translation>Rapport 4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>Report instance 4: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 4 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Report 5</source>
        <translation>Rapport 5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Report instance 5: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 5 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="101"/>
        <source>Report 6</source>
        <translation>Rapport 6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="102"/>
        <source>Report instance 6: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 6 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="103"/>
        <source>Report 7</source>
        <translation>Rapport 7</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="104"/>
        <source>Report instance 7: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 7 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="105"/>
        <source>Report 8</source>
        <translation>Rapport 8</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="106"/>
        <source>Report instance 8: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 8 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="107"/>
        <source>Report 9</source>
        <translation>Rapport 9</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="108"/>
        <source>Report instance 9: where, how and when the gateway pushes readings and events.</source>
        <translation>Instance de rapport 9 : où, comment et quand la passerelle envoie les relevés et les événements.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Report 10</source>
        <translation>Rapport 10</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>How long and how much meter data the gateway keeps.</source>
        <translation>Durée et volume de conservation des données de comptage par la passerelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Keep readings for</source>
        <translation>Conserver les relevés pendant</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Readings older than this are deleted by the daily retention pass.</source>
        <translation>Les relevés plus anciens sont supprimés par la purge quotidienne.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Database size limit</source>
        <translation>Taille maximale de la base de données</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>When readings take more space, the oldest are deleted until they fit.</source>
        <translation>Si les relevés occupent davantage de place, les plus anciens sont supprimés jusqu&apos;à ce qu&apos;ils tiennent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>GPRS / APN</source>
        <translation>GPRS / APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Access point of the mobile data connection (GSM/UMTS variants); the SMS command CNF sets the same values.</source>
        <translation>Point d&apos;accès de la connexion de données mobile (variantes GSM/UMTS) ; la commande SMS CNF règle les mêmes valeurs.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>Access point name given by the mobile operator (SMS parameter APN). The SIM must allow data and have its PIN request disabled.</source>
        <translation>Nom du point d&apos;accès fourni par l&apos;opérateur mobile (paramètre SMS APN). La SIM doit autoriser les données et sa demande de PIN doit être désactivée.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>User name for the operator&apos;s data connection (SMS parameter DUSR); empty when the operator needs none.</source>
        <translation>Nom d&apos;utilisateur de la connexion de données de l&apos;opérateur (paramètre SMS DUSR) ; vide si l&apos;opérateur n&apos;en exige pas.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>Password for the operator&apos;s data connection (SMS parameter DPWD); empty when the operator needs none.</source>
        <translation>Mot de passe de la connexion de données de l&apos;opérateur (paramètre SMS DPWD) ; vide si l&apos;opérateur n&apos;en exige pas.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Outgoing connection</source>
        <translation>Connexion sortante</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>The server the module calls after switching on and then periodically (Client mode); a failed call is retried every 5 minutes.</source>
        <translation>Le serveur que le module appelle après sa mise sous tension puis périodiquement (mode client) ; un appel échoué est retenté toutes les 5 minutes.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Server IP address</source>
        <translation>Adresse IP du serveur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Numeric IP address of the data concentrator the module calls (SMS parameter IP; domain names are not allowed).</source>
        <translation>Adresse IP numérique du concentrateur de données appelé par le module (paramètre SMS IP ; les noms de domaine ne sont pas admis).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Server TCP port</source>
        <translation>Port TCP du serveur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>TCP port of the data concentrator for outgoing calls (SMS parameter PORT).</source>
        <translation>Port TCP du concentrateur de données pour les appels sortants (paramètre SMS PORT).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Call interval</source>
        <translation>Intervalle d&apos;appel</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Hours between outgoing calls to the server (SMS parameter RINT), 1 to 24; 0 disables periodic calls.</source>
        <translation>Heures entre deux appels sortants vers le serveur (paramètre SMS RINT), de 1 à 24 ; 0 désactive les appels périodiques.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>DLMS server</source>
        <translation>Serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>How the module accepts incoming DLMS/COSEM connections (when no outgoing call is in progress).</source>
        <translation>Comment le module accepte les connexions DLMS/COSEM entrantes (quand aucun appel sortant n&apos;est en cours).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>DLMS TCP port</source>
        <translation>Port TCP DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Local TCP port for incoming DLMS sessions (standard 4059). A wrong port makes the module unreachable over TCP until it is corrected by SMS or RS-485.</source>
        <translation>Port TCP local pour les sessions DLMS entrantes (4059 en standard). Un port erroné rend le module injoignable par TCP jusqu&apos;à sa correction par SMS ou RS-485.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Seconds without data after which the module ends a DLMS session (the manual&apos;s 5 minutes); 0 never ends it.</source>
        <translation>Secondes sans données au bout desquelles le module met fin à une session DLMS (5 minutes selon le manuel) ; 0 ne la termine jamais.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Access to the module. Change the factory password without delay after installation.</source>
        <translation>Accès au module. Modifiez le mot de passe d&apos;usine sans tarder après l&apos;installation.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>DLMS / SMS password</source>
        <translation>Mot de passe DLMS / SMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>The LOW-authentication secret of the meter reader client (0x20), also the PWD of SMS commands. Factory default HELLO. Printable characters without spaces, so that it fits an SMS command.</source>
        <translation>Le secret d&apos;authentification LOW du client meter reader (0x20), également le PWD des commandes SMS. Valeur d&apos;usine HELLO. Caractères imprimables sans espaces, pour tenir dans une commande SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>IPv4 (Ethernet)</source>
        <translation>IPv4 (variante Ethernet)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Addressing of the Ethernet variant; the GSM/UMTS variants get their address from the network.</source>
        <translation>Adressage de la variante Ethernet ; les variantes GSM/UMTS reçoivent leur adresse du réseau.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Use DHCP</source>
        <translation>Utiliser DHCP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Take address, mask, gateway and DNS servers from a DHCP server; the fields below are then ignored.</source>
        <translation>Obtenir l&apos;adresse, le masque, la passerelle et les serveurs DNS d&apos;un serveur DHCP ; les champs ci-dessous sont alors ignorés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Fixed IPv4 address of the module (without DHCP).</source>
        <translation>Adresse IPv4 fixe du module (sans DHCP).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Subnet mask</source>
        <translation>Masque de sous-réseau</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>Subnet mask for the fixed address, e.g. 255.255.255.0.</source>
        <translation>Masque de sous-réseau de l&apos;adresse fixe, p. ex. 255.255.255.0.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>Default gateway</source>
        <translation>Passerelle par défaut</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>Router for addresses outside the subnet.</source>
        <translation>Routeur pour les adresses hors du sous-réseau.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Primary DNS server</source>
        <translation>Serveur DNS primaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Name server used by the module.</source>
        <translation>Serveur de noms utilisé par le module.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Secondary DNS server</source>
        <translation>Serveur DNS secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>Name server used when the primary one does not answer.</source>
        <translation>Serveur de noms utilisé lorsque le primaire ne répond pas.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>RS-485 (HDLC)</source>
        <translation>RS-485 (HDLC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>The RS-485 bus that shares one data connection among up to 31 more meters; DLMS runs over HDLC there.</source>
        <translation>Le bus RS-485 qui partage une même connexion de données avec jusqu&apos;à 31 autres compteurs ; DLMS y fonctionne sur HDLC.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>Bus speed</source>
        <translation>Vitesse du bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Baud rate of the RS-485 bus; the longer the bus (up to 1200 m), the lower the speed it allows.</source>
        <translation>Débit en bauds du bus RS-485 ; plus le bus est long (jusqu&apos;à 1200 m), plus la vitesse admise est faible.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>HDLC inactivity timeout</source>
        <translation>Délai d&apos;inactivité HDLC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>Seconds without frames after which the module drops an HDLC link on the bus; 0 never drops it.</source>
        <translation>Secondes sans trame au bout desquelles le module coupe une liaison HDLC sur le bus ; 0 ne la coupe jamais.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Output relays</source>
        <translation>Relais de sortie</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>The two relay outputs (250 V AC / 30 V DC, 3 A, NO contacts); they open when the meter loses power.</source>
        <translation>Les deux sorties relais (250 V AC / 30 V DC, 3 A, contacts NO) ; elles s&apos;ouvrent lorsque le compteur perd son alimentation.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Relay 1 control</source>
        <translation>Commande du relais 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Switch relay 1 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Commuter le relais 1 selon le calendrier (table de scripts des signaux de sortie) ou uniquement sur commande à distance du serveur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>By the calendar</source>
        <translation>Selon le calendrier</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>By remote command</source>
        <translation>Par commande à distance</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Relay 2 control</source>
        <translation>Commande du relais 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Switch relay 2 by the calendar (output signals script table) or only by remote commands from the server.</source>
        <translation>Commuter le relais 2 selon le calendrier (table de scripts des signaux de sortie) ou uniquement sur commande à distance du serveur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
        <source>Tariffs and profiles</source>
        <translation>Tarifs et profils</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="177"/>
        <source>Tariff rates the module switches by its activity calendar, and the load profile capture periods.</source>
        <translation>Tarifs que le module commute selon son calendrier d&apos;activité, et périodes d&apos;enregistrement des courbes de charge.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>Number of tariff rates</source>
        <translation>Nombre de tarifs</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>How many of the six tariff rates the calendar uses.</source>
        <translation>Nombre de tarifs, parmi les six, utilisés par le calendrier.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Default rate</source>
        <translation>Tarif par défaut</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>The rate that counts when the calendar names none (e.g. before a calendar is loaded).</source>
        <translation>Le tarif appliqué lorsque le calendrier n&apos;en désigne aucun (p. ex. avant le chargement d&apos;un calendrier).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>Profile 1 capture period</source>
        <translation>Période d&apos;enregistrement du profil 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Seconds between two captures of periodic readout profile 1 (1.0.99.1.0.255).</source>
        <translation>Secondes entre deux enregistrements du profil de relève périodique 1 (1.0.99.1.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>Profile 2 capture period</source>
        <translation>Période d&apos;enregistrement du profil 2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Seconds between two captures of periodic readout profile 2 (1.0.99.2.0.255).</source>
        <translation>Secondes entre deux enregistrements du profil de relève périodique 2 (1.0.99.2.0.255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Breaker and power limit</source>
        <translation>Disjoncteur et limite de puissance</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>The meter&apos;s breaker disconnects the supply when the power limit is exceeded; reconnection is remote or by the button, as the control mode says.</source>
        <translation>Le disjoncteur du compteur coupe l&apos;alimentation en cas de dépassement de la limite de puissance ; le réenclenchement se fait à distance ou par le bouton, selon le mode de commande.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Breaker control mode</source>
        <translation>Mode de commande du disjoncteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Which ways disconnect and reconnect the supply (DLMS disconnect control modes 0-6). In the modes that go through &apos;ready for reconnection&apos; the DISCONN LED flashes until the button is pressed.</source>
        <translation>Moyens de coupure et de réenclenchement de l&apos;alimentation (modes de disconnect control DLMS 0-6). Dans les modes qui passent par « prêt au réenclenchement », la LED DISCONN clignote jusqu&apos;à l&apos;appui sur le bouton.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>0: never disconnects</source>
        <translation>0 : ne coupe jamais</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>1: remote/button/limiter disconnect; remote reconnect needs the button</source>
        <translation>1 : coupure à distance/bouton/limiteur ; le réenclenchement à distance exige le bouton</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>2: remote/button/limiter disconnect; remote reconnect is direct</source>
        <translation>2 : coupure à distance/bouton/limiteur ; le réenclenchement à distance est direct</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>3: remote/limiter disconnect only; remote reconnect needs the button</source>
        <translation>3 : coupure à distance/limiteur uniquement ; le réenclenchement à distance exige le bouton</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>4: remote/limiter disconnect only; remote reconnect is direct</source>
        <translation>4 : coupure à distance/limiteur uniquement ; le réenclenchement à distance est direct</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>5: as 1, and the limiter reconnects by itself</source>
        <translation>5 : comme 1, et le limiteur réenclenche de lui-même</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>6: as 3, and the limiter reconnects by itself</source>
        <translation>6 : comme 3, et le limiteur réenclenche de lui-même</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>Power limit (immediate)</source>
        <translation>Limite de puissance (immédiate)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Power above which the breaker disconnects at once; 0 switches this limit off.</source>
        <translation>Puissance au-delà de laquelle le disjoncteur coupe immédiatement ; 0 désactive cette limite.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>Power limit (with delay)</source>
        <translation>Limite de puissance (temporisée)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Power above which the breaker disconnects when it is exceeded for longer than the delay below; 0 switches this limit off.</source>
        <translation>Puissance au-delà de laquelle le disjoncteur coupe si elle est dépassée plus longtemps que la temporisation ci-dessous ; 0 désactive cette limite.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>Power limit delay</source>
        <translation>Temporisation de la limite de puissance</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>How long the delayed power limit must be exceeded before the breaker disconnects.</source>
        <translation>Durée de dépassement de la limite temporisée avant que le disjoncteur ne coupe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Meters whose telegrams the module keeps (868 MHz); the collected telegrams are read by DLMS selective access.</source>
        <translation>Compteurs dont le module conserve les télégrammes (868 MHz) ; les télégrammes collectés sont lus par accès sélectif DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Up to 64 meters; telegrams from other meters are ignored, and telegrams arriving before a meter&apos;s minimum interval has passed are not stored.</source>
        <translation>Jusqu&apos;à 64 compteurs ; les télégrammes des autres compteurs sont ignorés, et ceux qui arrivent avant l&apos;écoulement de l&apos;intervalle minimal d&apos;un compteur ne sont pas conservés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>Client mode</source>
        <translation>Mode client</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>Forward the received readings for processing outside the module (one MeterCom collecting for the concentrator).</source>
        <translation>Transmettre les relevés reçus pour traitement hors du module (un MeterCom collectant pour le concentrateur).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Module</source>
        <translation>Identification du module</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Identification the utility gives the module.</source>
        <translation>Identification attribuée au module par le distributeur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>The utility&apos;s registration number of the module (the serial number itself is read-only, see device information).</source>
        <translation>Numéro d&apos;enregistrement du module chez le distributeur (le numéro de série lui-même est en lecture seule, voir les informations sur l&apos;appareil).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>Firmware</source>
        <translation>Mise à jour du firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>Firmware upgrade by download: the module fetches the file itself over its data connection.</source>
        <translation>Mise à jour du firmware par téléchargement : le module récupère lui-même le fichier via sa connexion de données.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Firmware URL</source>
        <translation>URL du firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Writing an address here makes the module download the firmware file from an HTTP/1.1 server (older HTTP versions are not supported) and restart; check the firmware version in the device information afterwards.</source>
        <translation>L&apos;écriture d&apos;une adresse ici fait télécharger au module le fichier du firmware depuis un serveur HTTP/1.1 (les versions HTTP antérieures ne sont pas prises en charge), puis redémarrer le module ; vérifiez ensuite la version du firmware dans les informations sur l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Forces 8N1 on the meter port whatever data format is chosen, except Auto (which uses 8N1 for all but IEC traffic anyway).</source>
        <translation>Impose 8N1 sur le port compteur quel que soit le format de données choisi, sauf Auto (qui utilise de toute façon 8N1 pour tout le trafic hors IEC).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Transparent mode TLS enable</source>
        <translation>Activer TLS en mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Active la protection TLS du canal de communication transparent avec le compteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Transparent mode certificate bank</source>
        <translation>Banque de certificats du mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Sélectionne la banque de certificats utilisée par la connexion TLS du mode transparent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Transparent CA certificate bank</source>
        <translation>Banque de certificats CA du mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Sélectionne la banque de certificats CA utilisée par la connexion TLS du mode transparent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Transparent mode certificate verification</source>
        <translation>Vérification des certificats en mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Active la vérification du certificat de l&apos;homologue sur la connexion TLS du mode transparent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>RS485 meter interface</source>
        <translation>Interface compteur RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>Mode de câblage RS485 et comportement de la ligne DCD du port compteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>RS485 mode</source>
        <translation>Mode RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>Câblage RS485 du port compteur ; « Désactiver » est recommandé pour les versions équipées uniquement d&apos;un câble RS232.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>2-wire (half duplex)</source>
        <translation>2 fils (semi-duplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>4-wire (full duplex)</source>
        <translation>4 fils (duplex intégral)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Signal de contrôle du sens des données présenté au compteur sur le port RS232 (p. ex. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Fix 0</source>
        <translation>Fixe 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>Fix 1</source>
        <translation>Fixe 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Inverted</source>
        <translation>Inversé</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Watchdog</source>
        <translation>Surveillance de connexion</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Ping périodique et reconnexion automatique au réseau mobile.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Ping IP address</source>
        <translation>Adresse IP de ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>Adresse IP pingée périodiquement pour maintenir la connexion de données (0.0.0.0 désactive le ping).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Number of ping retries</source>
        <translation>Nombre de tentatives de ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Nombre de pings sans réponse au-delà duquel la connexion de données est rétablie.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Ping wait time (for reply)</source>
        <translation>Temps d&apos;attente du ping (réponse)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Temps d&apos;attente d&apos;une réponse au ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Wait time (for next ping)</source>
        <translation>Temps d&apos;attente (avant le ping suivant)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Temps d&apos;attente avant l&apos;envoi du ping suivant.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>GPRS connection closed and restored after</source>
        <translation>Connexion GPRS fermée et rétablie après</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Durée au bout de laquelle une connexion de données interrompue ou sans réponse est fermée puis rétablie ; ne jamais la régler en dessous de la recommandation de votre opérateur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Standard Meter Interface</source>
        <translation>Interface compteur standard</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Function assigned to each status LED.</source>
        <translation>Fonction attribuée à chaque LED d&apos;état.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>LED1 function</source>
        <translation>Fonction de la LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>État affiché par la LED1 (bleue, au milieu).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>GSM / GPRS status</source>
        <translation>État GSM / GPRS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>SIM status</source>
        <translation>État de la SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>E-meter status</source>
        <translation>État du compteur électrique</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>Firmware status</source>
        <translation>État du firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Network status and access technology</source>
        <translation>État du réseau et technologie d&apos;accès</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Meter status with IEC polling</source>
        <translation>État du compteur avec interrogation IEC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>AMM (IEC) client state</source>
        <translation>État du client AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>LED2 function</source>
        <translation>Fonction de la LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>État affiché par la LED2 (rouge, en bas).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>LED3 function</source>
        <translation>Fonction de la LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>État affiché par la LED3 (verte, en haut).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="319"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>Notification SMS LastGasp en cas de coupure d&apos;alimentation.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="320"/>
        <source>LastGasp SMS</source>
        <translation>SMS LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="321"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Envoie les SMS POWER LOST et POWER RETURN lors de la perte et du retour de l&apos;alimentation.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="322"/>
        <source>LastGasp phone number</source>
        <translation>Numéro de téléphone LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="323"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Numéro de téléphone auquel les SMS LastGasp sont envoyés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="324"/>
        <source>Device Manager</source>
        <translation>Connexion Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="325"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>Réglages TLS de la connexion au Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="326"/>
        <source>Device Manager TLS enable</source>
        <translation>Activer TLS pour le Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="327"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Active TLS sur la connexion au Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="328"/>
        <source>Device Manager certificate bank</source>
        <translation>Banque de certificats Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="329"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Sélectionne la banque de certificats utilisée pour la connexion TLS au Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="330"/>
        <source>Device Manager CA certificate bank</source>
        <translation>Banque de certificats CA Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="331"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Sélectionne la banque de certificats CA utilisée pour la connexion TLS au Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="332"/>
        <source>Device Manager certificate verification</source>
        <translation>Vérification des certificats Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="333"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Active la vérification du certificat du serveur Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="334"/>
        <source>Communication password and CSD/SMS configuration password.</source>
        <translation>Mot de passe de communication et mot de passe de configuration CSD/SMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="46"/>
        <source>Communication password</source>
        <translation>Mot de passe de communication</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="6"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="7"/>
        <source>Name and readout cycle of the gateway.</source>
        <translation>Nom et cycle de relève de la passerelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="8"/>
        <source>Gateway name</source>
        <translation>Nom de la passerelle</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="9"/>
        <source>A name shown in discovery, reports and the tool.</source>
        <translation>Nom affiché lors de la découverte, dans les rapports et dans l&apos;outil.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="10"/>
        <source>Readout cycle</source>
        <translation>Cycle de relève</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="11"/>
        <source>When meters are read: five-field cron, or a preset such as @every 10s, @hourly, @daily.</source>
        <translation>Moment de la relève des compteurs : expression cron à cinq champs, ou préréglage tel que @every 10s, @hourly, @daily.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="13"/>
        <source>The wired M-Bus meters read by this gateway.</source>
        <translation>Les compteurs M-Bus filaires relevés par cette passerelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="15"/>
        <source>Speed of the wired M-Bus.</source>
        <translation>Vitesse du M-Bus filaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="20"/>
        <source>Wired meters to read on each readout cycle, by primary or secondary address.</source>
        <translation>Compteurs filaires à relever à chaque cycle de relève, par adresse primaire ou secondaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="22"/>
        <source>Primary or secondary address</source>
        <translation>Adresse primaire ou secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="25"/>
        <source>Wireless M-Bus</source>
        <translation>M-Bus sans fil</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="26"/>
        <source>The wireless receiver and the wireless meters kept by this gateway.</source>
        <translation>Le récepteur sans fil et les compteurs sans fil gérés par cette passerelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="27"/>
        <source>Receiver</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="28"/>
        <source>Where telegrams come from: serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, or empty for none.</source>
        <translation>Provenance des télégrammes : serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex, ou vide pour aucun récepteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="29"/>
        <source>Link mode</source>
        <translation>Mode de liaison</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="30"/>
        <source>The receiver&apos;s wireless M-Bus mode.</source>
        <translation>Mode M-Bus sans fil du récepteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="31"/>
        <source>T1</source>
        <translation>T1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="32"/>
        <source>C1 (frame A)</source>
        <translation>C1 (trame A)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="33"/>
        <source>C1 (frame B)</source>
        <translation>C1 (trame B)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="34"/>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="35"/>
        <source>Listen mode</source>
        <translation>Mode écoute</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="36"/>
        <source>Also show meters that are not on the list (their values are not kept).</source>
        <translation>Afficher aussi les compteurs absents de la liste (leurs valeurs ne sont pas conservées).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="37"/>
        <source>Wireless meters</source>
        <translation>Compteurs sans fil</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="38"/>
        <source>Meters whose telegrams are decrypted and kept; the keys come from the gateway&apos;s key store.</source>
        <translation>Compteurs dont les télégrammes sont déchiffrés et conservés ; les clés proviennent du magasin de clés de la passerelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="39"/>
        <source>Meter id</source>
        <translation>ID du compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="41"/>
        <source>Minimum interval</source>
        <translation>Intervalle minimal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="42"/>
        <source>Meter keys</source>
        <translation>Clés des compteurs</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="43"/>
        <source>AES-128 keys of the wireless meters as id=key pairs separated by semicolons; written, never read back.</source>
        <translation>Clés AES-128 des compteurs sans fil sous forme de paires id=clé séparées par des points-virgules ; écrites, jamais relues.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="45"/>
        <source>Access to the gateway.</source>
        <translation>Accès à la passerelle.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="47"/>
        <source>Password for the configuration protocol (gwcp); never read back.</source>
        <translation>Mot de passe du protocole de configuration (gwcp) ; jamais relu.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="335"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Mot de passe exigé par les firmwares récents pour configurer le modem (demandez la valeur par défaut au fabricant).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="336"/>
        <source>CSD password</source>
        <translation>Mot de passe CSD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="337"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Mot de passe protégeant l&apos;accès CSD et les commandes SMS (pw=) ; vide signifie aucun mot de passe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="338"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Port de relève transparente (IEC) des compteurs</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="339"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>Port TCP pour la communication transparente avec le compteur électrique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="340"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>Port TCP utilisé par WM-E Term pour la configuration à distance et la mise à jour du firmware du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="341"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Technologie d&apos;accès mobile à utiliser, p. ex. 4G uniquement ou LTE avec repli 2G.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="342"/>
        <source>3G only</source>
        <translation>3G uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="343"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Réglages du port série RS232 transparent du compteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="344"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Mode de fonctionnement du port compteur ; le mode transparent est la valeur par défaut.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="345"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Débit en bauds du port série du compteur (9600 par défaut).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="346"/>
        <source>Serial data format towards the meter.</source>
        <translation>Format des données série vers le compteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="347"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Format de données 8N1 fixe côté compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="348"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Fonction attribuée à chacune des six LED d&apos;état.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="349"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>État affiché par la LED1 (tout à gauche).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="350"/>
        <source>E-meter communication</source>
        <translation>Communication avec le compteur électrique</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="351"/>
        <source>M-Bus status</source>
        <translation>État M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="352"/>
        <source>Status shown by LED2.</source>
        <translation>État affiché par la LED2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="353"/>
        <source>Status shown by LED3.</source>
        <translation>État affiché par la LED3.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="354"/>
        <source>LED4 function</source>
        <translation>Fonction de la LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="355"/>
        <source>Status shown by LED4.</source>
        <translation>État affiché par la LED4.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="356"/>
        <source>LED5 function</source>
        <translation>Fonction de la LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="357"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>État affiché par la LED5 (non utilisée par défaut).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="358"/>
        <source>LED6 function</source>
        <translation>Fonction de la LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="359"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>État affiché par la LED6 (tout à droite).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="360"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Envoie une notification SMS en cas de coupure d&apos;alimentation ; selon le manuel, cette fonction n&apos;est pas encore implémentée dans le firmware 2.68.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="361"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Numéro de téléphone auquel la notification SMS LastGasp est envoyée.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="362"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="363"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Réglages du serveur DLMS, du client compteur et du push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="364"/>
        <source>Start DLMS session during boot</source>
        <translation>Démarrer une session DLMS au démarrage</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="365"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Démarre une session DLMS pendant le démarrage du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="366"/>
        <source>DLMS AMM IP address</source>
        <translation>Adresse IP AMM DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="367"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>Adresse IP de l&apos;hôte AMM DLMS (0.0.0.0 si inutilisé).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="368"/>
        <source>DLMS server port</source>
        <translation>Port du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="369"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>Port TCP du serveur DLMS (0 si inutilisé).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="370"/>
        <source>Max. time without DLMS communication</source>
        <translation>Durée max. sans communication DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="371"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Durée maximale autorisée sans communication DLMS avant la fermeture de la session.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="372"/>
        <source>DLMS password</source>
        <translation>Mot de passe DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="373"/>
        <source>General DLMS password of the modem.</source>
        <translation>Mot de passe DLMS général du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="374"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Méthodes d&apos;authentification DLMS/COSEM possibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="375"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Liste, séparée par des virgules, des ID de mécanismes d&apos;authentification DLMS/COSEM acceptés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="376"/>
        <source>Disconnect relay control</source>
        <translation>Commande du relais de coupure</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="377"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Mode de commande du relais de coupure.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="378"/>
        <source>Billing register visibility</source>
        <translation>Visibilité des registres de facturation</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="379"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Indique si les registres 1-0:1.8.0*255 et 1-0:2.8.0*255 sont visibles dans les profils de valeurs de facturation journaliers et mensuels (0-0:98.1.0*255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="380"/>
        <source>Registers are not visible</source>
        <translation>Registres non visibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="381"/>
        <source>Registers are visible</source>
        <translation>Registres visibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="382"/>
        <source>DLMS server logical address</source>
        <translation>Adresse logique du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="383"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Adresse logique du serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="384"/>
        <source>DLMS server physical address</source>
        <translation>Adresse physique du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="385"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Adresse physique du serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="386"/>
        <source>DLMS server client address</source>
        <translation>Adresse client du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="387"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Adresse client acceptée par le serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="388"/>
        <source>DLMS server authentication</source>
        <translation>Authentification du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="389"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Mode d&apos;authentification du serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="390"/>
        <source>NONE</source>
        <translation>AUCUNE</translation>
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
        <translation>Mot de passe du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="397"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Mot de passe d&apos;authentification du serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="398"/>
        <source>DLMS client logical address</source>
        <translation>Adresse logique du client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="399"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Adresse logique du compteur électrique interrogé par le client DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="400"/>
        <source>DLMS client physical address</source>
        <translation>Adresse physique du client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="401"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Adresse physique du compteur électrique interrogé par le client DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="402"/>
        <source>DLMS client address</source>
        <translation>Adresse client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="403"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Adresse client utilisée par le modem pour la relève du compteur électrique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="404"/>
        <source>DLMS client authentication</source>
        <translation>Authentification du client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="405"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Mode d&apos;authentification utilisé pour la relève du compteur électrique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="406"/>
        <source>DLMS client password</source>
        <translation>Mot de passe du client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="407"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Mot de passe utilisé pour la relève du compteur électrique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="408"/>
        <source>Object list</source>
        <translation>Liste d&apos;objets</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="409"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Objets du compteur interrogés, au format OBIS:attribut séparés par des virgules ; si vide, 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 et 1.1.97.97.3.255:2 sont interrogés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="410"/>
        <source>Meter poll interval</source>
        <translation>Intervalle d&apos;interrogation du compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="411"/>
        <source>How often the DLMS client reads the object list&apos;s objects from the meter; a changed value is pushed (0 switches polling off).</source>
        <translation>Fréquence à laquelle le client DLMS lit dans le compteur les objets de la liste d&apos;objets ; une valeur modifiée est envoyée en push (0 désactive l&apos;interrogation).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="412"/>
        <source>DLMS push logical address</source>
        <translation>Adresse logique push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="413"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Adresse logique utilisée dans les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="414"/>
        <source>DLMS push physical address</source>
        <translation>Adresse physique push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="415"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Adresse physique utilisée dans les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="416"/>
        <source>DLMS push client address</source>
        <translation>Adresse client push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="417"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Adresse client utilisée dans les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="418"/>
        <source>DLMS push authentication</source>
        <translation>Authentification push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="419"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Mode d&apos;authentification utilisé pour les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="420"/>
        <source>DLMS push password</source>
        <translation>Mot de passe push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="421"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Mot de passe utilisé pour les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="422"/>
        <source>Push base logical name</source>
        <translation>Nom logique de base du push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="423"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Nom logique de base (code OBIS) de l&apos;objet push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="424"/>
        <source>DLMS push IP address</source>
        <translation>Adresse IP push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="425"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>Adresse IPv4 de destination des messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="426"/>
        <source>DLMS push port</source>
        <translation>Port push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="427"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>Port TCP de destination des messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="428"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Réglages de relève des compteurs M-Bus filaires et table des compteurs.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="429"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Nombre maximal de compteurs M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="430"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Nombre maximal de compteurs M-Bus gérés par le modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="431"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Durée du mode d&apos;installation M-Bus filaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="432"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Durée du mode d&apos;installation M-Bus filaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="433"/>
        <source>Readout time</source>
        <translation>Période de relève</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="434"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Période de relève des compteurs M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="435"/>
        <source>Upload time</source>
        <translation>Période de remontée</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="436"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Période de remontée des données M-Bus (les objets mensuels sont traités en plus).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="437"/>
        <source>File encryption type</source>
        <translation>Type de chiffrement du fichier</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="438"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Type de chiffrement (nom de fichier) du fichier de données M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="439"/>
        <source>Number of monthly objects</source>
        <translation>Nombre d&apos;objets mensuels</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="440"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Nombre d&apos;objets M-Bus mensuels mémorisés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Inactivity timeout</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="441"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Durée sans données d&apos;un compteur M-Bus au-delà de laquelle le compteur est considéré comme inactif.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>Débit M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="442"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Vitesse de transmission de la ligne M-Bus (2400 par défaut, vitesses supérieures possibles).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="443"/>
        <source>Activate address</source>
        <translation>Adresse d&apos;activation</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="444"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>Identifiant de type adresse qui ouvre le canal M-Bus pour une connexion HHU optique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="445"/>
        <source>HHU inactivity timeout</source>
        <translation>Délai d&apos;inactivité HHU</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="446"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>La connexion M-Bus HHU est fermée après cette durée d&apos;inactivité.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>Compteurs M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="447"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Compteurs M-Bus raccordés, identifiés par adresse primaire ou secondaire, avec le champ à lire et sa correspondance DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="448"/>
        <source>Medium</source>
        <translation>Fluide</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="449"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="450"/>
        <source>Warm water</source>
        <translation>Eau tiède</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="451"/>
        <source>Hot water</source>
        <translation>Eau chaude</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="452"/>
        <source>Cold water</source>
        <translation>Eau froide</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="453"/>
        <source>Heat</source>
        <translation>Chaleur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="454"/>
        <source>Cooling</source>
        <translation>Froid</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="455"/>
        <source>Gas</source>
        <translation>Gaz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="456"/>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="457"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="458"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="459"/>
        <source>Scale unit</source>
        <translation>Unité d&apos;échelle</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>Registre OBIS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="460"/>
        <source>Read interval</source>
        <translation>Intervalle de lecture</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="461"/>
        <source>Load profile object</source>
        <translation>Objet de courbe de charge</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="462"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>Adresse M-Bus (primaire ou secondaire)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="463"/>
        <source>Required field number(s)</source>
        <translation>Numéro(s) de champ requis</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="464"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Nom du compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="465"/>
        <source>Secondary transparent</source>
        <translation>Transparent secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="466"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Port transparent secondaire utilisé pour la relève DLMS des mesures M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="467"/>
        <source>Secondary transparent port</source>
        <translation>Port transparent secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="468"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>Port TCP pour la relève DLMS des dernières données lues des compteurs M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="469"/>
        <source>Secondary transparent baud rate</source>
        <translation>Débit du canal transparent secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="470"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Débit en bauds du canal transparent secondaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="471"/>
        <source>Secondary transparent data format</source>
        <translation>Format des données du canal transparent secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="472"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Format des données série du canal transparent secondaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="473"/>
        <source>Start transmission (TX) delay</source>
        <translation>Délai de début d&apos;émission (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="474"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Délai avant le début d&apos;une émission sur le canal transparent secondaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="475"/>
        <source>Communication password of the modem.</source>
        <translation>Mot de passe de communication du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="476"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Mot de passe utilisé par l&apos;outil de configuration pour communiquer avec le modem.</translation>
    </message>
</context>
</TS>
