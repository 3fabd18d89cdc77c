; Inno Setup script: a per-machine Windows installer for the bundle that
; packaging/build.py makes (dist\attendance-desktop\).  Needs Inno Setup 6.3 or later.
;
; Build (on Windows, after packaging\build.py; see packaging\README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\attendance-desktop.iss
; Optional: /DBundleDir=<the bundle folder> /DOutputDir=<where the setup .exe goes>
;
; Silent install for IT (no questions, no message boxes, no restart, a log file):
;   attendance-desktop-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\attendance-desktop-setup.log"
; Silent uninstall:
;   "C:\Program Files\attendance-desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Never change AppId: Windows knows the installed app by it, and a new version with the
; same AppId upgrades the old one in place instead of installing a second copy.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z attendance-desktop.iss (it is what attendance-desktop-cli.exe --version prints)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\attendance-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{F3C8302C-4874-4250-84CB-0810C1CF904E}
AppName=Attendance register
AppVersion={#AppVersion}
AppVerName=Attendance register {#AppVersion}
AppPublisher=attendance-desktop developers
; Per machine, for every user of the PC: C:\Program Files\attendance-desktop.
PrivilegesRequired=admin
DefaultDirName={autopf}\attendance-desktop
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=attendance-desktop-{#AppVersion}-setup
SetupIconFile=..\..\attendance_desktop\resources\attendance-desktop.ico
UninstallDisplayIcon={app}\attendance-desktop.exe
UninstallDisplayName=Attendance register
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade asks a running copy to close (the Restart Manager) instead of failing.
CloseApplications=yes
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade replaces the bundle whole: no file of the previous version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: attendance-desktop.exe (the app), attendance-desktop-cli.exe
; (the same with a console, for IT staff and scripts) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start menu, for all users.
Name: "{autoprograms}\Attendance register"; Filename: "{app}\attendance-desktop.exe"; Comment: "Take the register in class"

[Run]
; Offered at the end of an interactive install; skipped by /VERYSILENT and /SILENT.
Filename: "{app}\attendance-desktop.exe"; Description: "Start the attendance register"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what this installer put in place: the program folder and
; the Start menu shortcut.  Each user's database, settings and logs live in their own
; profile (%LOCALAPPDATA%\attendance-desktop) and are deliberately left alone, as is any
; PostgreSQL server; there is no [UninstallDelete] section on purpose.
