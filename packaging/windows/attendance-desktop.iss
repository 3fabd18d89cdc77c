; Inno Setup script: a per-machine Windows installer for the bundle that
; packaging/build.py makes (dist\attendance-desktop\).  Needs Inno Setup 6.3 or later.
;
; Build: on Linux, packaging/windows/build.sh does everything (under Wine); on Windows,
; after packaging\build.py (see packaging\README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\attendance-desktop.iss
; Optional: /DBundleDir=<the bundle folder> /DOutputDir=<where the setup .exe goes>
;
; Silent install for IT (no questions, no message boxes, no restart, a log file), pointing
; every user of the PC at the school's server (optional; no password in the URL):
;   attendance-desktop-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\attendance-desktop-setup.log" /DATABASEURL=postgresql://register@db.school.example/attendance
; Silent uninstall:
;   "C:\Program Files\attendance-desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Exit status 0 is success; see packaging/README.md for the others.
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
; /DCompression=lzma2/fast: a quicker, bigger setup (the tests' throwaway ones).
#ifndef Compression
  #define Compression "lzma2/max"
#endif

[Setup]
AppId={{F3C8302C-4874-4250-84CB-0810C1CF904E}
AppName=Attendance register
AppVersion={#AppVersion}
AppVerName=Attendance register {#AppVersion}
AppPublisher=attendance-desktop developers
; Shown in Settings > Apps and in the uninstall entry (with AppVersion as DisplayVersion).
AppComments=Keyboard-first attendance register for classroom PCs
VersionInfoDescription=Attendance register setup
VersionInfoProductName=Attendance register
; Per machine, for every user of the PC: C:\Program Files\attendance-desktop.
PrivilegesRequired=admin
DefaultDirName={autopf}\attendance-desktop
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 version 1703 (build 15063) or later: Qt 6.10 and later need Windows' own
; ICU (system32\icuuc.dll), which earlier Windows 10 releases (1507, 1511, 1607 and the
; LTSB 2016 built on it) lack; there the app would not start, so setup refuses to install.
MinVersion=10.0.15063
OutputDir={#OutputDir}
OutputBaseFilename=attendance-desktop-{#AppVersion}-setup
SetupIconFile=..\..\attendance_desktop\resources\attendance-desktop.ico
UninstallDisplayIcon={app}\attendance-desktop.exe
UninstallDisplayName=Attendance register
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
; An upgrade asks a running copy to close (the Restart Manager) instead of failing.
CloseApplications=yes
SetupLogging=yes
; /DATABASEURL= sets a machine-wide environment variable: tell running programs.
ChangesEnvironment=yes

#ifdef SignToolName
; Signing (packaging/README.md, "Signing"): iscc /DSignToolName=school "/Sschool=signtool sign
; /fd SHA256 /tr <timestamp URL> /td SHA256 /f <certificate.pfx> /p <password> $f" ...
; signs the setup program and the uninstaller it carries.
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

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

[Registry]
; /DATABASEURL=URL (or the wizard's "Shared database" page): the database every user of
; this PC opens, as the machine-wide ATTENDANCE_DATABASE_URL (the app's own setting for IT;
; a --database on a shortcut still wins over it, and it wins over each user's Settings >
; Database).  A silent install without the switch writes nothing (an upgrade keeps what an
; earlier install set); the uninstaller removes the value.
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "ATTENDANCE_DATABASE_URL"; ValueData: "{code:DatabaseUrl}"; Flags: uninsdeletevalue; Check: DatabaseUrlGiven

[Run]
; Offered at the end of an interactive install; skipped by /VERYSILENT and /SILENT.
Filename: "{app}\attendance-desktop.exe"; Description: "Start the attendance register"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what this installer put in place: the program folder, the
; Start menu shortcut and the ATTENDANCE_DATABASE_URL value if /DATABASEURL= set it.  Each
; user's database, settings and logs live in their own profile
; (%LOCALAPPDATA%\attendance-desktop) and are deliberately left alone, as is any PostgreSQL
; server; there is no [UninstallDelete] section on purpose.

[Code]
const
  EnvironmentKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

var
  DatabasePage: TInputQueryWizardPage;

{ The URL for every user of the PC: /DATABASEURL=, or what was typed on the wizard's page. }
function DatabaseUrl(Unused: String): String;
begin
  Result := Trim(DatabasePage.Values[0]);
end;

function DatabaseUrlGiven: Boolean;
begin
  Result := DatabaseUrl('') <> '';
end;

{ A password in a machine-wide variable would be readable by every user of the PC. }
function UrlHasPassword(Url: String): Boolean;
var
  Rest: String;
  At, Slash: Integer;
begin
  Result := False;
  At := Pos('://', Url);
  if At = 0 then
    Exit;
  Rest := Copy(Url, At + 3, Length(Url));
  Slash := Pos('/', Rest);
  if Slash > 0 then
    Rest := Copy(Rest, 1, Slash - 1);
  At := Pos('@', Rest);
  Result := ((At > 0) and (Pos(':', Copy(Rest, 1, At - 1)) > 0))
    or (Pos('password=', Lowercase(Url)) > 0);
end;

function MachineDatabaseUrl: String;
begin
  if not RegQueryStringValue(HKLM, EnvironmentKey, 'ATTENDANCE_DATABASE_URL', Result) then
    Result := '';
end;

{ An interactive install asks for the URL (IT installing a few PCs by hand), showing the one
  this PC already has; a silent one takes /DATABASEURL= only. }
procedure InitializeWizard;
begin
  DatabasePage := CreateInputQueryPage(wpSelectDir, 'Shared database',
    'Which database should every user of this PC use?',
    'Leave this empty and each user keeps their own register on this PC.' + #13#10#13#10 +
    'To use the school''s PostgreSQL server, enter its address without the password, ' +
    'for example postgresql://register@db.school.example/attendance. Each user saves the ' +
    'password in the app (Settings > Database).');
  DatabasePage.Add('&Database URL (optional):', False);
  DatabasePage.Values[0] := Trim(ExpandConstant('{param:DATABASEURL}'));
  if (DatabasePage.Values[0] = '') and not WizardSilent then
    DatabasePage.Values[0] := MachineDatabaseUrl;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = DatabasePage.ID) and UrlHasPassword(DatabaseUrl('')) then begin
    MsgBox('Leave the password out of the URL: every user of the PC could read it.',
      mbError, MB_OK);
    Result := False;
  end;
end;

function UpdateReadyMemo(Space, NewLine, MemoUserInfoInfo, MemoDirInfo, MemoTypeInfo,
  MemoComponentsInfo, MemoGroupInfo, MemoTasksInfo: String): String;
begin
  Result := MemoDirInfo;
  if Result <> '' then
    Result := Result + NewLine + NewLine;
  Result := Result + 'Database:' + NewLine + Space;
  if DatabaseUrl('') <> '' then
    Result := Result + DatabaseUrl('') + ' (for every user of this PC)'
  else
    Result := Result + 'each user''s own, on this PC';
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { Emptied on the wizard's page: the PC goes back to each user's own database. }
  if (CurStep = ssPostInstall) and not WizardSilent and (DatabaseUrl('') = '')
    and (MachineDatabaseUrl <> '') then
    RegDeleteValue(HKLM, EnvironmentKey, 'ATTENDANCE_DATABASE_URL');
end;

function InitializeSetup: Boolean;
var
  Url: String;
begin
  Result := True;
  Url := Trim(ExpandConstant('{param:DATABASEURL}'));
  if Url = '' then
    Exit;
  if UrlHasPassword(Url) then begin
    SuppressibleMsgBox('/DATABASEURL= must not contain a password: every user of the PC could read it. ' +
      'Give the URL without the password (postgresql://user@server/database) and let each user save ' +
      'the password in Settings > Database, or use the server''s own mechanisms.', mbCriticalError, MB_OK, IDOK);
    Log('Refused: /DATABASEURL= contains a password.');
    Result := False;
  end else
    Log('The database URL for every user of this PC: ' + Url);
end;
