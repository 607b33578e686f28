<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BoolField</name>
    <message>
        <location filename="../app/views/fields.py" line="163"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../app/views/connection_panel.py" line="79"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="80"/>
        <source>Saved connection profiles; type a new name to save a new one</source>
        <translation>Profils de connexion enregistrés ; saisissez un nouveau nom pour en enregistrer un nouveau</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="83"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="84"/>
        <source>Save these settings under the profile name (never the password)</source>
        <translation>Enregistrer ces réglages sous le nom du profil (jamais le mot de passe)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="87"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="97"/>
        <source>Serial (RS-232 / USB)</source>
        <translation>Série (RS-232 / USB)</translation>
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
        <translation>Type de connexion</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="117"/>
        <source>communication password</source>
        <translation>mot de passe de communication</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="120"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="130"/>
        <source>Remember in the key store</source>
        <translation>Mémoriser dans le magasin de clés</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="132"/>
        <source>Stored encrypted under the key store&apos;s master password, never in plain settings</source>
        <translation>Stocké chiffré sous le mot de passe maître du magasin de clés, jamais dans les réglages en clair</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="134"/>
        <source>Encrypt the session (AES-GCM)</source>
        <translation>Chiffrer la session (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="135"/>
        <source>Communication</source>
        <translation>Communication avec l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="137"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="146"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="149"/>
        <source>Log off</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="177"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
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
        <translation>Débit en bauds</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="189"/>
        <source>Data format</source>
        <translation>Format des données</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="202"/>
        <location filename="../app/views/connection_panel.py" line="217"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="213"/>
        <location filename="../app/views/connection_panel.py" line="219"/>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="214"/>
        <location filename="../app/views/connection_panel.py" line="220"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="215"/>
        <location filename="../app/views/connection_panel.py" line="221"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="216"/>
        <source>Do not verify the server (insecure)</source>
        <translation>Ne pas vérifier le serveur (non sécurisé)</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="292"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="293"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="294"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../app/views/connection_panel.py" line="295"/>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <location filename="../app/views/controller.py" line="85"/>
        <source>%1 cancelled.</source>
        <translation>%1 : opération annulée.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="112"/>
        <source>The device refused the values; nothing was changed.</source>
        <translation>L&apos;appareil a refusé les valeurs ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="144"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="156"/>
        <source>Log off</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="169"/>
        <source>Parameters read.</source>
        <translation>Paramètres lus.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="171"/>
        <source>Parameter read</source>
        <translation>Lecture des paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="180"/>
        <source>Nothing to write: no value was changed.</source>
        <translation>Rien à écrire : aucune valeur n&apos;a été modifiée.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="195"/>
        <source>Verify failed for: %1</source>
        <translation>Échec de la vérification pour : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/controller.py" line="197"/>
        <source>%n value(s) written and verified.</source>
        <translation>
            <numerusform>%n valeur écrite et vérifiée.</numerusform>
            <numerusform>%n valeurs écrites et vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="200"/>
        <source>Parameter write</source>
        <translation>Écriture des paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="210"/>
        <source>Device information</source>
        <translation>Informations sur l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="220"/>
        <source>The device restarted and answers again.</source>
        <translation>L&apos;appareil a redémarré et répond de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/views/controller.py" line="222"/>
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
    <name>EditValuesDialog</name>
    <message>
        <location filename="../app/views/edit_dialog.py" line="30"/>
        <source>Edit values: %1</source>
        <translation>Modifier les valeurs : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/edit_dialog.py" line="94"/>
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
        <location filename="../app/views/fields.py" line="344"/>
        <source>IPv4 or IPv6 address</source>
        <translation>Adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="346"/>
        <source>at most %1 hex digits</source>
        <translation>au maximum %1 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../app/views/fields.py" line="348"/>
        <source>at most %1 characters</source>
        <translation>au maximum %1 caractères</translation>
    </message>
</context>
<context>
    <name>FirmwareDialog</name>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="34"/>
        <source>Firmware</source>
        <translation>Mise à jour du firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="42"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="43"/>
        <source>For models</source>
        <translation>Pour les modèles</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="44"/>
        <source>Version</source>
        <translation>N° de version</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="45"/>
        <source>Replaces from version</source>
        <translation>Remplace à partir de la version</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="46"/>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="47"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="48"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="49"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="50"/>
        <source>Device runs</source>
        <translation>Version actuelle de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="51"/>
        <source>Activation state</source>
        <translation>État de l&apos;activation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="58"/>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="60"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Choose firmware image</source>
        <translation>Choisir une image du firmware</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="88"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Fichiers image (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="99"/>
        <source>Not a usable image: %1</source>
        <translation>Image inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="116"/>
        <source>Ready: nothing has been sent yet.</source>
        <translation>Prêt : rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="134"/>
        <source>last update undone: %1</source>
        <translation>dernière mise à jour annulée : %1</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="150"/>
        <source>Transferring</source>
        <translation>Transfert en cours</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="151"/>
        <source>Checking and installing</source>
        <translation>Vérification et installation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="152"/>
        <source>Activating</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="153"/>
        <source>Restarting, waiting for confirmation</source>
        <translation>Redémarrage, en attente de confirmation</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="154"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="168"/>
        <source>%1 of %2 bytes, %3 B/s, %4 s left</source>
        <translation>%1 sur %2 octets, %3 o/s, %4 s restantes</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="179"/>
        <source>Updated from %1 to %2, confirmed.</source>
        <translation>Mis à jour de %1 vers %2, confirmé.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="186"/>
        <source>Cancelled. Update again to resume where the transfer stopped.</source>
        <translation>Opération annulée. Relancez la mise à jour pour reprendre le transfert là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../app/views/firmware_dialog.py" line="190"/>
        <source>Failed: %1. Update again to resume.</source>
        <translation>Échec : %1. Relancez la mise à jour pour reprendre.</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="92"/>
        <source>Message</source>
        <translation>Message d&apos;état</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../app/views/fleet_tab.py" line="140"/>
        <source>Open sheet…</source>
        <translation>Ouvrir une feuille…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="144"/>
        <source>password for all (else the key store)</source>
        <translation>mot de passe commun (sinon le magasin de clés)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="145"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="150"/>
        <source>Concurrency: </source>
        <translation>Parallélisme : </translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="151"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="153"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="155"/>
        <source>Export results…</source>
        <translation>Exporter les résultats…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="157"/>
        <source>Rollback…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="159"/>
        <source>Firmware rollout…</source>
        <translation>Déployer le firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="161"/>
        <source>Update every device of the sheet in waves of 5 %, 25 %, 100 %; stop above 2 % failures</source>
        <translation>Mettre à jour tous les appareils de la feuille par vagues de 5 %, 25 %, 100 % ; arrêt au-delà de 2 % d&apos;échecs</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <source>Open fleet sheet</source>
        <translation>Ouvrir une feuille du parc</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="202"/>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="220"/>
        <source>%1: %2 device(s) ready, %3 row(s) invalid.</source>
        <translation>%1 : %2 appareil(s) prêt(s), %3 ligne(s) non valide(s).</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="237"/>
        <source>no password for %1: type one above or store it in the key store</source>
        <translation>aucun mot de passe pour %1 : saisissez-en un ci-dessus ou enregistrez-le dans le magasin de clés</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="254"/>
        <source>Cancelled: devices already written keep their new values; the rest are untouched.</source>
        <translation>Opération annulée : les appareils déjà écrits conservent leurs nouvelles valeurs ; les autres restent inchangés.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="280"/>
        <source>Plan: %1 device(s) to change, %2 unreadable.</source>
        <translation>Plan : %1 appareil(s) à modifier, %2 illisible(s).</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="308"/>
        <source>Apply finished: %1.</source>
        <translation>Application terminée : %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="318"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="326"/>
        <source>Rollback from results</source>
        <translation>Restaurer depuis les résultats</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Firmware image to roll out</source>
        <translation>Image du firmware à déployer</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="368"/>
        <source>Images (*.img *.bin);;*</source>
        <translation>Fichiers image (*.img *.bin);;*</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="401"/>
        <source>Rollout: %1.</source>
        <translation>Déploiement : %1.</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="403"/>
        <source>Rollout stopped: %1</source>
        <translation>Déploiement arrêté : %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="414"/>
        <source>Changes for row %1</source>
        <translation>Modifications de la ligne %1</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/views/fleet_tab.py" line="416"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="219"/>
        <source>Import keys from %1</source>
        <translation>Importer des clés depuis %1</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="223"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="228"/>
        <source>Import good rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="244"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="256"/>
        <source>%1 good row(s) will be imported; %2 row(s) have problems and will not.</source>
        <translation>Lignes valides à importer : %1 ; lignes comportant des problèmes, non importées : %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="94"/>
        <source>gwterm — gateway configuration</source>
        <translation>gwterm — configuration de passerelles</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="104"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="105"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="109"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="113"/>
        <source>Wireless</source>
        <translation>Sans fil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="117"/>
        <source>Fleet</source>
        <translation>Parc d&apos;appareils</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="156"/>
        <source>Parameter read</source>
        <translation>Lecture des paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="159"/>
        <source>Parameter write</source>
        <translation>Écriture des paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="162"/>
        <source>Device information</source>
        <translation>Informations sur l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="165"/>
        <source>Open configuration…</source>
        <translation>Ouvrir une configuration…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="171"/>
        <source>Save configuration…</source>
        <translation>Enregistrer la configuration…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="177"/>
        <source>Compare with file…</source>
        <translation>Comparer avec un fichier…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="180"/>
        <source>Traffic monitor</source>
        <translation>Moniteur de trafic</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="184"/>
        <source>Firmware…</source>
        <translation>Mise à jour du firmware…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="187"/>
        <location filename="../app/views/main_window.py" line="642"/>
        <source>Restart device</source>
        <translation>Redémarrer l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="190"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="192"/>
        <source>Change communication password…</source>
        <translation>Modifier le mot de passe de communication…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="193"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="194"/>
        <location filename="../app/views/main_window.py" line="843"/>
        <source>About gwterm</source>
        <translation>À propos de gwterm</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="195"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="212"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="216"/>
        <source>&amp;Admin</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="218"/>
        <source>&amp;Operation</source>
        <translation>&amp;Opérations</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="224"/>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="226"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="228"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="242"/>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="258"/>
        <source>Edit values</source>
        <translation>Modifier les valeurs</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="263"/>
        <source>Search all parameters</source>
        <translation>Rechercher dans tous les paramètres</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Parameter group:</source>
        <translation>Groupe de paramètres :</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="275"/>
        <source>Revert group</source>
        <translation>Annuler les modifications du groupe</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="278"/>
        <source>Revert all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="281"/>
        <source>Reveal edited secrets</source>
        <translation>Afficher les secrets modifiés</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="311"/>
        <location filename="../app/views/main_window.py" line="686"/>
        <source>Read device log</source>
        <translation>Lire le journal de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="323"/>
        <location filename="../app/views/main_window.py" line="412"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="422"/>
        <source>%1 · serial %2</source>
        <translation>%1 · n° de série %2</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="435"/>
        <source>Edited groups: %1</source>
        <translation>Groupes modifiés : %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="438"/>
        <source>Edited groups: none</source>
        <translation>Groupes modifiés : aucun</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="462"/>
        <location filename="../app/views/main_window.py" line="675"/>
        <location filename="../app/views/main_window.py" line="718"/>
        <source>Connect to a device first</source>
        <translation>Connectez-vous d&apos;abord à un appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="463"/>
        <source>Wait for the running operation or cancel it</source>
        <translation>Attendez la fin de l&apos;opération en cours ou annulez-la</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="489"/>
        <source>Nothing changed: edit values first</source>
        <translation>Rien n&apos;a changé : modifiez d&apos;abord des valeurs</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="491"/>
        <source>Nothing is running</source>
        <translation>Aucune opération en cours</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="582"/>
        <source>The password was not stored: %1</source>
        <translation>Le mot de passe n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="644"/>
        <source>Restart the device now? The connection drops and is restored when the device answers again.</source>
        <translation>Redémarrer l&apos;appareil maintenant ? La connexion est interrompue puis rétablie dès que l&apos;appareil répond de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="654"/>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Change communication password</source>
        <translation>Modifier le mot de passe de communication</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="655"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="661"/>
        <source>Repeat it:</source>
        <translation>Confirmer le mot de passe :</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="666"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Les mots de passe ne correspondent pas ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="669"/>
        <source>The new password is staged: use Parameter write to send it.</source>
        <translation>Le nouveau mot de passe est en attente : utilisez « Écriture des paramètres » pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <source>Open configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="710"/>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Configuration (*.cfg);;All files (*)</source>
        <translation>Fichiers de configuration (*.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="726"/>
        <source>The file has invalid values; nothing was loaded.</source>
        <translation>Le fichier contient des valeurs non valides ; rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="742"/>
        <source>Loaded %1: %2 value(s) differ from the device.</source>
        <translation>%1 chargé : %2 valeur(s) diffèrent de l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Save configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="750"/>
        <source>Configuration (*.cfg)</source>
        <translation>Fichiers de configuration (*.cfg)</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="769"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="774"/>
        <source>Compare with file</source>
        <translation>Comparer avec un fichier</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="787"/>
        <source>Compare with %1</source>
        <translation>Comparaison avec %1</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="790"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="794"/>
        <location filename="../app/views/main_window.py" line="798"/>
        <source>(secret)</source>
        <translation>(masqué)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="803"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n différence.</numerusform>
            <numerusform>%n différences.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="803"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="806"/>
        <source>Load file values as edits</source>
        <translation>Charger les valeurs du fichier comme modifications</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="844"/>
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
        <location filename="../app/views/mbus_tab.py" line="56"/>
        <source>The bus: a serial port with an M-Bus level converter, or tcp://host:port (transparent M-Bus)</source>
        <translation>Le bus : un port série avec un convertisseur de niveau M-Bus, ou tcp://host:port (M-Bus transparent)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="66"/>
        <source>8E1 as the standard says; 8N1 for some optical heads</source>
        <translation>8E1 selon la norme ; 8N1 pour certaines têtes optiques</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="67"/>
        <source>Converter echoes</source>
        <translation>Écho du convertisseur</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="68"/>
        <source>Wake-up preamble</source>
        <translation>Préambule de réveil</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="69"/>
        <source>Scan primary</source>
        <translation>Scanner les adresses primaires</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="72"/>
        <source>Scan secondary</source>
        <translation>Scanner les adresses secondaires</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="75"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="82"/>
        <source>Bus:</source>
        <translation>Bus :</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="84"/>
        <source>Baud</source>
        <translation>Débit (bauds)</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="97"/>
        <source>Primary</source>
        <translation>Adresse primaire</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="98"/>
        <source>Secondary address</source>
        <translation>Adresse secondaire</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="99"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="100"/>
        <source>Medium</source>
        <translation>Fluide</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="101"/>
        <source>Version</source>
        <translation>N° de version</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="102"/>
        <source>Id</source>
        <translation>N° d&apos;identification</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="109"/>
        <source>Read selected meter</source>
        <translation>Relever le compteur sélectionné</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="116"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="117"/>
        <source>Storage</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="118"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="119"/>
        <source>Subunit</source>
        <translation>Sous-unité</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="120"/>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="121"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="122"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="127"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="129"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="183"/>
        <source>Cancelled.</source>
        <translation>Opération annulée.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="185"/>
        <source>Failed.</source>
        <translation>Échec de l&apos;opération.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="211"/>
        <source>Probing %1 …</source>
        <translation>Interrogation de %1 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="221"/>
        <source>%n meter(s) found.</source>
        <translation>
            <numerusform>%n compteur trouvé.</numerusform>
            <numerusform>%n compteurs trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="223"/>
        <source>%1 bus transactions.</source>
        <translation>Transactions sur le bus : %1.</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="245"/>
        <source>Select a meter first.</source>
        <translation>Sélectionnez d&apos;abord un compteur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mbus_tab.py" line="266"/>
        <source>%n record(s) in %1 telegram(s).</source>
        <translation>
            <numerusform>%n enregistrement dans %1 télégramme(s).</numerusform>
            <numerusform>%n enregistrements dans %1 télégramme(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>Export records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <location filename="../app/views/mbus_tab.py" line="281"/>
        <source>CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../app/views/notifications.py" line="24"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/views/notifications.py" line="28"/>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="41"/>
        <source>Encrypt sessions by default (AES-GCM)</source>
        <translation>Chiffrer les sessions par défaut (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="44"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="45"/>
        <source>Answer timeout</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="46"/>
        <source>Retries</source>
        <translation>Nombre de tentatives</translation>
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
        <location filename="../app/views/fields.py" line="297"/>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
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
    <name>WirelessTab</name>
    <message>
        <location filename="../app/views/wireless_tab.py" line="63"/>
        <source>A receiver URL (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) or a file of hex telegrams</source>
        <translation>Une URL de récepteur (serial:///dev/ttyUSB0?receiver=im871a, tcp://host:port?receiver=hex) ou un fichier de télégrammes hexadécimaux</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="70"/>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="72"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="74"/>
        <source>Import keys…</source>
        <translation>Importer des clés…</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="78"/>
        <source>Receiver:</source>
        <translation>Récepteur :</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="87"/>
        <source>Id</source>
        <translation>N° d&apos;identification</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="88"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="89"/>
        <source>Type</source>
        <translation>Type de compteur</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="90"/>
        <source>Version</source>
        <translation>N° de version</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="91"/>
        <source>RSSI</source>
        <translation>RSSI</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="92"/>
        <source>Telegrams</source>
        <translation>Télégrammes</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="93"/>
        <source>Last seen</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="94"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="105"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="106"/>
        <source>Storage</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="107"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="108"/>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="109"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="110"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="160"/>
        <source>%1 telegram(s) from %2 meter(s).</source>
        <translation>%1 télégramme(s) de %2 compteur(s).</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Import wM-Bus keys</source>
        <translation>Importer des clés wM-Bus</translation>
    </message>
    <message>
        <location filename="../app/views/wireless_tab.py" line="206"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store</source>
        <translation>Magasin de clés</translation>
    </message>
    <message>
        <location filename="../app/views/keystore_access.py" line="18"/>
        <source>Key store master password:</source>
        <translation>Mot de passe maître du magasin de clés :</translation>
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
        <translation>Paramètres du point d&apos;accès (APN) pour la connexion de données mobile.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="50"/>
        <source>APN name</source>
        <translation>Nom de l&apos;APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="51"/>
        <source>Name of the APN server provided by the mobile operator.</source>
        <translation>Nom du serveur APN fourni par l&apos;opérateur mobile.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="52"/>
        <source>APN username</source>
        <translation>Nom d&apos;utilisateur APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="53"/>
        <source>Username for the APN, if the mobile operator requires one.</source>
        <translation>Nom d&apos;utilisateur de l&apos;APN, si l&apos;opérateur mobile en exige un.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="54"/>
        <source>APN password</source>
        <translation>Mot de passe APN</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="55"/>
        <source>Password for the APN, if the mobile operator requires one.</source>
        <translation>Mot de passe de l&apos;APN, si l&apos;opérateur mobile en exige un.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="56"/>
        <source>PDP connection delay</source>
        <translation>Délai de connexion PDP</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="57"/>
        <source>Delay before the data (PDP) connection is built up, leaving time to reach the modem by a CSD call after a faulty configuration.</source>
        <translation>Délai avant l&apos;établissement de la connexion de données (PDP), laissant le temps de joindre le modem par un appel CSD après une configuration erronée.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="58"/>
        <source>M2M</source>
        <translation>M2M</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="59"/>
        <source>TCP ports for meter readout, modem configuration and firmware download.</source>
        <translation>Ports TCP pour la relève des compteurs, la configuration du modem et le téléchargement du firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="60"/>
        <source>Utility communication port (primary)</source>
        <translation>Port de communication distributeur (primaire)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="61"/>
        <source>Transparent (IEC) meter readout port with higher priority, also usable for configuration and firmware updates.</source>
        <translation>Port de relève transparente (IEC) des compteurs à priorité haute, utilisable aussi pour la configuration et les mises à jour du firmware.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="62"/>
        <source>Customer communication port (secondary)</source>
        <translation>Port de communication client (secondaire)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="63"/>
        <source>Lower-priority port for meter communication, configuration and firmware updates; must differ from the primary port (0 disables it).</source>
        <translation>Port de priorité inférieure pour la communication avec le compteur, la configuration et les mises à jour du firmware ; doit être différent du port primaire (0 le désactive).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="64"/>
        <source>Configuration and firmware download port</source>
        <translation>Port de configuration et de téléchargement du firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="65"/>
        <source>TCP port used for remote parameterization and firmware exchange of the modem.</source>
        <translation>Port TCP utilisé pour le paramétrage à distance et la mise à jour du firmware du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="66"/>
        <source>Mobile network</source>
        <translation>Réseau mobile</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="67"/>
        <source>SIM PIN, access technology and mobile operator selection.</source>
        <translation>Code PIN de la SIM, technologie d&apos;accès et choix de l&apos;opérateur mobile.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="68"/>
        <source>SIM PIN</source>
        <translation>Code PIN SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="69"/>
        <source>PIN code of the inserted SIM card, leave empty if the SIM has no PIN.</source>
        <translation>Code PIN de la carte SIM insérée ; laisser vide si la SIM n&apos;a pas de PIN.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="70"/>
        <source>Frequency band / access technology</source>
        <translation>Bande de fréquence / technologie d&apos;accès</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="71"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback (CSD calls need a technology using the 2G network).</source>
        <translation>Technologie d&apos;accès mobile à utiliser, p. ex. 4G uniquement ou LTE avec repli 2G (les appels CSD exigent une technologie utilisant le réseau 2G).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="72"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="73"/>
        <source>4G (LTE) only</source>
        <translation>4G (LTE) uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="74"/>
        <source>LTE with 2G fallback</source>
        <translation>LTE avec repli 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="75"/>
        <source>LTE with 3G/2G fallback</source>
        <translation>LTE avec repli 3G/2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="76"/>
        <source>LTE Cat.M1 only</source>
        <translation>LTE Cat.M1 uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="77"/>
        <source>LTE Cat.NB-IoT only</source>
        <translation>LTE Cat.NB-IoT uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="78"/>
        <source>LTE Cat.M1/NB-IoT with 2G fallback</source>
        <translation>LTE Cat.M1/NB-IoT avec repli 2G</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="79"/>
        <source>2G only</source>
        <translation>2G uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="80"/>
        <source>Operator selection</source>
        <translation>Choix de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="81"/>
        <source>Whether the mobile network provider is selected automatically or a dedicated provider is used.</source>
        <translation>Indique si l&apos;opérateur de réseau mobile est choisi automatiquement ou si un opérateur déterminé est utilisé.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="82"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="83"/>
        <source>Mobile network provider (MCC+MNC)</source>
        <translation>Opérateur de réseau mobile (MCC+MNC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="84"/>
        <source>Dedicated mobile network provider code (e.g. 21601) used when operator selection is manual.</source>
        <translation>Code de l&apos;opérateur de réseau mobile imposé (p. ex. 21601), utilisé lorsque le choix de l&apos;opérateur est manuel.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="85"/>
        <source>Trans. / NTA</source>
        <translation>Transp. / NTA</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="86"/>
        <source>Transparent meter serial port settings and transparent-mode TLS options.</source>
        <translation>Réglages du port série transparent du compteur et options TLS du mode transparent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="87"/>
        <source>Multi utility mode</source>
        <translation>Mode multi-fluide</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="88"/>
        <source>Operating mode of the meter port; transparent mode is the basic setting.</source>
        <translation>Mode de fonctionnement du port compteur ; le mode transparent est le réglage de base.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="89"/>
        <source>Transparent mode</source>
        <translation>Mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="90"/>
        <source>Meter port baud rate</source>
        <translation>Débit du port compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="91"/>
        <source>Baud rate of the meter serial port, from 300 to 115200 (standard is 9600).</source>
        <translation>Débit en bauds du port série du compteur, de 300 à 115200 (9600 en standard).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="16"/>
        <source>300 baud</source>
        <translation>300 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="92"/>
        <source>600 baud</source>
        <translation>600 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="93"/>
        <source>1200 baud</source>
        <translation>1200 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="17"/>
        <source>2400 baud</source>
        <translation>2400 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="94"/>
        <source>4800 baud</source>
        <translation>4800 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="18"/>
        <source>9600 baud</source>
        <translation>9600 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="95"/>
        <source>19200 baud</source>
        <translation>19200 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="96"/>
        <source>38400 baud</source>
        <translation>38400 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="97"/>
        <source>57600 baud</source>
        <translation>57600 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="98"/>
        <source>115200 baud</source>
        <translation>115200 bauds</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="99"/>
        <source>Data format for meters</source>
        <translation>Format des données compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="100"/>
        <source>Serial data format towards the meter; Auto (firmware 5.3.4.1 or newer) switches to 7E1 for IEC traffic and uses 8N1 otherwise.</source>
        <translation>Format des données série vers le compteur ; Auto (firmware 5.3.4.1 ou plus récent) passe en 7E1 pour le trafic IEC et utilise 8N1 sinon.</translation>
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
        <translation>Auto (détection IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="109"/>
        <source>Fixed 8N1 at meter</source>
        <translation>8N1 fixe côté compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="110"/>
        <source>Forces the fixed 8N1 data format on the meter port (checkbox at the meter settings).</source>
        <translation>Impose le format de données fixe 8N1 sur le port compteur (case à cocher des réglages du compteur).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="111"/>
        <source>Transparent mode TLS enable</source>
        <translation>Activer TLS en mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="112"/>
        <source>Enables TLS protection of the transparent meter communication channel.</source>
        <translation>Active la protection TLS du canal de communication transparent avec le compteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="113"/>
        <source>Transparent mode certificate bank</source>
        <translation>Banque de certificats du mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="114"/>
        <source>Selects the certificate bank used by the transparent mode TLS connection.</source>
        <translation>Sélectionne la banque de certificats utilisée par la connexion TLS du mode transparent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="115"/>
        <source>Transparent CA certificate bank</source>
        <translation>Banque de certificats CA du mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="116"/>
        <source>Selects the CA certificate bank used by the transparent mode TLS connection.</source>
        <translation>Sélectionne la banque de certificats CA utilisée par la connexion TLS du mode transparent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="117"/>
        <source>Transparent mode certificate verification</source>
        <translation>Vérification des certificats en mode transparent</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="118"/>
        <source>Enables verification of the peer certificate on the transparent mode TLS connection.</source>
        <translation>Active la vérification du certificat de l&apos;homologue sur la connexion TLS du mode transparent.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="119"/>
        <source>RS485 meter interface</source>
        <translation>Interface compteur RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="120"/>
        <source>RS485 wiring mode and DCD line behaviour of the meter port.</source>
        <translation>Mode de câblage RS485 et comportement de la ligne DCD du port compteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="121"/>
        <source>RS485 mode</source>
        <translation>Mode RS485</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="122"/>
        <source>RS485 wiring of the meter port; disable is recommended for versions having only an RS232 cable.</source>
        <translation>Câblage RS485 du port compteur ; « Désactiver » est recommandé pour les versions équipées uniquement d&apos;un câble RS232.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="123"/>
        <source>2-wire (half duplex)</source>
        <translation>2 fils (semi-duplex)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="124"/>
        <source>4-wire (full duplex)</source>
        <translation>4 fils (duplex intégral)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="125"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="126"/>
        <source>DCD</source>
        <translation>DCD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="127"/>
        <source>Data control direction signal presented to the meter on the RS232 port (e.g. Itron SL7000).</source>
        <translation>Signal de contrôle du sens des données présenté au compteur sur le port RS232 (p. ex. Itron SL7000).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="128"/>
        <source>Fix 0</source>
        <translation>Fixe 0</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="129"/>
        <source>Fix 1</source>
        <translation>Fixe 1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="130"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="131"/>
        <source>Inverted</source>
        <translation>Inversé</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="132"/>
        <source>Watchdog</source>
        <translation>Surveillance de connexion</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="133"/>
        <source>Periodic ping and automatic reconnection to the mobile network.</source>
        <translation>Ping périodique et reconnexion automatique au réseau mobile.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="134"/>
        <source>Ping IP address</source>
        <translation>Adresse IP de ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="135"/>
        <source>IP address pinged periodically to keep the data connection alive (0.0.0.0 disables the ping).</source>
        <translation>Adresse IP pingée périodiquement pour maintenir la connexion de données (0.0.0.0 désactive le ping).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="136"/>
        <source>Number of ping retries</source>
        <translation>Nombre de tentatives de ping</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="137"/>
        <source>Number of unanswered pings after which the data connection is rebuilt.</source>
        <translation>Nombre de pings sans réponse au-delà duquel la connexion de données est rétablie.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="138"/>
        <source>Ping wait time (for reply)</source>
        <translation>Temps d&apos;attente du ping (réponse)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="139"/>
        <source>Time to wait for a ping reply.</source>
        <translation>Temps d&apos;attente d&apos;une réponse au ping.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="140"/>
        <source>Wait time (for next ping)</source>
        <translation>Temps d&apos;attente (avant le ping suivant)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="141"/>
        <source>Time to wait before sending the next ping.</source>
        <translation>Temps d&apos;attente avant l&apos;envoi du ping suivant.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="142"/>
        <source>GPRS connection closed and restored after</source>
        <translation>Connexion GPRS fermée et rétablie après</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="143"/>
        <source>Time after which a dropped or unresponsive data connection is closed and restored; never set it below your operator&apos;s recommendation.</source>
        <translation>Durée au bout de laquelle une connexion de données interrompue ou sans réponse est fermée puis rétablie ; ne jamais la régler en dessous de la recommandation de votre opérateur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="144"/>
        <source>Standard Meter Interface</source>
        <translation>Interface compteur standard</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="145"/>
        <source>Function assigned to each status LED.</source>
        <translation>Fonction attribuée à chaque LED d&apos;état.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="146"/>
        <source>LED1 function</source>
        <translation>Fonction de la LED1</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="147"/>
        <source>Status shown by LED1 (blue, middle).</source>
        <translation>État affiché par la LED1 (bleue, au milieu).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="148"/>
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="149"/>
        <source>GSM / GPRS status</source>
        <translation>État GSM / GPRS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="150"/>
        <source>SIM status</source>
        <translation>État de la SIM</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="151"/>
        <source>E-meter status</source>
        <translation>État du compteur électrique</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="152"/>
        <source>Firmware status</source>
        <translation>État du firmware</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="153"/>
        <source>Network status and access technology</source>
        <translation>État du réseau et technologie d&apos;accès</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="154"/>
        <source>Meter status with IEC polling</source>
        <translation>État du compteur avec interrogation IEC</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="155"/>
        <source>AMM (IEC) client state</source>
        <translation>État du client AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="156"/>
        <source>LED2 function</source>
        <translation>Fonction de la LED2</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="157"/>
        <source>Status shown by LED2 (red, bottom).</source>
        <translation>État affiché par la LED2 (rouge, en bas).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="158"/>
        <source>LED3 function</source>
        <translation>Fonction de la LED3</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="159"/>
        <source>Status shown by LED3 (green, top).</source>
        <translation>État affiché par la LED3 (verte, en haut).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="160"/>
        <source>AMM (IEC)</source>
        <translation>AMM (IEC)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="161"/>
        <source>LastGasp power outage SMS notification.</source>
        <translation>Notification SMS LastGasp en cas de coupure d&apos;alimentation.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="162"/>
        <source>LastGasp SMS</source>
        <translation>SMS LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="163"/>
        <source>Sends POWER LOST and POWER RETURN SMS messages on loss and recovery of the power supply.</source>
        <translation>Envoie les SMS POWER LOST et POWER RETURN lors de la perte et du retour de l&apos;alimentation.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="164"/>
        <source>LastGasp phone number</source>
        <translation>Numéro de téléphone LastGasp</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="165"/>
        <source>Phone number the LastGasp SMS messages are sent to.</source>
        <translation>Numéro de téléphone auquel les SMS LastGasp sont envoyés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="166"/>
        <source>Device Manager</source>
        <translation>Connexion Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="167"/>
        <source>TLS settings of the Device Manager connection.</source>
        <translation>Réglages TLS de la connexion au Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="168"/>
        <source>Device Manager TLS enable</source>
        <translation>Activer TLS pour le Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="169"/>
        <source>Enables TLS on the Device Manager connection.</source>
        <translation>Active TLS sur la connexion au Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="170"/>
        <source>Device Manager certificate bank</source>
        <translation>Banque de certificats Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="171"/>
        <source>Selects the certificate bank used for the Device Manager TLS connection.</source>
        <translation>Sélectionne la banque de certificats utilisée pour la connexion TLS au Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="172"/>
        <source>Device Manager CA certificate bank</source>
        <translation>Banque de certificats CA Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="173"/>
        <source>Selects the CA certificate bank used for the Device Manager TLS connection.</source>
        <translation>Sélectionne la banque de certificats CA utilisée pour la connexion TLS au Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="174"/>
        <source>Device Manager certificate verification</source>
        <translation>Vérification des certificats Device Manager</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="175"/>
        <source>Enables verification of the Device Manager server certificate.</source>
        <translation>Active la vérification du certificat du serveur Device Manager.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="44"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="176"/>
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
        <location filename="profile_strings.py" line="177"/>
        <source>Password required by newer firmware for configuring the modem (ask the vendor for the default).</source>
        <translation>Mot de passe exigé par les firmwares récents pour configurer le modem (demandez la valeur par défaut au fabricant).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="178"/>
        <source>CSD password</source>
        <translation>Mot de passe CSD</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="179"/>
        <source>Password protecting CSD access and SMS commands (pw=); empty means no password.</source>
        <translation>Mot de passe protégeant l&apos;accès CSD et les commandes SMS (pw=) ; vide signifie aucun mot de passe.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="180"/>
        <source>Transparent (IEC) meter readout port</source>
        <translation>Port de relève transparente (IEC) des compteurs</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="181"/>
        <source>TCP port for transparent communication with the electricity meter.</source>
        <translation>Port TCP pour la communication transparente avec le compteur électrique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="182"/>
        <source>TCP port used by WM-E Term for remote configuration and firmware exchange of the modem.</source>
        <translation>Port TCP utilisé par WM-E Term pour la configuration à distance et la mise à jour du firmware du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="183"/>
        <source>Mobile access technology to use, e.g. 4G only or LTE with 2G fallback.</source>
        <translation>Technologie d&apos;accès mobile à utiliser, p. ex. 4G uniquement ou LTE avec repli 2G.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="184"/>
        <source>3G only</source>
        <translation>3G uniquement</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="185"/>
        <source>Transparent RS232 meter serial port settings.</source>
        <translation>Réglages du port série RS232 transparent du compteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="186"/>
        <source>Operating mode of the meter port; transparent mode is the default.</source>
        <translation>Mode de fonctionnement du port compteur ; le mode transparent est la valeur par défaut.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="187"/>
        <source>Baud rate of the meter serial port (default 9600).</source>
        <translation>Débit en bauds du port série du compteur (9600 par défaut).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="188"/>
        <source>Serial data format towards the meter.</source>
        <translation>Format des données série vers le compteur.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="189"/>
        <source>Fix 8N1 data format at meter</source>
        <translation>Format de données 8N1 fixe côté compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="190"/>
        <source>Forces the fixed 8N1 data format on the meter port (enabled by default).</source>
        <translation>Impose le format de données fixe 8N1 sur le port compteur (activé par défaut).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="191"/>
        <source>Function assigned to each of the six status LEDs.</source>
        <translation>Fonction attribuée à chacune des six LED d&apos;état.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="192"/>
        <source>Status shown by LED1 (leftmost).</source>
        <translation>État affiché par la LED1 (tout à gauche).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="193"/>
        <source>E-meter communication</source>
        <translation>Communication avec le compteur électrique</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="194"/>
        <source>M-Bus status</source>
        <translation>État M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="195"/>
        <source>Status shown by LED2.</source>
        <translation>État affiché par la LED2.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="196"/>
        <source>Status shown by LED3.</source>
        <translation>État affiché par la LED3.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="197"/>
        <source>LED4 function</source>
        <translation>Fonction de la LED4</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="198"/>
        <source>Status shown by LED4.</source>
        <translation>État affiché par la LED4.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="199"/>
        <source>LED5 function</source>
        <translation>Fonction de la LED5</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="200"/>
        <source>Status shown by LED5 (not used by default).</source>
        <translation>État affiché par la LED5 (non utilisée par défaut).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="201"/>
        <source>LED6 function</source>
        <translation>Fonction de la LED6</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="202"/>
        <source>Status shown by LED6 (rightmost).</source>
        <translation>État affiché par la LED6 (tout à droite).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="203"/>
        <source>Sends an SMS notification on power outage; the manual states this is not yet implemented in firmware 2.68.</source>
        <translation>Envoie une notification SMS en cas de coupure d&apos;alimentation ; selon le manuel, cette fonction n&apos;est pas encore implémentée dans le firmware 2.68.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="204"/>
        <source>Phone number the LastGasp SMS notification is sent to.</source>
        <translation>Numéro de téléphone auquel la notification SMS LastGasp est envoyée.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="205"/>
        <source>AMM/DLMS</source>
        <translation>AMM/DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="206"/>
        <source>DLMS server, meter client and push settings.</source>
        <translation>Réglages du serveur DLMS, du client compteur et du push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="207"/>
        <source>Start DLMS session during boot</source>
        <translation>Démarrer une session DLMS au démarrage</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="208"/>
        <source>Starts a DLMS session during the boot process of the modem.</source>
        <translation>Démarre une session DLMS pendant le démarrage du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="209"/>
        <source>DLMS AMM IP address</source>
        <translation>Adresse IP AMM DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="210"/>
        <source>IP address of the DLMS AMM host (0.0.0.0 if unused).</source>
        <translation>Adresse IP de l&apos;hôte AMM DLMS (0.0.0.0 si inutilisé).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="211"/>
        <source>DLMS server port</source>
        <translation>Port du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="212"/>
        <source>TCP port of the DLMS server (0 if unused).</source>
        <translation>Port TCP du serveur DLMS (0 si inutilisé).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="213"/>
        <source>Max. time without DLMS communication</source>
        <translation>Durée max. sans communication DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="214"/>
        <source>Maximum time allowed without DLMS communication before the session is closed.</source>
        <translation>Durée maximale autorisée sans communication DLMS avant la fermeture de la session.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="215"/>
        <source>DLMS password</source>
        <translation>Mot de passe DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="216"/>
        <source>General DLMS password of the modem.</source>
        <translation>Mot de passe DLMS général du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="217"/>
        <source>Possible DLMS/COSEM authentication methods</source>
        <translation>Méthodes d&apos;authentification DLMS/COSEM possibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="218"/>
        <source>Comma-separated list of the accepted DLMS/COSEM authentication mechanism IDs.</source>
        <translation>Liste, séparée par des virgules, des ID de mécanismes d&apos;authentification DLMS/COSEM acceptés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="219"/>
        <source>Disconnect relay control</source>
        <translation>Commande du relais de coupure</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="220"/>
        <source>Control mode of the disconnect relay.</source>
        <translation>Mode de commande du relais de coupure.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="221"/>
        <source>Billing register visibility</source>
        <translation>Visibilité des registres de facturation</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="222"/>
        <source>Whether registers 1-0:1.8.0*255 and 1-0:2.8.0*255 are visible in the daily and monthly (0-0:98.1.0*255) billing value profiles.</source>
        <translation>Indique si les registres 1-0:1.8.0*255 et 1-0:2.8.0*255 sont visibles dans les profils de valeurs de facturation journaliers et mensuels (0-0:98.1.0*255).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="223"/>
        <source>Registers are not visible</source>
        <translation>Registres non visibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="224"/>
        <source>Registers are visible</source>
        <translation>Registres visibles</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="225"/>
        <source>DLMS server logical address</source>
        <translation>Adresse logique du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="226"/>
        <source>Logical address of the modem&apos;s DLMS server.</source>
        <translation>Adresse logique du serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="227"/>
        <source>DLMS server physical address</source>
        <translation>Adresse physique du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="228"/>
        <source>Physical address of the modem&apos;s DLMS server.</source>
        <translation>Adresse physique du serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="229"/>
        <source>DLMS server client address</source>
        <translation>Adresse client du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="230"/>
        <source>Client address accepted by the modem&apos;s DLMS server.</source>
        <translation>Adresse client acceptée par le serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="231"/>
        <source>DLMS server authentication</source>
        <translation>Authentification du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="232"/>
        <source>Authentication mode of the modem&apos;s DLMS server.</source>
        <translation>Mode d&apos;authentification du serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="233"/>
        <source>NONE</source>
        <translation>AUCUNE</translation>
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
        <translation>Mot de passe du serveur DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="240"/>
        <source>Authentication password of the modem&apos;s DLMS server.</source>
        <translation>Mot de passe d&apos;authentification du serveur DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="241"/>
        <source>DLMS client logical address</source>
        <translation>Adresse logique du client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="242"/>
        <source>Logical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Adresse logique du compteur électrique interrogé par le client DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="243"/>
        <source>DLMS client physical address</source>
        <translation>Adresse physique du client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="244"/>
        <source>Physical address of the electricity meter polled by the modem&apos;s DLMS client.</source>
        <translation>Adresse physique du compteur électrique interrogé par le client DLMS du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="245"/>
        <source>DLMS client address</source>
        <translation>Adresse client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="246"/>
        <source>Client address the modem uses when reading the electricity meter.</source>
        <translation>Adresse client utilisée par le modem pour la relève du compteur électrique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="247"/>
        <source>DLMS client authentication</source>
        <translation>Authentification du client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="248"/>
        <source>Authentication mode used when reading the electricity meter.</source>
        <translation>Mode d&apos;authentification utilisé pour la relève du compteur électrique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="249"/>
        <source>DLMS client password</source>
        <translation>Mot de passe du client DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="250"/>
        <source>Password used when reading the electricity meter.</source>
        <translation>Mot de passe utilisé pour la relève du compteur électrique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="251"/>
        <source>Object list</source>
        <translation>Liste d&apos;objets</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="252"/>
        <source>Polled meter objects as OBIS:attribute separated by commas; empty polls 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 and 1.1.97.97.3.255:2.</source>
        <translation>Objets du compteur interrogés, au format OBIS:attribut séparés par des virgules ; si vide, 1.1.97.97.1.255:2, 1.1.97.97.2.255:2 et 1.1.97.97.3.255:2 sont interrogés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="253"/>
        <source>DLMS push logical address</source>
        <translation>Adresse logique push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="254"/>
        <source>Logical address used in DLMS push messages.</source>
        <translation>Adresse logique utilisée dans les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="255"/>
        <source>DLMS push physical address</source>
        <translation>Adresse physique push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="256"/>
        <source>Physical address used in DLMS push messages.</source>
        <translation>Adresse physique utilisée dans les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="257"/>
        <source>DLMS push client address</source>
        <translation>Adresse client push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="258"/>
        <source>Client address used in DLMS push messages.</source>
        <translation>Adresse client utilisée dans les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="259"/>
        <source>DLMS push authentication</source>
        <translation>Authentification push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="260"/>
        <source>Authentication mode used for DLMS push messages.</source>
        <translation>Mode d&apos;authentification utilisé pour les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="261"/>
        <source>DLMS push password</source>
        <translation>Mot de passe push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="262"/>
        <source>Password used for DLMS push messages.</source>
        <translation>Mot de passe utilisé pour les messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="263"/>
        <source>Push base logical name</source>
        <translation>Nom logique de base du push</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="264"/>
        <source>Base logical name (OBIS code) of the push object.</source>
        <translation>Nom logique de base (code OBIS) de l&apos;objet push.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="265"/>
        <source>DLMS push IP address</source>
        <translation>Adresse IP push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="266"/>
        <source>Target IPv4 address of the DLMS push messages.</source>
        <translation>Adresse IPv4 de destination des messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="267"/>
        <source>DLMS push port</source>
        <translation>Port push DLMS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="268"/>
        <source>Target TCP port of the DLMS push messages.</source>
        <translation>Port TCP de destination des messages push DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="12"/>
        <source>M-Bus</source>
        <translation>M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="269"/>
        <source>Wired M-Bus meter readout settings and meter table.</source>
        <translation>Réglages de relève des compteurs M-Bus filaires et table des compteurs.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="270"/>
        <source>Maximum number of M-Bus meters</source>
        <translation>Nombre maximal de compteurs M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="271"/>
        <source>Maximum number of M-Bus meters handled by the modem.</source>
        <translation>Nombre maximal de compteurs M-Bus gérés par le modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="272"/>
        <source>M-Bus wired install mode duration</source>
        <translation>Durée du mode d&apos;installation M-Bus filaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="273"/>
        <source>Duration of the wired M-Bus installation mode.</source>
        <translation>Durée du mode d&apos;installation M-Bus filaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="274"/>
        <source>Readout time</source>
        <translation>Période de relève</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="275"/>
        <source>Period of the M-Bus meter readout.</source>
        <translation>Période de relève des compteurs M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="276"/>
        <source>Upload time</source>
        <translation>Période de remontée</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="277"/>
        <source>Period of uploading the M-Bus data (monthly objects are handled additionally).</source>
        <translation>Période de remontée des données M-Bus (les objets mensuels sont traités en plus).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="278"/>
        <source>File encryption type</source>
        <translation>Type de chiffrement du fichier</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="279"/>
        <source>Encryption type (file name) of the M-Bus data file.</source>
        <translation>Type de chiffrement (nom de fichier) du fichier de données M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="280"/>
        <source>Number of monthly objects</source>
        <translation>Nombre d&apos;objets mensuels</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="281"/>
        <source>Number of monthly M-Bus objects stored.</source>
        <translation>Nombre d&apos;objets M-Bus mensuels mémorisés.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="282"/>
        <source>Inactivity timeout</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="283"/>
        <source>Time without M-Bus meter data after which the meter is considered inactive.</source>
        <translation>Durée sans données d&apos;un compteur M-Bus au-delà de laquelle le compteur est considéré comme inactif.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="14"/>
        <source>M-Bus baud rate</source>
        <translation>Débit M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="284"/>
        <source>Data transfer speed of the M-Bus line (2400 by default, higher speeds possible).</source>
        <translation>Vitesse de transmission de la ligne M-Bus (2400 par défaut, vitesses supérieures possibles).</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="285"/>
        <source>Activate address</source>
        <translation>Adresse d&apos;activation</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="286"/>
        <source>Address-like ID that opens the M-Bus channel for an optical HHU connection.</source>
        <translation>Identifiant de type adresse qui ouvre le canal M-Bus pour une connexion HHU optique.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="287"/>
        <source>HHU inactivity timeout</source>
        <translation>Délai d&apos;inactivité HHU</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="288"/>
        <source>The HHU M-Bus connection is closed after this inactivity time.</source>
        <translation>La connexion M-Bus HHU est fermée après cette durée d&apos;inactivité.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="19"/>
        <source>M-Bus meters</source>
        <translation>Compteurs M-Bus</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="289"/>
        <source>Connected M-Bus meters identified by primary or secondary address, with the field to read and its DLMS mapping.</source>
        <translation>Compteurs M-Bus raccordés, identifiés par adresse primaire ou secondaire, avec le champ à lire et sa correspondance DLMS.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="21"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="290"/>
        <source>Medium</source>
        <translation>Fluide</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="291"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="292"/>
        <source>Warm water</source>
        <translation>Eau tiède</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="293"/>
        <source>Hot water</source>
        <translation>Eau chaude</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="294"/>
        <source>Cold water</source>
        <translation>Eau froide</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="295"/>
        <source>Heat</source>
        <translation>Chaleur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="296"/>
        <source>Cooling</source>
        <translation>Froid</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="297"/>
        <source>Gas</source>
        <translation>Gaz</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="298"/>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="299"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="40"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="300"/>
        <source>DIF / VIF</source>
        <translation>DIF / VIF</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="301"/>
        <source>Scale unit</source>
        <translation>Unité d&apos;échelle</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="24"/>
        <source>OBIS register</source>
        <translation>Registre OBIS</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="302"/>
        <source>Read interval</source>
        <translation>Intervalle de lecture</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="303"/>
        <source>Load profile object</source>
        <translation>Objet de courbe de charge</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="304"/>
        <source>M-Bus address (primary or secondary)</source>
        <translation>Adresse M-Bus (primaire ou secondaire)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="305"/>
        <source>Required field number(s)</source>
        <translation>Numéro(s) de champ requis</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="306"/>
        <source>RFID (mRID)</source>
        <translation>RFID (mRID)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="23"/>
        <source>Meter name</source>
        <translation>Nom du compteur</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="307"/>
        <source>Secondary transparent</source>
        <translation>Transparent secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="308"/>
        <source>Secondary transparent port used for DLMS readout of the M-Bus measurements.</source>
        <translation>Port transparent secondaire utilisé pour la relève DLMS des mesures M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="309"/>
        <source>Secondary transparent port</source>
        <translation>Port transparent secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="310"/>
        <source>TCP port for DLMS readout of the lastly read M-Bus meter data.</source>
        <translation>Port TCP pour la relève DLMS des dernières données lues des compteurs M-Bus.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="311"/>
        <source>Secondary transparent baud rate</source>
        <translation>Débit du canal transparent secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="312"/>
        <source>Baud rate of the secondary transparent channel.</source>
        <translation>Débit en bauds du canal transparent secondaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="313"/>
        <source>Secondary transparent data format</source>
        <translation>Format des données du canal transparent secondaire</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="314"/>
        <source>Serial data format of the secondary transparent channel.</source>
        <translation>Format des données série du canal transparent secondaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="315"/>
        <source>Start transmission (TX) delay</source>
        <translation>Délai de début d&apos;émission (TX)</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="316"/>
        <source>Delay before starting a transmission on the secondary transparent channel.</source>
        <translation>Délai avant le début d&apos;une émission sur le canal transparent secondaire.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="317"/>
        <source>Communication password of the modem.</source>
        <translation>Mot de passe de communication du modem.</translation>
    </message>
    <message>
        <location filename="profile_strings.py" line="318"/>
        <source>Password used by the configuration tool when communicating with the modem.</source>
        <translation>Mot de passe utilisé par l&apos;outil de configuration pour communiquer avec le modem.</translation>
    </message>
</context>
</TS>
