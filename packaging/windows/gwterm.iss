; Inno Setup script for the Windows installer. Build the bundle first on Windows:
;   pyinstaller packaging\gwterm.spec   (writes dist\gwterm\)
; then: iscc packaging\windows\gwterm.iss   (writes dist\gwterm-setup-<version>.exe)
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1B1E4E-8E6B-4E70-9C3B-7D1E2B1E6F10}
AppName=gwterm
AppVersion={#AppVersion}
AppPublisher=gwterm developers
DefaultDirName={autopf}\gwterm
DefaultGroupName=gwterm
OutputDir=..\..\dist
OutputBaseFilename=gwterm-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
UninstallDisplayIcon={app}\gwterm.exe
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\gwterm\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\gwterm"; Filename: "{app}\gwterm.exe"; Parameters: "gui"
Name: "{group}\Uninstall gwterm"; Filename: "{uninstallexe}"

[Registry]
Root: HKA; Subkey: "Software\Classes\.cfg\OpenWithProgids"; ValueType: string; ValueName: "gwterm.cfg"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\gwterm.cfg"; ValueType: string; ValueName: ""; ValueData: "gwterm configuration"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\gwterm.cfg\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\gwterm.exe,0"
Root: HKA; Subkey: "Software\Classes\gwterm.cfg\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\gwterm.exe"" gui ""%1"""

[Run]
Filename: "{app}\gwterm.exe"; Parameters: "gui"; Description: "Start gwterm"; Flags: nowait postinstall skipifsilent
