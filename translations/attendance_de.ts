<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>Schemaversion</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Protokolldatei</translation>
        </message>
        <message>
            <source>Running on</source>
            <translation>Läuft auf</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>{app} {version}</source>
            <translation>{app} {version}</translation>
        </message>
        <message>
            <source>A keyboard-first attendance register for classroom PCs, on an embedded SQLite file or a shared PostgreSQL server. Every mark is saved the moment it is made.
Open source under the MIT licence.</source>
            <translation>Anwesenheitslisten für Klassenraum-PCs, ganz mit der Tastatur bedienbar, in einer eingebetteten SQLite-Datei oder auf einem gemeinsamen PostgreSQL-Server. Jeder Eintrag wird gespeichert, sobald er gemacht ist.
Open Source unter der MIT-Lizenz.</translation>
        </message>
        <message>
            <source>SQLite (embedded file)</source>
            <translation>SQLite (eingebettete Datei)</translation>
        </message>
        <message>
            <source>PostgreSQL (server)</source>
            <translation>PostgreSQL (Server)</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>wird gelesen…</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy all of this as text, for a support request</source>
            <translation>Alles als Text kopieren, für eine Support-Anfrage</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <source>not available ({reason})</source>
            <translation>nicht verfügbar ({reason})</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The database is being upgraded; this window will continue by itself.
(The office's or IT's computer upgrades it; nothing needs doing here.)</source>
            <translation>Die Datenbank wird aktualisiert; dieses Fenster macht danach von selbst weiter.
(Der Computer des Sekretariats oder der IT aktualisiert sie; hier ist nichts zu tun.)</translation>
        </message>
        <message>
            <source>{app}: cannot open a window: system libraries that Qt needs on X11 are missing.
On Debian or Ubuntu, install them with:
    sudo apt install {packages}</source>
            <translation>{app}: Es kann kein Fenster geöffnet werden: Es fehlen Systembibliotheken, die Qt unter X11 braucht.
Unter Debian oder Ubuntu installieren Sie sie mit:
    sudo apt install {packages}</translation>
        </message>
        <message>
            <source>{app}: cannot write the log file: {reason}</source>
            <translation>{app}: Die Protokolldatei kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>The register could not be opened.</source>
            <translation>Die Anwesenheitsliste konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Upgrading the database to this version of the app…
(Other computers starting now wait until it is done.)</source>
            <translation>Die Datenbank wird auf diese Version der App aktualisiert…
(Andere Computer, die jetzt starten, warten, bis das erledigt ist.)</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Die Anwesenheitsliste wird geöffnet…</translation>
        </message>
        <message>
            <source>The password remembered on this PC was not accepted. {reason}</source>
            <translation>Das auf diesem PC gespeicherte Passwort wurde nicht angenommen. {reason}</translation>
        </message>
        <message>
            <source>Sign in to open the register.</source>
            <translation>Melden Sie sich an, um die Anwesenheitsliste zu öffnen.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>diesem Computer</translation>
        </message>
        <message>
            <source>{server} (database “{database}”)</source>
            <translation>{server} (Datenbank „{database}“)</translation>
        </message>
        <message>
            <source>Loading the demo school…</source>
            <translation>Die Demo-Schule wird geladen…</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Einstellungen gespeichert</translation>
        </message>
        <message>
            <source>Start attendance-desktop again to use the new database.</source>
            <translation>Starten Sie attendance-desktop neu, um die neue Datenbank zu verwenden.</translation>
        </message>
        <message>
            <source>{title} — {signed_in}</source>
            <translation>{title} — {signed_in}</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Abmelden</translation>
        </message>
        <message>
            <source>Close the register and let the next person sign in</source>
            <translation>Anwesenheitsliste schließen und die nächste Person sich anmelden lassen</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer anzeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>mindestens ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>höchstens ein Argument erwartet</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist nötig</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>„%(filename)s“ kann nicht geöffnet werden: %(error)s</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>No registers taken in this period</source>
            <translation>In diesem Zeitraum wurde keine Anwesenheit erfasst</translation>
        </message>
        <message>
            <source>{class_name}: attendance by week</source>
            <translation>{class_name}: Anwesenheit pro Woche</translation>
        </message>
        <message>
            <source>{class_name}: attendance by day</source>
            <translation>{class_name}: Anwesenheit pro Tag</translation>
        </message>
        <message>
            <source>{percent}: chronic absence threshold</source>
            <translation>{percent}: Schwelle für häufiges Fehlen</translation>
        </message>
        <message>
            <source>Week beginning</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Anwesenheitsquote</translation>
        </message>
        <message numerus="yes">
            <source>{range} · {rate} of %n marked sessions attended</source>
            <translation>
                <numerusform>{range} · {rate} von %n erfassten Stunde besucht</numerusform>
                <numerusform>{range} · {rate} von %n erfassten Stunden besucht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{range} · attended {attended} of %n marked sessions ({rate}) · chronically absent</source>
            <translation>
                <numerusform>{range} · anwesend in {attended} von %n erfassten Stunde ({rate}) · häufig fehlend</numerusform>
                <numerusform>{range} · anwesend in {attended} von %n erfassten Stunden ({rate}) · häufig fehlend</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{range} · attended {attended} of %n marked sessions ({rate})</source>
            <translation>
                <numerusform>{range} · anwesend in {attended} von %n erfassten Stunde ({rate})</numerusform>
                <numerusform>{range} · anwesend in {attended} von %n erfassten Stunden ({rate})</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>{student}: marks by code</source>
            <translation>{student}: Einträge nach Kürzel</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Stunden</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Take attendance on classroom PCs.</source>
            <translation>Anwesenheit an den Klassenzimmer-PCs erfassen.</translation>
        </message>
        <message>
            <source>database URL or SQLite file path (default: ${variable}, then the settings file, then the embedded database in your data folder)</source>
            <translation>Datenbank-URL oder Pfad einer SQLite-Datei (Standard: ${variable}, dann die Einstellungsdatei, dann die eingebettete Datenbank in Ihrem Datenordner)</translation>
        </message>
        <message>
            <source>log more detail</source>
            <translation>ausführlicher protokollieren</translation>
        </message>
        <message>
            <source>start on a throwaway demo school (nothing is kept)</source>
            <translation>mit einer Demo-Schule zum Ausprobieren starten (nichts wird gespeichert)</translation>
        </message>
        <message>
            <source>check that this installation works (database, window, a mark saved and read back, printing) on a throwaway database, then exit: 0 passed, 1 failed</source>
            <translation>prüfen, ob diese Installation funktioniert (Datenbank, Fenster, ein Eintrag gespeichert und zurückgelesen, Drucken), mit einer Wegwerf-Datenbank, dann beenden: 0 bestanden, 1 fehlgeschlagen</translation>
        </message>
        <message>
            <source>look after the database (for IT staff)</source>
            <translation>die Datenbank pflegen (für die IT-Betreuung)</translation>
        </message>
        <message>
            <source>migrate the database to this version of the app</source>
            <translation>die Datenbank auf diese Version des Programms aktualisieren</translation>
        </message>
        <message>
            <source>print the database's schema revision</source>
            <translation>die Schema-Revision der Datenbank ausgeben</translation>
        </message>
        <message>
            <source>exit 0 if the database is at this version's schema, 1 if it needs upgrading</source>
            <translation>Rückgabewert 0, wenn die Datenbank dem Schema dieser Version entspricht, 1, wenn sie aktualisiert werden muss</translation>
        </message>
        <message>
            <source>write a timestamped copy of the database</source>
            <translation>eine Kopie der Datenbank mit Zeitstempel schreiben</translation>
        </message>
        <message>
            <source>where to write the copy: a file name, or an existing folder to put the timestamped copy in</source>
            <translation>wohin die Kopie geschrieben wird: ein Dateiname oder ein vorhandener Ordner für die Kopie mit Zeitstempel</translation>
        </message>
        <message>
            <source>import a roster: a CSV file, or a school information system's export (folder or .zip: OneRoster 1.0-1.2, Microsoft School Data Sync v1/v2/v2.1, Clever)</source>
            <translation>Stammdaten importieren: eine CSV-Datei oder den Export einer Schulverwaltungssoftware (Ordner oder .zip: OneRoster 1.0-1.2, Microsoft School Data Sync v1/v2/v2.1, Clever)</translation>
        </message>
        <message>
            <source>Import students, teachers, classes and enrollments. Everything is checked first; any problem is listed with its file, line and column and nothing is written. Warnings (shown by --dry-run too) do not stop the import. Importing the same file again changes nothing.</source>
            <translation>Schüler, Lehrkräfte, Klassen und Kurszuordnungen importieren. Zuerst wird alles geprüft; jedes Problem wird mit Datei, Zeile und Spalte aufgeführt, und nichts wird geschrieben. Warnungen (auch von --dry-run angezeigt) halten den Import nicht auf. Dieselbe Datei erneut zu importieren ändert nichts.</translation>
        </message>
        <message>
            <source>the CSV file, folder or .zip</source>
            <translation>die CSV-Datei, der Ordner oder die .zip-Datei</translation>
        </message>
        <message>
            <source>check and show what would change; write nothing</source>
            <translation>prüfen und zeigen, was sich ändern würde; nichts schreiben</translation>
        </message>
        <message>
            <source>write every teacher, class, student and enrollment to a CSV roster file</source>
            <translation>alle Lehrkräfte, Klassen, Schüler und Kurszuordnungen in eine CSV-Stammdatendatei schreiben</translation>
        </message>
        <message>
            <source>Write the register's roster as a plain CSV file (UTF-8 with a byte-order mark, comma-separated, one row per enrollment; students, classes and teachers without one get a row of their own), with the same columns `import` reads: importing the file again changes nothing. An existing file is replaced. Attendance marks are not included (see `report`).</source>
            <translation>Die Stammdaten als einfache CSV-Datei schreiben (UTF-8 mit Byte-Order-Mark, kommagetrennt, eine Zeile je Kurszuordnung; Schüler, Klassen und Lehrkräfte ohne Zuordnung erhalten eine eigene Zeile), mit denselben Spalten, die `import` liest: Die Datei erneut zu importieren ändert nichts. Eine vorhandene Datei wird ersetzt. Anwesenheitseinträge sind nicht enthalten (siehe `report`).</translation>
        </message>
        <message>
            <source>the CSV file to write</source>
            <translation>die zu schreibende CSV-Datei</translation>
        </message>
        <message>
            <source>--self-test uses its own throwaway database: give it nothing else</source>
            <translation>--self-test verwendet eine eigene Wegwerf-Datenbank: Geben Sie nichts weiter an</translation>
        </message>
        <message>
            <source>attendance-desktop: cannot write the log file: {error}</source>
            <translation>attendance-desktop: Die Protokolldatei kann nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>attendance-desktop: error: {message}</source>
            <translation>attendance-desktop: Fehler: {message}</translation>
        </message>
        <message>
            <source>attendance-desktop: unexpected error ({kind}); details are in the log file. Please report it.</source>
            <translation>attendance-desktop: unerwarteter Fehler ({kind}); Einzelheiten stehen in der Protokolldatei. Bitte melden Sie ihn.</translation>
        </message>
        <message>
            <source>No database file yet at {path}; `attendance-desktop db upgrade` creates it.</source>
            <translation>Unter {path} gibt es noch keine Datenbankdatei; `attendance-desktop db upgrade` legt sie an.</translation>
        </message>
        <message>
            <source>Upgraded {database}: {previous} -&gt; {current}</source>
            <translation>{database} aktualisiert: {previous} -&gt; {current}</translation>
        </message>
        <message>
            <source>{database} is up to date (revision {revision}).</source>
            <translation>{database} ist auf dem neuesten Stand (Revision {revision}).</translation>
        </message>
        <message>
            <source>empty (no schema yet)</source>
            <translation>leer (noch kein Schema)</translation>
        </message>
        <message>
            <source>OK: at revision {revision}.</source>
            <translation>OK: Revision {revision}.</translation>
        </message>
        <message>
            <source>Needs upgrading: at {current}, this version expects {head}. Run: attendance-desktop db upgrade</source>
            <translation>Aktualisierung nötig: Stand {current}, diese Version erwartet {head}. Ausführen: attendance-desktop db upgrade</translation>
        </message>
        <message>
            <source>empty</source>
            <comment>a database's revision when it has no schema yet</comment>
            <translation>leer</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <translation>Unter {path} gibt es keine Datenbankdatei.</translation>
        </message>
        <message>
            <source>Backup written to {path}</source>
            <translation>Sicherung geschrieben nach {path}</translation>
        </message>
        <message>
            <source>Roster of {database} written to {path}</source>
            <translation>Stammdaten von {database} geschrieben nach {path}</translation>
        </message>
        <message>
            <source>The database is at revision {current}; this version of attendance-desktop needs {head}.</source>
            <translation>Die Datenbank hat die Revision {current}; diese Version von attendance-desktop braucht {head}.</translation>
        </message>
        <message>
            <source>Run: attendance-desktop db upgrade</source>
            <translation>Ausführen: attendance-desktop db upgrade</translation>
        </message>
        <message>
            <source>pg_dump was not found, so a PostgreSQL database cannot be backed up from here.</source>
            <translation>pg_dump wurde nicht gefunden; eine PostgreSQL-Datenbank kann daher von hier aus nicht gesichert werden.</translation>
        </message>
        <message>
            <source>Install the PostgreSQL client tools, or back up on the server itself.</source>
            <translation>Installieren Sie die PostgreSQL-Client-Programme oder sichern Sie auf dem Server selbst.</translation>
        </message>
        <message>
            <source>pg_dump could not back up {database}: {reason}</source>
            <translation>pg_dump konnte {database} nicht sichern: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the backup to {path}: there is no folder {folder}.</source>
            <translation>Die Sicherung kann nicht nach {path} geschrieben werden: Es gibt keinen Ordner {folder}.</translation>
        </message>
        <message>
            <source>Create it first, or give --to an existing folder or a file in one.</source>
            <translation>Legen Sie ihn zuerst an oder geben Sie --to einen vorhandenen Ordner oder eine Datei darin.</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Fehlt</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Verspätet</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Entschuldigt</translation>
        </message>
        <message>
            <source>Excused absence</source>
            <translation>Entschuldigtes Fehlen</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Counts as present</source>
            <translation>Zählt als anwesend</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>{column}: yes</source>
            <translation>{column}: ja</translation>
        </message>
        <message>
            <source>{column}: no</source>
            <translation>{column}: nein</translation>
        </message>
        <message>
            <source>Double-click to choose a colour</source>
            <translation>Doppelklick, um eine Farbe zu wählen</translation>
        </message>
        <message>
            <source>Not in use: teachers cannot give this mark; old registers keep it.</source>
            <translation>Nicht aktiv: Lehrkräfte können diesen Eintrag nicht mehr vergeben; alte Anwesenheitslisten behalten ihn.</translation>
        </message>
        <message>
            <source>A code needs a label, for example Present.</source>
            <translation>Ein Eintrag braucht eine Bezeichnung, zum Beispiel Anwesend.</translation>
        </message>
        <message>
            <source>A label has at most 100 characters.</source>
            <translation>Eine Bezeichnung hat höchstens 100 Zeichen.</translation>
        </message>
        <message>
            <source>Choose what the code means: present, late, absent or excused.</source>
            <translation>Wählen Sie, was der Eintrag bedeutet: anwesend, verspätet, fehlt oder entschuldigt.</translation>
        </message>
        <message>
            <source>A colour looks like #2E7D32.</source>
            <translation>Eine Farbe sieht so aus: #2E7D32.</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <source>“{label}” is the only code meaning Present; the register needs one. Add another Present code first.</source>
            <translation>„{label}“ ist der einzige Eintrag mit der Bedeutung Anwesend; die Anwesenheitsliste braucht einen. Legen Sie zuerst einen anderen Anwesend-Eintrag an.</translation>
        </message>
        <message>
            <source>The name teachers see, for example Present or Medical appointment</source>
            <translation>Der Name, den Lehrkräfte sehen, zum Beispiel Anwesend oder Arzttermin</translation>
        </message>
        <message>
            <source>A short code for reports and exports (up to 8 characters)</source>
            <translation>Ein Kürzel für Berichte und Exporte (bis zu 8 Zeichen)</translation>
        </message>
        <message>
            <source>The colour of the mark in the register (double-click to change)</source>
            <translation>Die Farbe des Eintrags in der Anwesenheitsliste (Doppelklick zum Ändern)</translation>
        </message>
        <message>
            <source>The one letter a teacher presses in the register to give this mark</source>
            <translation>Der Buchstabe, den eine Lehrkraft in der Anwesenheitsliste drückt, um diesen Eintrag zu vergeben</translation>
        </message>
        <message>
            <source>What the mark means for reports: present, late, absent or an excused absence</source>
            <translation>Was der Eintrag für Berichte bedeutet: anwesend, verspätet, fehlt oder entschuldigtes Fehlen</translation>
        </message>
        <message>
            <source>Whether the student counts as in school for attendance figures</source>
            <translation>Ob der Schüler für die Anwesenheitszahlen als in der Schule gilt</translation>
        </message>
        <message>
            <source>Codes not in use cannot be given any more; old registers keep them</source>
            <translation>Nicht aktive Einträge können nicht mehr vergeben werden; alte Anwesenheitslisten behalten sie</translation>
        </message>
    </context>
    <context>
        <name>ConflictBar</name>
        <message>
            <source>note “{note}”</source>
            <translation>Bemerkung „{note}“</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>keine Bemerkung</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>{mark} (arrived {time})</source>
            <translation>{mark} (angekommen um {time})</translation>
        </message>
        <message>
            <source>Conflicts to settle</source>
            <translation>Zu klärende Konflikte</translation>
        </message>
        <message>
            <source>Previous conflict</source>
            <translation>Vorheriger Konflikt</translation>
        </message>
        <message>
            <source>Next conflict</source>
            <translation>Nächster Konflikt</translation>
        </message>
        <message>
            <source>Keep mine  (Alt+K)</source>
            <translation>Meins behalten  (Alt+K)</translation>
        </message>
        <message>
            <source>Save yours on top of theirs (their change stays in the history). Alt+K</source>
            <translation>Ihre Änderung über die andere speichern (die andere bleibt im Verlauf). Alt+K</translation>
        </message>
        <message>
            <source>Take theirs  (Alt+T)</source>
            <translation>Andere übernehmen  (Alt+T)</translation>
        </message>
        <message>
            <source>Leave theirs as it is; yours is not saved. Alt+T</source>
            <translation>Die andere Änderung bleibt; Ihre wird nicht gespeichert. Alt+T</translation>
        </message>
        <message>
            <source>{student}'s note was changed differently on another computer meanwhile.</source>
            <translation>Die Bemerkung zu {student} wurde inzwischen an einem anderen Computer anders geändert.</translation>
        </message>
        <message>
            <source>{student} was marked differently on another computer meanwhile.</source>
            <translation>{student} wurde inzwischen an einem anderen Computer anders erfasst.</translation>
        </message>
        <message>
            <source>Theirs: &lt;b&gt;{theirs}&lt;/b&gt; by {who} &amp;nbsp;·&amp;nbsp; Yours: &lt;b&gt;{mine}&lt;/b&gt;</source>
            <translation>Andere: &lt;b&gt;{theirs}&lt;/b&gt; von {who} &amp;nbsp;·&amp;nbsp; Ihre: &lt;b&gt;{mine}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Keep mine: {mark}  (Alt+K)</source>
            <translation>Meins behalten: {mark}  (Alt+K)</translation>
        </message>
        <message>
            <source>Take theirs: {mark}  (Alt+T)</source>
            <translation>Andere übernehmen: {mark}  (Alt+T)</translation>
        </message>
        <message>
            <source>{position} of {count}</source>
            <translation>{position} von {count}</translation>
        </message>
    </context>
    <context>
        <name>Cover</name>
        <message>
            <source>{start}–{end} {class_name}</source>
            <translation>{start}–{end} {class_name}</translation>
        </message>
        <message>
            <source>{lesson}: {detail}.</source>
            <translation>{lesson}: {detail}.</translation>
        </message>
        <message>
            <source>its register was already taken by {teacher}, so it stays with them</source>
            <translation>die Anwesenheit wurde bereits von {teacher} erfasst, daher bleibt die Stunde unverändert</translation>
        </message>
        <message>
            <source>{teacher} already teaches {class_name} at {time}</source>
            <translation>{teacher} unterrichtet um {time} bereits {class_name}</translation>
        </message>
        <message>
            <source>Only the school office can give cover.</source>
            <translation>Nur das Sekretariat kann Vertretungen eintragen.</translation>
        </message>
        <message>
            <source>Ask the office, or IT, to give these lessons to a colleague.</source>
            <translation>Bitten Sie das Sekretariat oder die IT, diese Stunden einer anderen Lehrkraft zu übertragen.</translation>
        </message>
        <message>
            <source>That cover teacher is no longer in the register.</source>
            <translation>Diese Vertretungslehrkraft ist nicht mehr eingetragen.</translation>
        </message>
        <message>
            <source>One of these lessons no longer exists (the timetable changed).</source>
            <translation>Eine dieser Stunden gibt es nicht mehr (der Stundenplan wurde geändert).</translation>
        </message>
        <message>
            <source>Look at the day again and choose the lessons once more.</source>
            <translation>Sehen Sie sich den Tag erneut an und wählen Sie die Stunden noch einmal.</translation>
        </message>
        <message>
            <source>Cover was not given: {reasons}</source>
            <translation>Die Vertretung wurde nicht eingetragen: {reasons}</translation>
        </message>
        <message>
            <source>Nothing was changed. Choose the other lessons only.</source>
            <translation>Es wurde nichts geändert. Wählen Sie nur die anderen Stunden.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>teaching {class_name} at {time}</source>
            <translation>um {time} in {class_name}</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Vertretung</translation>
        </message>
        <message>
            <source>Give an absent teacher's lessons to a colleague: the lessons move to the cover teacher's day, who takes their registers.</source>
            <translation>Übertragen Sie die Stunden einer fehlenden Lehrkraft an eine andere: Die Stunden wandern in den Tag der Vertretungslehrkraft, die dort die Anwesenheit erfasst.</translation>
        </message>
        <message>
            <source>Type to find who is away</source>
            <translation>Tippen, um die fehlende Lehrkraft zu finden</translation>
        </message>
        <message>
            <source>Absent teacher</source>
            <translation>Fehlende Lehrkraft</translation>
        </message>
        <message>
            <source>Find the absent teacher</source>
            <translation>Fehlende Lehrkraft suchen</translation>
        </message>
        <message>
            <source>Type to find who covers</source>
            <translation>Tippen, um die Vertretungslehrkraft zu finden</translation>
        </message>
        <message>
            <source>Cover teacher</source>
            <translation>Vertretungslehrkraft</translation>
        </message>
        <message>
            <source>Find the cover teacher</source>
            <translation>Vertretungslehrkraft suchen</translation>
        </message>
        <message>
            <source>&amp;Who is away?</source>
            <translation>&amp;Wer fehlt?</translation>
        </message>
        <message>
            <source>Who &amp;covers?</source>
            <translation>Wer &amp;vertritt?</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>QLocale date pattern: short weekday, day, month</comment>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <source>Lessons to cover</source>
            <translation>Zu vertretende Stunden</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>&amp;Lessons:</source>
            <translation>&amp;Stunden:</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>Was passieren wird</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Was passiert</translation>
        </message>
        <message>
            <source>Reading the day…</source>
            <translation>Der Tag wird geladen…</translation>
        </message>
        <message>
            <source>Give cover</source>
            <translation>Vertretung eintragen</translation>
        </message>
        <message>
            <source>no lessons</source>
            <translation>keine Stunden</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>The day could not be read. {reason}</source>
            <translation>Der Tag konnte nicht geladen werden. {reason}</translation>
        </message>
        <message>
            <source>The day could not be read because of a fault in the app.</source>
            <translation>Der Tag konnte wegen eines Fehlers in der App nicht geladen werden.</translation>
        </message>
        <message numerus="yes">
            <source>All their lessons that day (%n)</source>
            <translation>
                <numerusform>Die einzige Stunde an diesem Tag (%n)</numerusform>
                <numerusform>Alle Stunden an diesem Tag (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>free</source>
            <comment>a teacher with no lesson at that time</comment>
            <translation>frei</translation>
        </message>
        <message>
            <source>away</source>
            <comment>the absent teacher, in the list</comment>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>Stays: {reason}</source>
            <translation>Bleibt: {reason}</translation>
        </message>
        <message>
            <source>Covered by {teacher} now</source>
            <translation>Derzeit vertreten von {teacher}</translation>
        </message>
        <message>
            <source>Not covered yet</source>
            <translation>Noch keine Vertretung</translation>
        </message>
        <message>
            <source>{teacher} has it already</source>
            <translation>{teacher} hat diese Stunde bereits</translation>
        </message>
        <message>
            <source>Back to {teacher} (ends the cover)</source>
            <translation>Zurück an {teacher} (beendet die Vertretung)</translation>
        </message>
        <message>
            <source>To {teacher}, but {reason}</source>
            <translation>An {teacher}, aber {reason}</translation>
        </message>
        <message>
            <source>To {teacher}</source>
            <translation>An {teacher}</translation>
        </message>
        <message>
            <source>Only the school office can give cover: ask the office, or IT, to give these lessons to a colleague.</source>
            <translation>Nur das Sekretariat kann Vertretungen eintragen: Bitten Sie das Sekretariat oder die IT, diese Stunden einer anderen Lehrkraft zu übertragen.</translation>
        </message>
        <message>
            <source>Choose who is away.</source>
            <translation>Wählen Sie, wer fehlt.</translation>
        </message>
        <message>
            <source>They have no lessons on {day}.</source>
            <translation>Diese Lehrkraft hat am {day} keine Stunden.</translation>
        </message>
        <message>
            <source>Choose who covers.</source>
            <translation>Wählen Sie, wer vertritt.</translation>
        </message>
        <message>
            <source>Choose someone other than the teacher who is away.</source>
            <translation>Wählen Sie eine andere Lehrkraft als die fehlende.</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons will move to {teacher}'s day.</source>
            <translation>
                <numerusform>%n Stunde wird in den Tag von {teacher} verschoben.</numerusform>
                <numerusform>%n Stunden werden in den Tag von {teacher} verschoben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be covered: their register was already taken.</source>
            <translation>
                <numerusform>%n Stunde kann nicht vertreten werden: Die Anwesenheit wurde bereits erfasst.</numerusform>
                <numerusform>%n Stunden können nicht vertreten werden: Die Anwesenheit wurde bereits erfasst.</numerusform>
            </translation>
        </message>
        <message>
            <source>{teacher} already teaches then: you will be asked to confirm.</source>
            <translation>{teacher} unterrichtet zu dieser Zeit bereits: Sie werden um Bestätigung gebeten.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nichts zu ändern.</translation>
        </message>
        <message>
            <source>The cover teacher is teaching then</source>
            <translation>Die Vertretungslehrkraft unterrichtet zu dieser Zeit</translation>
        </message>
        <message>
            <source>{clashes}

Give the cover anyway?</source>
            <translation>{clashes}

Die Vertretung trotzdem eintragen?</translation>
        </message>
        <message>
            <source>Giving cover…</source>
            <translation>Vertretung wird eingetragen…</translation>
        </message>
        <message>
            <source>Cover was not given because of a fault in the app.</source>
            <translation>Die Vertretung wurde wegen eines Fehlers in der App nicht eingetragen.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>none (the database is empty)</source>
            <translation>keine (die Datenbank ist leer)</translation>
        </message>
        <message>
            <source>{revision} (up to date)</source>
            <translation>{revision} (aktuell)</translation>
        </message>
        <message>
            <source>{revision} (this version expects {expected})</source>
            <translation>{revision} (diese Version erwartet {expected})</translation>
        </message>
        <message>
            <source>Connected to “{database}” on {host}:{port} (PostgreSQL {version}). {schema}</source>
            <translation>Verbunden mit „{database}“ auf {host}:{port} (PostgreSQL {version}). {schema}</translation>
        </message>
        <message>
            <source>{path} is a folder.</source>
            <translation>{path} ist ein Ordner.</translation>
        </message>
        <message>
            <source>Choose a file name inside it, such as attendance.sqlite3.</source>
            <translation>Wählen Sie einen Dateinamen darin, etwa attendance.sqlite3.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <source>Choose another folder, or create this one first.</source>
            <translation>Wählen Sie einen anderen Ordner oder legen Sie diesen zuerst an.</translation>
        </message>
        <message>
            <source>This account cannot create files in {folder}.</source>
            <translation>Dieses Konto kann in {folder} keine Dateien anlegen.</translation>
        </message>
        <message>
            <source>Choose a folder of your own, or ask IT for write access.</source>
            <translation>Wählen Sie einen eigenen Ordner oder bitten Sie die IT um Schreibrechte.</translation>
        </message>
        <message>
            <source>No database there yet: a new one will be created at {path} on the next start.</source>
            <translation>Dort gibt es noch keine Datenbank: Beim nächsten Start wird unter {path} eine neue angelegt.</translation>
        </message>
        <message>
            <source>The database file {path} can be read but not written to.</source>
            <translation>Die Datenbankdatei {path} kann gelesen, aber nicht beschrieben werden.</translation>
        </message>
        <message>
            <source>Ask IT to give your account write access to it and its folder.</source>
            <translation>Bitten Sie die IT, Ihrem Konto Schreibrechte für die Datei und ihren Ordner zu geben.</translation>
        </message>
        <message>
            <source>Found the database file {path}. {schema}</source>
            <translation>Datenbankdatei {path} gefunden. {schema}</translation>
        </message>
        <message>
            <source>It is empty; the app will set it up on the next start.</source>
            <translation>Sie ist leer; die App richtet sie beim nächsten Start ein.</translation>
        </message>
        <message>
            <source>It holds an attendance register, up to date.</source>
            <translation>Sie enthält Anwesenheitslisten und ist aktuell.</translation>
        </message>
        <message>
            <source>It holds an attendance register from an older version; it will be upgraded on start.</source>
            <translation>Sie enthält Anwesenheitslisten einer älteren Version; sie wird beim Start aktualisiert.</translation>
        </message>
        <message>
            <source>The database URL is empty.</source>
            <translation>Die Datenbank-URL ist leer.</translation>
        </message>
        <message>
            <source>“{url}” is not a database URL.</source>
            <translation>„{url}“ ist keine Datenbank-URL.</translation>
        </message>
        <message>
            <source>Use postgresql://user@host:5432/dbname or sqlite:///path/to/file.sqlite3.</source>
            <translation>Verwenden Sie postgresql://benutzer@host:5432/datenbank oder sqlite:///pfad/zur/datei.sqlite3.</translation>
        </message>
        <message>
            <source>An in-memory SQLite database would lose every mark when the app closes.</source>
            <translation>Eine SQLite-Datenbank im Arbeitsspeicher würde beim Schließen der App alle Einträge verlieren.</translation>
        </message>
        <message>
            <source>Give a file path: sqlite:///path/to/attendance.sqlite3.</source>
            <translation>Geben Sie einen Dateipfad an: sqlite:///pfad/zu/attendance.sqlite3.</translation>
        </message>
        <message>
            <source>“{url}” names no database.</source>
            <translation>„{url}“ nennt keine Datenbank.</translation>
        </message>
        <message>
            <source>Add the database name: postgresql://user@host:5432/attendance.</source>
            <translation>Ergänzen Sie den Namen der Datenbank: postgresql://benutzer@host:5432/attendance.</translation>
        </message>
        <message>
            <source>attendance-desktop cannot use a '{kind}' database.</source>
            <translation>attendance-desktop kann keine Datenbank vom Typ „{kind}“ verwenden.</translation>
        </message>
        <message>
            <source>Use SQLite (the default, one computer) or PostgreSQL (shared by many computers).</source>
            <translation>Verwenden Sie SQLite (Standard, ein Computer) oder PostgreSQL (von vielen Computern gemeinsam genutzt).</translation>
        </message>
        <message>
            <source>The database URL’s {part} holds a line break.</source>
            <translation>Der Teil „{part}“ der Datenbank-URL enthält einen Zeilenumbruch.</translation>
        </message>
        <message>
            <source>The folder for the database file does not exist: {folder}.</source>
            <translation>Der Ordner für die Datenbankdatei existiert nicht: {folder}.</translation>
        </message>
        <message>
            <source>Check the path, or create the folder first.</source>
            <translation>Prüfen Sie den Pfad oder legen Sie den Ordner zuerst an.</translation>
        </message>
        <message>
            <source>That record already exists; a second copy was not created.</source>
            <translation>Dieser Datensatz existiert schon; eine zweite Kopie wurde nicht angelegt.</translation>
        </message>
        <message>
            <source>The disk is full; the last change was not saved.</source>
            <translation>Der Datenträger ist voll; die letzte Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Free some space.</source>
            <translation>Schaffen Sie etwas Platz.</translation>
        </message>
        <message>
            <source>The database file {path} is locked by another program.</source>
            <translation>Die Datenbankdatei {path} ist von einem anderen Programm gesperrt.</translation>
        </message>
        <message>
            <source>Wait a moment and try again; if it persists, close other copies of the app or any program that has the file open.</source>
            <translation>Warten Sie einen Moment und versuchen Sie es erneut; wenn es so bleibt, schließen Sie andere Fenster der App und alle Programme, die die Datei geöffnet haben.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be written to (it is read-only).</source>
            <translation>In die Datenbankdatei {path} kann nicht geschrieben werden (sie ist schreibgeschützt).</translation>
        </message>
        <message>
            <source>Check the file's permissions, or ask IT to give your account write access to it and its folder.</source>
            <translation>Prüfen Sie die Berechtigungen der Datei oder bitten Sie die IT, Ihrem Konto Schreibrechte für die Datei und ihren Ordner zu geben.</translation>
        </message>
        <message>
            <source>The file {path} is not a readable attendance database (it may be damaged).</source>
            <translation>Die Datei {path} ist keine lesbare Anwesenheitsdatenbank (sie ist vielleicht beschädigt).</translation>
        </message>
        <message>
            <source>Restore the latest backup beside it ({backups}), or point the app at another file.</source>
            <translation>Stellen Sie die neueste Sicherung daneben wieder her ({backups}) oder wählen Sie für die App eine andere Datei.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; the last change was not saved.</source>
            <translation>Der Datenträger mit {path} ist voll; die letzte Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Free some space and try again.</source>
            <translation>Schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be opened.</source>
            <translation>Die Datenbankdatei {path} kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Check that the folder exists and that your account may write to it.</source>
            <translation>Prüfen Sie, ob der Ordner existiert und Ihr Konto darin schreiben darf.</translation>
        </message>
        <message>
            <source>The server at {server} refused the user name or password.</source>
            <translation>Der Server {server} hat den Benutzernamen oder das Passwort abgelehnt.</translation>
        </message>
        <message>
            <source>Check them in Settings &gt; Database (the password is kept in the system keyring).</source>
            <translation>Prüfen Sie beides unter Einstellungen &gt; Datenbank (das Passwort liegt im Schlüsselbund des Systems).</translation>
        </message>
        <message>
            <source>The secure connection (TLS) to {server} could not be set up.</source>
            <translation>Die sichere Verbindung (TLS) zu {server} konnte nicht hergestellt werden.</translation>
        </message>
        <message>
            <source>Check the server name, and the school's certificate file (CA) in Settings &gt; Database; IT can say which TLS mode the server needs. Details: {details}</source>
            <translation>Prüfen Sie den Servernamen und die Zertifikatsdatei der Schule (CA) unter Einstellungen &gt; Datenbank; die IT kann sagen, welchen TLS-Modus der Server braucht. Details: {details}</translation>
        </message>
        <message>
            <source>The server is reachable but has no such database: {server}.</source>
            <translation>Der Server ist erreichbar, hat aber keine solche Datenbank: {server}.</translation>
        </message>
        <message>
            <source>Ask IT to create it, or check the name in Settings &gt; Database.</source>
            <translation>Bitten Sie die IT, sie anzulegen, oder prüfen Sie den Namen unter Einstellungen &gt; Datenbank.</translation>
        </message>
        <message>
            <source>This login may not use the database {server}.</source>
            <translation>Diese Anmeldung darf die Datenbank {server} nicht verwenden.</translation>
        </message>
        <message>
            <source>Ask IT to run “attendance-desktop staff sync”, which lets staff logins connect, or to check that this login is a member of a staff group.</source>
            <translation>Bitten Sie die IT-Betreuung, „attendance-desktop staff sync“ auszuführen (damit können sich die Anmeldungen der Lehrkräfte verbinden), oder zu prüfen, ob diese Anmeldung zu einer Personalgruppe gehört.</translation>
        </message>
        <message>
            <source>The database server's disk is full; the last change was not saved.</source>
            <translation>Der Datenträger des Datenbankservers ist voll; die letzte Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Tell IT: the server needs more space.</source>
            <translation>Sagen Sie der IT Bescheid: Der Server braucht mehr Platz.</translation>
        </message>
        <message>
            <source>The database was busy with another computer's change; yours was not saved.</source>
            <translation>Die Datenbank war mit der Änderung eines anderen Computers beschäftigt; Ihre wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Cannot reach the attendance database server ({server}).</source>
            <translation>Der Server der Anwesenheitsdatenbank ist nicht erreichbar ({server}).</translation>
        </message>
        <message>
            <source>Check the network cable or Wi-Fi, and that the server is running. Details: {details}</source>
            <translation>Prüfen Sie das Netzwerkkabel oder das WLAN und ob der Server läuft. Details: {details}</translation>
        </message>
        <message>
            <source>This database already has tables but was not created by attendance-desktop.</source>
            <translation>Diese Datenbank enthält schon Tabellen, wurde aber nicht von attendance-desktop angelegt.</translation>
        </message>
        <message>
            <source>Point the app at an empty database or at an attendance-desktop database.</source>
            <translation>Wählen Sie für die App eine leere Datenbank oder eine Datenbank von attendance-desktop.</translation>
        </message>
        <message>
            <source>This database records several schema revisions at once ({revisions}).</source>
            <translation>Diese Datenbank verzeichnet mehrere Schemaversionen zugleich ({revisions}).</translation>
        </message>
        <message>
            <source>It was changed by hand; restore a backup or ask the developers.</source>
            <translation>Sie wurde von Hand geändert; stellen Sie eine Sicherung wieder her oder fragen Sie die Entwickler.</translation>
        </message>
        <message>
            <source>The login “{login}” may not upgrade the database.</source>
            <translation>Die Anmeldung „{login}“ darf die Datenbank nicht aktualisieren.</translation>
        </message>
        <message>
            <source>The database's owner, or a login IT made an upgrade login (`attendance-desktop staff grant-upgrade`), upgrades it.</source>
            <translation>Aktualisiert wird sie vom Eigentümer der Datenbank oder von einer Anmeldung, die die IT dafür freigegeben hat (`attendance-desktop staff grant-upgrade`).</translation>
        </message>
        <message numerus="yes">
            <source>The upgrade would leave %n broken references; nothing was changed.</source>
            <translation>
                <numerusform>Die Aktualisierung würde %n ungültigen Verweis hinterlassen; es wurde nichts geändert.</numerusform>
                <numerusform>Die Aktualisierung würde %n ungültige Verweise hinterlassen; es wurde nichts geändert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send the log file to the developers.</source>
            <translation>Senden Sie die Protokolldatei an die Entwickler.</translation>
        </message>
        <message>
            <source>a network share (UNC path)</source>
            <translation>einer Netzwerkfreigabe (UNC-Pfad)</translation>
        </message>
        <message>
            <source>a network drive ({type})</source>
            <translation>einem Netzlaufwerk ({type})</translation>
        </message>
        <message>
            <source>a mapped network drive ({drive})</source>
            <translation>einem verbundenen Netzlaufwerk ({drive})</translation>
        </message>
        <message>
            <source>The database file {path} is on {where}. SQLite cannot be shared safely over a network: marks could be lost or the file damaged.</source>
            <translation>Die Datenbankdatei {path} liegt auf {where}. SQLite kann nicht sicher über ein Netzwerk geteilt werden: Einträge könnten verloren gehen oder die Datei beschädigt werden.</translation>
        </message>
        <message>
            <source>To share one register between several computers, use a PostgreSQL server (File &gt; Settings… &gt; Database: “{option}”; see {guide}). To use this computer alone, keep the database on a local disk.</source>
            <translation>Um eine Anwesenheitsliste auf mehreren Computern zu teilen, verwenden Sie einen PostgreSQL-Server (Datei &gt; Einstellungen… &gt; Datenbank: „{option}“; siehe {guide}). Wenn nur dieser Computer sie nutzt, lassen Sie die Datenbank auf einer lokalen Festplatte.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMM yyyy</source>
            <comment>QLocale date pattern: day, short month, year</comment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>dddd d MMM</source>
            <comment>QLocale date pattern: weekday, day, short month</comment>
            <translation>dddd, d. MMM</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Riverside Academy (demo)</source>
            <translation>Gesamtschule am Fluss (Demo)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Maths</source>
            <translation>Mathematik</translation>
        </message>
        <message>
            <source>Science</source>
            <translation>Naturwissenschaften</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschichte</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Bus was late</source>
            <translation>Bus hatte Verspätung</translation>
        </message>
        <message>
            <source>Came from a music lesson</source>
            <translation>Kam vom Musikunterricht</translation>
        </message>
        <message>
            <source>Overslept</source>
            <translation>Verschlafen</translation>
        </message>
        <message>
            <source>Was at the nurse</source>
            <translation>War im Sanitätsraum</translation>
        </message>
        <message>
            <source>Dentist appointment</source>
            <translation>Zahnarzttermin</translation>
        </message>
        <message>
            <source>School trip</source>
            <translation>Klassenfahrt</translation>
        </message>
        <message>
            <source>Sports fixture</source>
            <translation>Sportwettkampf</translation>
        </message>
        <message>
            <source>Hospital appointment</source>
            <translation>Termin im Krankenhaus</translation>
        </message>
        <message>
            <source>Ill - parent phoned the office</source>
            <translation>Krank – Eltern haben im Sekretariat angerufen</translation>
        </message>
        <message>
            <source>Mrs Hall (office)</source>
            <translation>Frau Hall (Sekretariat)</translation>
        </message>
        <message>
            <source>Note from home</source>
            <translation>Entschuldigung der Eltern</translation>
        </message>
        <message>
            <source>No note from home yet</source>
            <translation>Noch keine Entschuldigung der Eltern</translation>
        </message>
        <message>
            <source>The demo school can only be loaded into an empty database; this one already has teachers, classes or students.</source>
            <translation>Die Demo-Schule kann nur in eine leere Datenbank geladen werden; diese enthält schon Lehrkräfte, Klassen oder Schüler.</translation>
        </message>
        <message>
            <source>Start the demo on its own with `attendance-desktop --demo`, or point the app at a new database file in Settings &gt; Database.</source>
            <translation>Starten Sie die Demo für sich mit `attendance-desktop --demo` oder wählen Sie unter Einstellungen &gt; Datenbank eine neue Datenbankdatei.</translation>
        </message>
        <message>
            <source>The demo school needs an attendance code for each of present, late, absent and excused; this database has none for {categories}.</source>
            <translation>Die Demo-Schule braucht je ein Anwesenheitskürzel für anwesend, verspätet, fehlt und entschuldigt; diese Datenbank hat keines für {categories}.</translation>
        </message>
        <message>
            <source>Add them in Settings &gt; Attendance codes, or start the demo on its own with `attendance-desktop --demo`.</source>
            <translation>Legen Sie sie unter Einstellungen &gt; Anwesenheitskürzel an oder starten Sie die Demo für sich mit `attendance-desktop --demo`.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialogs</name>
        <message>
            <source>A newer version of the app is needed</source>
            <translation>Eine neuere Version der App wird gebraucht</translation>
        </message>
        <message>
            <source>The database setting is not right</source>
            <translation>Die Datenbankeinstellung stimmt nicht</translation>
        </message>
        <message>
            <source>Cannot reach the attendance database</source>
            <translation>Die Anwesenheitsdatenbank ist nicht erreichbar</translation>
        </message>
        <message>
            <source>The attendance database is busy</source>
            <translation>Die Anwesenheitsdatenbank ist belegt</translation>
        </message>
        <message>
            <source>The attendance database is read-only</source>
            <translation>Die Anwesenheitsdatenbank ist schreibgeschützt</translation>
        </message>
        <message>
            <source>The attendance database is damaged</source>
            <translation>Die Anwesenheitsdatenbank ist beschädigt</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Der Datenträger ist voll</translation>
        </message>
        <message>
            <source>This is not an attendance database</source>
            <translation>Das ist keine Anwesenheitsdatenbank</translation>
        </message>
        <message>
            <source>Someone else changed this mark</source>
            <translation>Jemand anderes hat diesen Eintrag geändert</translation>
        </message>
        <message>
            <source>That already exists</source>
            <translation>Das gibt es schon</translation>
        </message>
        <message>
            <source>Something needs your attention</source>
            <translation>Etwas braucht Ihre Aufmerksamkeit</translation>
        </message>
        <message>
            <source>{title} - {app}</source>
            <translation>{title} - {app}</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation>Was zu tun ist: {hint}</translation>
        </message>
        <message>
            <source>{app} ran into a problem</source>
            <translation>{app} ist auf ein Problem gestoßen</translation>
        </message>
        <message>
            <source>Sorry, something went wrong.</source>
            <translation>Entschuldigung, etwas ist schiefgegangen.</translation>
        </message>
        <message>
            <source>This is a fault in attendance-desktop, not something you did. Marks that were already saved are safe. You can carry on; if it happens again, restart the app and send the details to your IT support.</source>
            <translation>Das ist ein Fehler in attendance-desktop, nicht Ihrer. Bereits gespeicherte Einträge sind sicher. Sie können weiterarbeiten; wenn es wieder passiert, starten Sie die App neu und senden Sie die Details an Ihre IT-Betreuung.</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Details anzeigen</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Copy the details to the clipboard, to paste into an email</source>
            <translation>Die Details in die Zwischenablage kopieren, um sie in eine E-Mail einzufügen</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>No log file</source>
            <translation>Keine Protokolldatei</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>This happened %n times. It is a fault in the app, not something you did. Marks that were already saved are safe. Please restart the app, and send the details to your IT support.</source>
            <translation>
                <numerusform>Das ist %n Mal passiert. Es ist ein Fehler in der App, nicht Ihrer. Bereits gespeicherte Einträge sind sicher. Bitte starten Sie die App neu und senden Sie die Details an Ihre IT-Betreuung.</numerusform>
                <numerusform>Das ist %n Mal passiert. Es ist ein Fehler in der App, nicht Ihrer. Bereits gespeicherte Einträge sind sicher. Bitte starten Sie die App neu und senden Sie die Details an Ihre IT-Betreuung.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Details ausblenden</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This database is at revision {stored}, which this version of attendance-desktop does not know (the newest it knows is {known}).</source>
            <translation>Diese Datenbank hat die Revision {stored}, die diese Version von attendance-desktop nicht kennt (die neueste ihr bekannte ist {known}).</translation>
        </message>
        <message>
            <source>A newer version of the app has upgraded it: install that version on this computer. Nothing was changed in the database.</source>
            <translation>Eine neuere Version des Programms hat sie aktualisiert: Installieren Sie diese Version auf diesem Computer. In der Datenbank wurde nichts geändert.</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>jemandem</translation>
        </message>
        <message>
            <source>Attendance row {row} was changed by {who} on {machine} (now version {version}, you had version {yours}).</source>
            <translation>Anwesenheitszeile {row} wurde von {who} an {machine} geändert (jetzt Version {version}, Sie hatten Version {yours}).</translation>
        </message>
        <message>
            <source>Attendance row {row} was changed by {who} (now version {version}, you had version {yours}).</source>
            <translation>Anwesenheitszeile {row} wurde von {who} geändert (jetzt Version {version}, Sie hatten Version {yours}).</translation>
        </message>
        <message>
            <source>Nothing was overwritten; review their change and yours.</source>
            <translation>Nichts wurde überschrieben; prüfen Sie die andere Änderung und Ihre.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Attendance rate = attended / marked sessions (Present and Late attend; Absent and Excused are missed). Chronic absence = missing 10% or more, excused included.</source>
            <translation>Anwesenheitsquote = besuchte / erfasste Stunden (anwesend und verspätet zählen als besucht, fehlt und entschuldigt als gefehlt). Häufiges Fehlen = 10 % oder mehr gefehlt, entschuldigtes Fehlen eingeschlossen.</translation>
        </message>
        <message>
            <source>{school}: {report}</source>
            <translation>{school}: {report}</translation>
        </message>
        <message>
            <source>Dates and times in {zone}.</source>
            <translation>Datums- und Zeitangaben: {zone}.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>student number {number}</source>
            <translation>Schülernummer {number}</translation>
        </message>
        <message>
            <source>roster ID {id}</source>
            <translation>Stammdaten-ID {id}</translation>
        </message>
        <message>
            <source>{student} ({ids})</source>
            <translation>{student} ({ids})</translation>
        </message>
        <message>
            <source>{student}, attendance {range}</source>
            <translation>{student}, Anwesenheit {range}</translation>
        </message>
        <message numerus="yes">
            <source>Attendance {rate} ({attended} of %n marked sessions).</source>
            <translation>
                <numerusform>Anwesenheit {rate} ({attended} von %n erfassten Stunde).</numerusform>
                <numerusform>Anwesenheit {rate} ({attended} von %n erfassten Stunden).</numerusform>
            </translation>
        </message>
        <message>
            <source>Chronically absent: {answer}.</source>
            <translation>Häufig fehlend: {answer}.</translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Summen</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Zählt als</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Share of marked</source>
            <translation>Anteil an erfassten</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Besucht</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Gefehlt</translation>
        </message>
        <message>
            <source>Chronically absent</source>
            <translation>Häufig fehlend</translation>
        </message>
        <message>
            <source>attended</source>
            <comment>what a code counts as</comment>
            <translation>besucht</translation>
        </message>
        <message>
            <source>missed</source>
            <comment>what a code counts as</comment>
            <translation>gefehlt</translation>
        </message>
        <message>
            <source>{class_name} ({teacher}), class summary {range}</source>
            <translation>{class_name} ({teacher}), Klassenübersicht {range}</translation>
        </message>
        <message>
            <source>{class_name}, class summary {range}</source>
            <translation>{class_name}, Klassenübersicht {range}</translation>
        </message>
        <message>
            <source>Lessons: {lessons}; registers taken: {taken}.</source>
            <translation>Stunden: {lessons}; erfasste Anwesenheitslisten: {taken}.</translation>
        </message>
        <message numerus="yes">
            <source>Class attendance {rate} ({attended} of %n marked sessions).</source>
            <translation>
                <numerusform>Anwesenheit der Klasse {rate} ({attended} von %n erfassten Stunde).</numerusform>
                <numerusform>Anwesenheit der Klasse {rate} ({attended} von %n erfassten Stunden).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chronically absent: {chronic} of %n students.</source>
            <translation>
                <numerusform>Häufig fehlend: {chronic} von %n Schüler.</numerusform>
                <numerusform>Häufig fehlend: {chronic} von %n Schülern.</numerusform>
            </translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Schülernummer</translation>
        </message>
        <message>
            <source>{label} ({code})</source>
            <comment>a column: a mark's name and its code</comment>
            <translation>{label} ({code})</translation>
        </message>
        <message>
            <source>Class summary</source>
            <translation>Klassenübersicht</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Schüler</translation>
        </message>
        <message>
            <source>Roster ID</source>
            <translation>Stammdaten-ID</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Eintritt</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Austritt</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Erfasst</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Anwesenheitsquote</translation>
        </message>
        <message>
            <source>Rate</source>
            <comment>short column title: attendance rate</comment>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Chronic absence</source>
            <translation>Häufiges Fehlen</translation>
        </message>
        <message>
            <source>Chronic</source>
            <comment>short column title: chronic absence</comment>
            <translation>Häufig</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Ganze Klasse</translation>
        </message>
        <message>
            <source>up to {date}</source>
            <translation>bis {date}</translation>
        </message>
        <message>
            <source>Registers never taken, {range}</source>
            <translation>Nie erfasste Anwesenheitslisten, {range}</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons that ended by {moment} with no register: never started, or started with nobody marked.</source>
            <translation>
                <numerusform>%n Stunde, die bis {moment} endete, ohne Anwesenheitsliste: nie begonnen oder begonnen, aber niemand erfasst.</numerusform>
                <numerusform>%n Stunden, die bis {moment} endeten, ohne Anwesenheitsliste: nie begonnen oder begonnen, aber niemand erfasst.</numerusform>
            </translation>
        </message>
        <message>
            <source>Missing registers</source>
            <translation>Fehlende Anwesenheitslisten</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Lehrkraft</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>Rate by week</source>
            <translation>Quote pro Woche</translation>
        </message>
        <message>
            <source>{class_name}, attendance rate by week {range}</source>
            <translation>{class_name}, Anwesenheitsquote pro Woche {range}</translation>
        </message>
        <message>
            <source>Rate by day</source>
            <translation>Quote pro Tag</translation>
        </message>
        <message>
            <source>{class_name}, attendance rate by day {range}</source>
            <translation>{class_name}, Anwesenheitsquote pro Tag {range}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Register not started.</source>
            <translation>Anwesenheitsliste nicht begonnen.</translation>
        </message>
        <message>
            <source>Register open.</source>
            <translation>Anwesenheitsliste offen.</translation>
        </message>
        <message>
            <source>Register closed.</source>
            <translation>Anwesenheitsliste abgeschlossen.</translation>
        </message>
        <message>
            <source>Register {state}.</source>
            <translation>Anwesenheitsliste: {state}.</translation>
        </message>
        <message>
            <source>{date}, {start}-{end}</source>
            <translation>{date}, {start}–{end}</translation>
        </message>
        <message>
            <source>{class_name} register, {when}</source>
            <translation>Anwesenheitsliste {class_name}, {when}</translation>
        </message>
        <message>
            <source>{teacher} (covering for {class_teacher})</source>
            <translation>{teacher} (Vertretung für {class_teacher})</translation>
        </message>
        <message>
            <source>Taken by {teacher}, room {room}.</source>
            <translation>Erfasst von {teacher}, Raum {room}.</translation>
        </message>
        <message>
            <source>Taken by {teacher}.</source>
            <translation>Erfasst von {teacher}.</translation>
        </message>
        <message>
            <source>#</source>
            <comment>column of row numbers</comment>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>{title} (%)</source>
            <comment>a CSV column of percentages</comment>
            <translation>{title} (%)</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>Cannot export to '{file}': only .csv and .xlsx files are supported.</source>
            <translation>Export nach „{file}“ nicht möglich: Nur .csv- und .xlsx-Dateien werden unterstützt.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>Choose another folder, or close the file if a spreadsheet has it open.</source>
            <translation>Wählen Sie einen anderen Ordner oder schließen Sie die Datei, falls eine Tabellenkalkulation sie geöffnet hat.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Welcome to attendance-desktop.

The register opens once the school is set up: choose how to start in the window in front.</source>
            <translation>Willkommen bei attendance-desktop.

Die Anwesenheitsliste öffnet sich, sobald die Schule eingerichtet ist: Wählen Sie im vorderen Fenster, wie Sie beginnen möchten.</translation>
        </message>
        <message>
            <source>Welcome to attendance-desktop</source>
            <translation>Willkommen bei attendance-desktop</translation>
        </message>
        <message>
            <source>Import a roster…</source>
            <translation>Stammdaten importieren…</translation>
        </message>
        <message>
            <source>Bring in your school's teachers, classes and students: a CSV file saved from a spreadsheet, or the OneRoster export (.zip) of your student information system. You see every change, or every problem, before anything is written.</source>
            <translation>Übernehmen Sie die Lehrkräfte, Klassen und Schüler Ihrer Schule: aus einer CSV-Datei, die aus einer Tabellenkalkulation gespeichert wurde, oder aus dem OneRoster-Export (.zip) Ihrer Schulverwaltungssoftware. Sie sehen jede Änderung und jedes Problem, bevor etwas geschrieben wird.</translation>
        </message>
        <message>
            <source>Load a demo school</source>
            <translation>Eine Demo-Schule laden</translation>
        </message>
        <message>
            <source>Try everything with a made-up school: {teachers} teachers, {classes} classes and {weeks} weeks of registers. The made-up people go into this database; to start for real afterwards, choose a new database in Settings.</source>
            <translation>Probieren Sie alles mit einer erfundenen Schule aus: {teachers} Lehrkräfte, {classes} Klassen und Anwesenheitslisten aus {weeks} Wochen. Die erfundenen Personen kommen in diese Datenbank; um danach richtig zu beginnen, wählen Sie in den Einstellungen eine neue Datenbank.</translation>
        </message>
        <message>
            <source>Connect to a school server instead…</source>
            <translation>Stattdessen mit einem Schulserver verbinden…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>Willkommen!</translation>
        </message>
        <message>
            <source>This register is empty. To take attendance, the app needs your school's teachers, classes and students. How would you like to start?</source>
            <translation>Diese Anwesenheitsliste ist leer. Um Anwesenheit zu erfassen, braucht die App die Lehrkräfte, Klassen und Schüler Ihrer Schule. Wie möchten Sie beginnen?</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Erfasst</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Rückgängig gemacht</translation>
        </message>
        <message>
            <source>Merged with another change</source>
            <translation>Mit einer anderen Änderung zusammengeführt</translation>
        </message>
        <message>
            <source>Override (kept on purpose)</source>
            <translation>Bewusst beibehalten</translation>
        </message>
        <message>
            <source>Changed after closing</source>
            <translation>Nach dem Abschließen geändert</translation>
        </message>
        <message>
            <source>Sent after being offline</source>
            <translation>Nach einer Unterbrechung gesendet</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>{mark} ({time})</source>
            <translation>{mark} ({time})</translation>
        </message>
        <message>
            <source>{old} → {new}</source>
            <translation>{old} → {new}</translation>
        </message>
        <message>
            <source>Note: “{old}” → “{new}”</source>
            <translation>Bemerkung: „{old}“ → „{new}“</translation>
        </message>
        <message>
            <source>{mark} (unchanged)</source>
            <translation>{mark} (unverändert)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Made {moment}</source>
            <translation>Erfasst am {moment}</translation>
        </message>
        <message>
            <source>Made {moment}; saved {saved}</source>
            <translation>Erfasst am {moment}; gespeichert am {saved}</translation>
        </message>
        <message>
            <source>{moment} (saved {saved})</source>
            <translation>{moment} (gespeichert {saved})</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>QLocale date pattern: day, short month</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <source>History: {student}</source>
            <translation>Verlauf: {student}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{student}&lt;/b&gt;: every change to this register row, newest first.</source>
            <translation>&lt;b&gt;{student}&lt;/b&gt;: jede Änderung dieser Zeile der Anwesenheitsliste, neueste zuerst.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message numerus="yes">
            <source>%n changes.</source>
            <translation>
                <numerusform>%n Änderung.</numerusform>
                <numerusform>%n Änderungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes yet.</source>
            <translation>Noch keine Änderungen.</translation>
        </message>
    </context>
    <context>
        <name>ImportCli</name>
        <message>
            <source>Read {path}: {description}.</source>
            <translation>Gelesen: {path}: {description}.</translation>
        </message>
        <message>
            <source>Text encoding: {encoding}.</source>
            <translation>Zeichenkodierung: {encoding}.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Hinweis: {note}</translation>
        </message>
        <message>
            <source>Warning: {problem}</source>
            <translation>Warnung: {problem}</translation>
        </message>
        <message>
            <source>Dry run: nothing was written. The import would make these changes:</source>
            <translation>Probelauf: Es wurde nichts geschrieben. Der Import würde Folgendes ändern:</translation>
        </message>
        <message>
            <source>Imported into {database}:</source>
            <translation>Importiert in {database}:</translation>
        </message>
        <message>
            <source>The register already matches this roster; nothing was changed:</source>
            <translation>Das Programm entspricht diesen Stammdaten bereits; es wurde nichts geändert:</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems:</source>
            <translation>
                <numerusform>Die Stammdaten haben %n Problem:</numerusform>
                <numerusform>Die Stammdaten haben %n Probleme:</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported. Fix the problems in the file and run the import again.</source>
            <translation>Es wurde nichts importiert. Beheben Sie die Probleme in der Datei und starten Sie den Import erneut.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>A &lt;b&gt;CSV file&lt;/b&gt; with one row per student and class (columns such as First name, Last name, Class, Teacher) or one row per person with a role or type column, or the &lt;b&gt;whole-school export&lt;/b&gt; of your school's information system, as its folder or .zip: &lt;b&gt;OneRoster&lt;/b&gt; 1.0, 1.1 or 1.2, &lt;b&gt;Microsoft School Data Sync&lt;/b&gt; v1, v2 or v2.1, or &lt;b&gt;Clever&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Nothing is written until you press &lt;b&gt;Import&lt;/b&gt;; an import is all or nothing, and nothing is ever deleted (students who left are given an end date).</source>
            <translation>Eine &lt;b&gt;CSV-Datei&lt;/b&gt; mit einer Zeile je Schüler und Klasse (Spalten wie First name, Last name, Class, Teacher) oder einer Zeile je Person mit einer Spalte für Rolle oder Typ, oder der &lt;b&gt;Gesamtexport&lt;/b&gt; Ihrer Schulverwaltungssoftware als Ordner oder .zip: &lt;b&gt;OneRoster&lt;/b&gt; 1.0, 1.1 oder 1.2, &lt;b&gt;Microsoft School Data Sync&lt;/b&gt; v1, v2 oder v2.1 oder &lt;b&gt;Clever&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Es wird nichts geschrieben, bevor Sie &lt;b&gt;Importieren&lt;/b&gt; drücken; ein Import geschieht ganz oder gar nicht, und es wird nie etwas gelöscht (Schüler, die gegangen sind, erhalten ein Enddatum).</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Not in the register yet: will be added</source>
            <translation>Noch nicht im Programm: wird hinzugefügt</translation>
        </message>
        <message>
            <source>In the register with different details (a name, room, teacher...)</source>
            <translation>Im Programm mit anderen Angaben (Name, Raum, Lehrkraft …)</translation>
        </message>
        <message>
            <source>Already in the register exactly as in this roster</source>
            <translation>Bereits genau so im Programm wie in diesen Stammdaten</translation>
        </message>
        <message>
            <source>Students given an end date in a class, or people and classes marked inactive. Nothing is deleted: their history stays.</source>
            <translation>Schüler, die in einer Klasse ein Enddatum erhalten, oder Personen und Klassen, die als inaktiv markiert werden. Es wird nichts gelöscht: Ihr Verlauf bleibt erhalten.</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>Stammdaten importieren</translation>
        </message>
        <message>
            <source>Bring in teachers, classes and students from your school's information system.</source>
            <translation>Übernehmen Sie Lehrkräfte, Klassen und Schüler aus der Schulverwaltungssoftware Ihrer Schule.</translation>
        </message>
        <message>
            <source>A .csv file, or a OneRoster folder or .zip</source>
            <translation>Eine .csv-Datei oder ein OneRoster-Ordner bzw. eine .zip-Datei</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>&amp;Datei wählen …</translation>
        </message>
        <message>
            <source>A CSV file, or a OneRoster export saved as a .zip</source>
            <translation>Eine CSV-Datei oder ein als .zip gespeicherter OneRoster-Export</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>&amp;Ordner wählen …</translation>
        </message>
        <message>
            <source>A OneRoster export unpacked into a folder</source>
            <translation>Ein in einen Ordner entpackter OneRoster-Export</translation>
        </message>
        <message>
            <source>Nothing has been written. Fix these in the file (or in your school's system and export again), then choose the file again.</source>
            <translation>Es wurde nichts geschrieben. Beheben Sie diese Probleme in der Datei (oder in der Schulverwaltungssoftware und exportieren Sie erneut) und wählen Sie die Datei dann noch einmal.</translation>
        </message>
        <message>
            <source>&amp;Copy problems</source>
            <translation>Probleme &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the list to the clipboard, to send to whoever keeps the file</source>
            <translation>Die Liste in die Zwischenablage kopieren, um sie an die Person zu schicken, die die Datei pflegt</translation>
        </message>
        <message>
            <source>%v of %m rows written</source>
            <translation>%v von %m Zeilen geschrieben</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Choose a roster file</source>
            <translation>Stammdaten-Datei wählen</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
            <translation>Stammdaten (*.csv *.txt *.zip);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Choose a OneRoster folder</source>
            <translation>OneRoster-Ordner wählen</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen …</translation>
        </message>
        <message>
            <source>{description}. Comparing with the register…</source>
            <translation>{description}. Wird mit dem Programm abgeglichen …</translation>
        </message>
        <message>
            <source>The roster could not be compared with the register.</source>
            <translation>Die Stammdaten konnten nicht mit dem Programm abgeglichen werden.</translation>
        </message>
        <message>
            <source>The roster could not be read.</source>
            <translation>Die Stammdaten konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>This roster would make these changes:</source>
            <translation>Diese Stammdaten würden Folgendes ändern:</translation>
        </message>
        <message>
            <source>The register already matches this roster: there is nothing to import.</source>
            <translation>Das Programm entspricht diesen Stammdaten bereits: Es gibt nichts zu importieren.</translation>
        </message>
        <message>
            <source>Press Import to write these changes, all in one go.</source>
            <translation>Drücken Sie „Importieren“, um diese Änderungen in einem Zug zu schreiben.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Nichts zu tun.</translation>
        </message>
        <message>
            <source>{file}: {description}.</source>
            <translation>{file}: {description}.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}.</source>
            <translation>{file}: {description}. Gelesen als {encoding}.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by commas.</source>
            <translation>{file}: {description}. Gelesen als {encoding}, Werte durch Kommas getrennt.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by semicolons.</source>
            <translation>{file}: {description}. Gelesen als {encoding}, Werte durch Semikolons getrennt.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by tabs.</source>
            <translation>{file}: {description}. Gelesen als {encoding}, Werte durch Tabulatoren getrennt.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by {separator}.</source>
            <translation>{file}: {description}. Gelesen als {encoding}, Werte getrennt durch {separator}.</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more.</source>
            <translation>
                <numerusform>… und %n weitere.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings (the import can go ahead)</source>
            <translation>
                <numerusform>%n Warnung (der Import kann trotzdem erfolgen)</numerusform>
                <numerusform>%n Warnungen (der Import kann trotzdem erfolgen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems. It cannot be imported until they are fixed.</source>
            <translation>
                <numerusform>Die Stammdaten haben %n Problem. Sie können erst importiert werden, wenn es behoben ist.</numerusform>
                <numerusform>Die Stammdaten haben %n Probleme. Sie können erst importiert werden, wenn sie behoben sind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in {file}.</source>
            <translation>
                <numerusform>Es wurde nichts importiert: %n Problem in {file}.</numerusform>
                <numerusform>Es wurde nichts importiert: %n Probleme in {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems.</source>
            <translation>
                <numerusform>Es wurde nichts importiert: %n Problem.</numerusform>
                <numerusform>Es wurde nichts importiert: %n Probleme.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n problems, nothing was imported.</source>
            <translation>
                <numerusform>{file}: %n Problem, es wurde nichts importiert.</numerusform>
                <numerusform>{file}: %n Probleme, es wurde nichts importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster: %n problems, nothing was imported.</source>
            <translation>
                <numerusform>Die Stammdaten: %n Problem, es wurde nichts importiert.</numerusform>
                <numerusform>Die Stammdaten: %n Probleme, es wurde nichts importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} wird importiert …</translation>
        </message>
        <message>
            <source>Stopping the import and undoing what it wrote…</source>
            <translation>Der Import wird angehalten und das bereits Geschriebene rückgängig gemacht …</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was imported.</source>
            <translation>Import abgebrochen. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Imported. These changes were made:</source>
            <translation>Importiert. Folgende Änderungen wurden vorgenommen:</translation>
        </message>
        <message>
            <source>{file} was imported. The lessons and registers now use it.</source>
            <translation>{file} wurde importiert. Stunden und Anwesenheitslisten verwenden jetzt diese Daten.</translation>
        </message>
        <message>
            <source>The roster was imported. The lessons and registers now use it.</source>
            <translation>Die Stammdaten wurden importiert. Stunden und Anwesenheitslisten verwenden sie jetzt.</translation>
        </message>
        <message>
            <source>The import failed. Nothing was imported.</source>
            <translation>Der Import ist fehlgeschlagen. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>{what} {why}</source>
            <translation>{what} {why}</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <source>Choose the roster to import.</source>
            <translation>Wählen Sie die Stammdaten, die importiert werden sollen.</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>{teacher}, cover for {absent}</source>
            <translation>{teacher}, Vertretung für {absent}</translation>
        </message>
        <message>
            <source>Lesson {number} no longer exists.</source>
            <translation>Die Unterrichtsstunde Nr. {number} gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>no teacher</source>
            <translation>keine Lehrkraft</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Lehrkraft</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Erfasst</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Not taken</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Vertreten</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Vertretung</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht begonnen</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>not taken</source>
            <translation>nicht erfasst</translation>
        </message>
        <message numerus="yes">
            <source>%n students enrolled; start the register to mark them</source>
            <translation>
                <numerusform>%n Schüler in der Klasse; beginnen Sie die Anwesenheitsliste, um die Anwesenheit zu erfassen</numerusform>
                <numerusform>%n Schüler in der Klasse; beginnen Sie die Anwesenheitsliste, um die Anwesenheit zu erfassen</numerusform>
            </translation>
        </message>
        <message>
            <source>This lesson is over and its register was never started</source>
            <translation>Diese Stunde ist vorbei, und ihre Anwesenheitsliste wurde nie begonnen</translation>
        </message>
        <message>
            <source>{cover}: not started yet; Enter starts its register</source>
            <translation>{cover}: noch nicht begonnen; die Eingabetaste beginnt die Anwesenheitsliste</translation>
        </message>
        <message>
            <source>{cover}, who takes its register (now: {state})</source>
            <translation>{cover}; diese Lehrkraft erfasst die Anwesenheit (derzeit: {state})</translation>
        </message>
        <message>
            <source>On now</source>
            <translation>Läuft gerade</translation>
        </message>
        <message>
            <source>Cover for {teacher}</source>
            <translation>Vertretung für {teacher}</translation>
        </message>
        <message>
            <source>Covered by {teacher}</source>
            <translation>Vertreten von {teacher}</translation>
        </message>
        <message>
            <source>{class_name}: {subject}</source>
            <translation>{class_name}: {subject}</translation>
        </message>
        <message>
            <source>Cover for {absent}: you cover it for {absent}, and take its register</source>
            <translation>Vertretung für {absent}: Sie vertreten {absent} und erfassen die Anwesenheit</translation>
        </message>
        <message>
            <source>Covered by {teacher}: {teacher} covers it for {absent}, and takes its register</source>
            <translation>Vertreten von {teacher}: {teacher} vertritt {absent} und erfasst die Anwesenheit</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>{class_name} · {cover}</source>
            <translation>{class_name} · {cover}</translation>
        </message>
        <message>
            <source>{teacher} (cover)</source>
            <translation>{teacher} (Vertretung)</translation>
        </message>
        <message>
            <source>– / {total}</source>
            <translation>– / {total}</translation>
        </message>
        <message>
            <source>{marked} / {total}</source>
            <translation>{marked} / {total}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{key} / All present</source>
            <translation>{key} / Alle anwesend</translation>
        </message>
        <message>
            <source>mark everyone not yet marked as Present (a register not started is started first)</source>
            <translation>alle noch nicht Erfassten als anwesend erfassen (eine noch nicht begonnene Anwesenheitsliste wird zuerst begonnen)</translation>
        </message>
        <message>
            <source>mark the selected student and move to the next; these keys always mark, they never search</source>
            <translation>den ausgewählten Schüler erfassen und zum nächsten gehen; diese Tasten erfassen immer, sie suchen nie</translation>
        </message>
        <message>
            <source>a row's number (&lt;b&gt;1&lt;/b&gt;, &lt;b&gt;12&lt;/b&gt;…)</source>
            <translation>die Nummer einer Zeile (&lt;b&gt;1&lt;/b&gt;, &lt;b&gt;12&lt;/b&gt;…)</translation>
        </message>
        <message>
            <source>go to that student (the numbers are left of the names)</source>
            <translation>zu diesem Schüler springen (die Nummern stehen links neben den Namen)</translation>
        </message>
        <message>
            <source>other letters</source>
            <translation>andere Buchstaben</translation>
        </message>
        <message>
            <source>find a student by name (a mark's key ends the search and marks the student found)</source>
            <translation>einen Schüler nach Namen suchen (die Taste eines Eintrags beendet die Suche und erfasst den gefundenen Schüler)</translation>
        </message>
        <message>
            <source>&lt;b&gt;/&lt;/b&gt; then a name</source>
            <translation>&lt;b&gt;/&lt;/b&gt;, dann ein Name</translation>
        </message>
        <message>
            <source>find a name that starts with a mark's letter (Enter ends the search)</source>
            <translation>einen Namen suchen, der mit dem Buchstaben eines Eintrags beginnt (die Eingabetaste beendet die Suche)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt;, &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pfeil hoch&lt;/b&gt;/&lt;b&gt;Pfeil runter&lt;/b&gt;, &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt;</translation>
        </message>
        <message>
            <source>move between students</source>
            <translation>zwischen Schülern wechseln</translation>
        </message>
        <message>
            <source>&lt;b&gt;Space&lt;/b&gt; / click the status</source>
            <translation>&lt;b&gt;Leertaste&lt;/b&gt; / Klick auf den Eintrag</translation>
        </message>
        <message>
            <source>step to the next mark (a double click is one step)</source>
            <translation>zum nächsten Eintrag weiterschalten (ein Doppelklick ist ein Schritt)</translation>
        </message>
        <message>
            <source>undo the last mark (or the last "everyone present")</source>
            <translation>den letzten Eintrag rückgängig machen (oder das letzte „Alle anwesend“)</translation>
        </message>
        <message>
            <source>edit the note</source>
            <translation>die Bemerkung bearbeiten</translation>
        </message>
        <message>
            <source>the selected student's history: every change, who, when</source>
            <translation>der Verlauf des ausgewählten Schülers: jede Änderung, wer, wann</translation>
        </message>
        <message>
            <source>right-click</source>
            <translation>Rechtsklick</translation>
        </message>
        <message>
            <source>every mark, the note and the row's history</source>
            <translation>alle Einträge, die Bemerkung und der Verlauf der Zeile</translation>
        </message>
        <message>
            <source>start the selected lesson's register and go to it</source>
            <translation>die Anwesenheitsliste der ausgewählten Stunde beginnen und zu ihr gehen</translation>
        </message>
        <message>
            <source>a new lesson: take a register for a class now (or a cover)</source>
            <translation>eine neue Stunde: jetzt die Anwesenheit einer Klasse erfassen (oder einer Vertretung)</translation>
        </message>
        <message>
            <source>previous / next day</source>
            <translation>vorheriger / nächster Tag</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>quit (marks not saved yet are kept for the next start)</source>
            <translation>beenden (noch nicht gespeicherte Einträge werden für den nächsten Start aufbewahrt)</translation>
        </message>
        <message>
            <source>this help</source>
            <translation>diese Hilfe</translation>
        </message>
        <message>
            <source>Present after the grace period becomes Late automatically; press {key} again to keep Present.</source>
            <translation>Anwesend nach Ablauf der Karenzzeit wird automatisch zu verspätet; drücken Sie {key} erneut, um anwesend zu behalten.</translation>
        </message>
        <message>
            <source>Taking a register</source>
            <translation>Anwesenheit erfassen</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Attendance register — DEMO (nothing is kept)</source>
            <translation>Anwesenheitsliste — DEMO (nichts wird gespeichert)</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>The day's lessons. Enter starts the selected lesson's register and goes to it.</source>
            <translation>Die Stunden des Tages. Die Eingabetaste beginnt die Anwesenheitsliste der ausgewählten Stunde und geht zu ihr.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n marks kept on this computer from the last time the app ran…</source>
            <translation>
                <numerusform>%n Eintrag vom letzten Programmlauf wird gesendet, der auf diesem Computer aufbewahrt wurde…</numerusform>
                <numerusform>%n Einträge vom letzten Programmlauf werden gesendet, die auf diesem Computer aufbewahrt wurden…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Import roster…</source>
            <translation>&amp;Stammdaten importieren…</translation>
        </message>
        <message>
            <source>Students, teachers and classes from a CSV file or a OneRoster export</source>
            <translation>Schüler, Lehrkräfte und Klassen aus einer CSV-Datei oder einem OneRoster-Export</translation>
        </message>
        <message>
            <source>Import &amp;timetable…</source>
            <translation>Stunden&amp;plan importieren…</translation>
        </message>
        <message>
            <source>Bell times, the timetable or holidays from a CSV or iCalendar (.ics) file</source>
            <translation>Stundenraster, Stundenplan oder Ferien aus einer CSV- oder iCalendar-Datei (.ics)</translation>
        </message>
        <message>
            <source>&amp;Reports…</source>
            <translation>Be&amp;richte…</translation>
        </message>
        <message>
            <source>Class summaries, student histories and missing registers, with charts and exports</source>
            <translation>Klassenübersichten, Schülerverläufe und fehlende Anwesenheitslisten, mit Diagrammen und Exporten</translation>
        </message>
        <message>
            <source>Change t&amp;eacher…</source>
            <translation>&amp;Lehrkraft wechseln…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <source>&amp;Previous day</source>
            <translation>&amp;Vorheriger Tag</translation>
        </message>
        <message>
            <source>&amp;Next day</source>
            <translation>&amp;Nächster Tag</translation>
        </message>
        <message>
            <source>&amp;All teachers' lessons</source>
            <translation>&amp;Stunden aller Lehrkräfte</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>Anwesenheits&amp;liste</translation>
        </message>
        <message>
            <source>&amp;New lesson…</source>
            <translation>&amp;Neue Stunde…</translation>
        </message>
        <message>
            <source>Take a register for one of your classes now (or a cover lesson), when the timetable has no lesson for it</source>
            <translation>Jetzt die Anwesenheit für eine Ihrer Klassen erfassen (oder für eine Vertretung), wenn der Stundenplan dafür keine Stunde hat</translation>
        </message>
        <message>
            <source>&amp;Cover…</source>
            <translation>&amp;Vertretung…</translation>
        </message>
        <message>
            <source>The office gives an absent teacher's lessons (one, or a whole day) to a cover teacher</source>
            <translation>Das Sekretariat gibt die Stunden einer abwesenden Lehrkraft (eine oder einen ganzen Tag) an eine Vertretungslehrkraft</translation>
        </message>
        <message>
            <source>&amp;Start register</source>
            <translation>Liste &amp;beginnen</translation>
        </message>
        <message>
            <source>Mark everyone &amp;present</source>
            <translation>Alle &amp;anwesend</translation>
        </message>
        <message>
            <source>Everyone not yet marked becomes Present (Late after the grace period)</source>
            <translation>Alle noch nicht Erfassten werden anwesend (nach der Karenzzeit verspätet)</translation>
        </message>
        <message>
            <source>&amp;Undo last mark</source>
            <translation>Letzten Eintrag &amp;rückgängig machen</translation>
        </message>
        <message>
            <source>Student's &amp;history…</source>
            <translation>Ver&amp;lauf des Schülers…</translation>
        </message>
        <message>
            <source>Every change to the selected student's mark: old and new, who, when, where</source>
            <translation>Jede Änderung am Eintrag des ausgewählten Schülers: alt und neu, wer, wann, wo</translation>
        </message>
        <message>
            <source>Edit &amp;note</source>
            <translation>Be&amp;merkung bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Close register</source>
            <translation>Liste ab&amp;schließen</translation>
        </message>
        <message>
            <source>&amp;Reopen register…</source>
            <translation>Liste wieder &amp;öffnen…</translation>
        </message>
        <message>
            <source>Retry &amp;unsaved marks</source>
            <translation>Nicht gespeicherte Einträge erneut sen&amp;den</translation>
        </message>
        <message>
            <source>&amp;Print register…</source>
            <translation>Liste dr&amp;ucken…</translation>
        </message>
        <message>
            <source>The register as a school files it: every student with mark and time, and a signature line</source>
            <translation>Die Anwesenheitsliste, wie die Schule sie ablegt: jeder Schüler mit Eintrag und Uhrzeit, und eine Unterschriftszeile</translation>
        </message>
        <message>
            <source>Save register as P&amp;DF…</source>
            <translation>Liste als PD&amp;F speichern…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Über</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Vorheriger Tag</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Nächster Tag ▶</translation>
        </message>
        <message>
            <source>All teachers</source>
            <translation>Alle Lehrkräfte</translation>
        </message>
        <message>
            <source>Show every teacher's lessons, not only yours</source>
            <translation>Die Stunden aller Lehrkräfte zeigen, nicht nur Ihre</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>Hide this message (the row keeps saying why)</source>
            <translation>Diese Meldung ausblenden (die Zeile zeigt den Grund weiterhin)</translation>
        </message>
        <message>
            <source>{student}'s mark was not saved. {why}</source>
            <translation>Der Eintrag von {student} wurde nicht gespeichert. {why}</translation>
        </message>
        <message>
            <source>A mark was not saved. {why}</source>
            <translation>Ein Eintrag wurde nicht gespeichert. {why}</translation>
        </message>
        <message>
            <source>Only the school office can give cover (this login is a teacher's)</source>
            <translation>Nur das Sekretariat kann Vertretungen vergeben (diese Anmeldung gehört einer Lehrkraft)</translation>
        </message>
        <message>
            <source>Teacher: {name}</source>
            <translation>Lehrkraft: {name}</translation>
        </message>
        <message>
            <source>No teacher chosen</source>
            <translation>Keine Lehrkraft gewählt</translation>
        </message>
        <message>
            <source>{date} (today)</source>
            <translation>{date} (heute)</translation>
        </message>
        <message>
            <source>{date} (yesterday)</source>
            <translation>{date} (gestern)</translation>
        </message>
        <message>
            <source>{date} (tomorrow)</source>
            <translation>{date} (morgen)</translation>
        </message>
        <message>
            <source>No lessons for anyone on {day}.

Press {key} (Register &gt; New lesson…) to take a register for a class, or use Previous day / Next day to look at other days.</source>
            <translation>Am {day} hat niemand Stunden.

Drücken Sie {key} (Anwesenheitsliste &gt; Neue Stunde…), um die Anwesenheit einer Klasse zu erfassen, oder sehen Sie sich mit Vorheriger Tag / Nächster Tag andere Tage an.</translation>
        </message>
        <message>
            <source>No lessons for you on {day}.

Press {key} (Register &gt; New lesson…) to take a register for a class, or use Previous day / Next day to look at other days, or tick All teachers.</source>
            <translation>Am {day} haben Sie keine Stunden.

Drücken Sie {key} (Anwesenheitsliste &gt; Neue Stunde…), um die Anwesenheit einer Klasse zu erfassen, sehen Sie sich mit Vorheriger Tag / Nächster Tag andere Tage an, oder kreuzen Sie Alle Lehrkräfte an.</translation>
        </message>
        <message>
            <source>The connection to the server was lost: other computers' changes are not shown until it is back (your marks are kept on this computer meanwhile).</source>
            <translation>Die Verbindung zum Server ist unterbrochen: Änderungen anderer Computer werden erst wieder angezeigt, wenn sie zurück ist (Ihre Einträge werden so lange auf diesem Computer aufbewahrt).</translation>
        </message>
        <message>
            <source>The server is back.</source>
            <translation>Der Server ist wieder erreichbar.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n marks kept on this computer from the last time the app ran.</source>
            <translation>
                <numerusform>%n Eintrag vom letzten Programmlauf gesendet, der auf diesem Computer aufbewahrt war.</numerusform>
                <numerusform>%n Einträge vom letzten Programmlauf gesendet, die auf diesem Computer aufbewahrt waren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n marks kept on this computer.</source>
            <translation>
                <numerusform>%n auf diesem Computer aufbewahrter Eintrag gesendet.</numerusform>
                <numerusform>%n auf diesem Computer aufbewahrte Einträge gesendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n had been changed on another computer meanwhile: see the bar above the register.</source>
            <translation>
                <numerusform>%n davon war inzwischen an einem anderen Computer geändert worden: siehe die Leiste über der Anwesenheitsliste.</numerusform>
                <numerusform>%n davon waren inzwischen an einem anderen Computer geändert worden: siehe die Leiste über der Anwesenheitsliste.</numerusform>
            </translation>
        </message>
        <message>
            <source>{search}   Enter or Esc to stop searching.</source>
            <translation>{search}   Eingabetaste oder Esc beendet die Suche.</translation>
        </message>
        <message>
            <source>{all_key}: all present · {keys}: mark · {numbers}: go to a student · other letters: find · {help_key} help</source>
            <translation>{all_key}: alle anwesend · {keys}: erfassen · {numbers}: zu einem Schüler · andere Buchstaben: suchen · {help_key} Hilfe</translation>
        </message>
        <message>
            <source>A mark's key always marks; a row's number goes to that student; letters that are not a mark's key find a student by name (/ finds any name). Space steps to the next mark, N edits the note, {undo_key} undoes.</source>
            <translation>Die Taste eines Eintrags erfasst immer; die Nummer einer Zeile springt zu diesem Schüler; Buchstaben, die keine Eintragstaste sind, suchen einen Schüler nach Namen (/ findet jeden Namen). Die Leertaste schaltet zum nächsten Eintrag, N bearbeitet die Bemerkung, {undo_key} macht rückgängig.</translation>
        </message>
        <message numerus="yes">
            <source>%n marks waiting on this computer</source>
            <translation>
                <numerusform>%n Eintrag wartet auf diesem Computer</numerusform>
                <numerusform>%n Einträge warten auf diesem Computer</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in a file on this computer; sent when the server answers again</source>
            <translation>In einer Datei auf diesem Computer aufbewahrt; gesendet, sobald der Server wieder antwortet</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n not saved</source>
            <translation>
                <numerusform>⚠ %n nicht gespeichert</numerusform>
                <numerusform>⚠ %n nicht gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Retried automatically; Register &gt; Retry unsaved marks</source>
            <translation>Wird automatisch erneut versucht; Anwesenheitsliste &gt; Nicht gespeicherte Einträge erneut senden</translation>
        </message>
        <message numerus="yes">
            <source>Saving %n…</source>
            <translation>
                <numerusform>%n wird gespeichert…</numerusform>
                <numerusform>%n werden gespeichert…</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Not connected to the server</source>
            <translation>⚠ Nicht mit dem Server verbunden</translation>
        </message>
        <message>
            <source>Other computers' changes are not shown until the connection is back; marks made meanwhile are kept on this computer and sent then</source>
            <translation>Änderungen anderer Computer werden erst angezeigt, wenn die Verbindung zurück ist; Einträge von inzwischen werden auf diesem Computer aufbewahrt und dann gesendet</translation>
        </message>
        <message>
            <source>✓ All marks saved</source>
            <translation>✓ Alle Einträge gespeichert</translation>
        </message>
        <message>
            <source>Every mark is in the database</source>
            <translation>Jeder Eintrag ist in der Datenbank</translation>
        </message>
        <message>
            <source>Database changed</source>
            <translation>Datenbank geändert</translation>
        </message>
        <message>
            <source>The new database will be used the next time the app starts.</source>
            <translation>Die neue Datenbank wird beim nächsten Start des Programms verwendet.</translation>
        </message>
        <message>
            <source>Language changed</source>
            <translation>Sprache geändert</translation>
        </message>
        <message>
            <source>The new language is used the next time the app starts.</source>
            <translation>Die neue Sprache wird beim nächsten Start des Programms verwendet.</translation>
        </message>
        <message>
            <source>Open a lesson first: the register printed is the one shown.</source>
            <translation>Öffnen Sie zuerst eine Stunde: Gedruckt wird die angezeigte Anwesenheitsliste.</translation>
        </message>
        <message>
            <source>Register sent to the printer.</source>
            <translation>Anwesenheitsliste an den Drucker gesendet.</translation>
        </message>
        <message>
            <source>Open a lesson first: the register saved is the one shown.</source>
            <translation>Öffnen Sie zuerst eine Stunde: Gespeichert wird die angezeigte Anwesenheitsliste.</translation>
        </message>
        <message>
            <source>Register saved as {path}</source>
            <translation>Anwesenheitsliste gespeichert als {path}</translation>
        </message>
        <message>
            <source>Choose who you are first (File &gt; Change teacher…).</source>
            <translation>Wählen Sie zuerst, wer Sie sind (Datei &gt; Lehrkraft wechseln…).</translation>
        </message>
        <message>
            <source>{class_name} already had a lesson at {time}: this is its register.</source>
            <translation>{class_name} hatte um {time} bereits eine Stunde: Dies ist ihre Anwesenheitsliste.</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons given to {name} on {day}: they are on their day now.</source>
            <translation>
                <numerusform>%n Stunde am {day} an {name} gegeben: Sie steht jetzt in deren Tagesplan.</numerusform>
                <numerusform>%n Stunden am {day} an {name} gegeben: Sie stehen jetzt in deren Tagesplan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Marks not saved</source>
            <translation>Einträge nicht gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>%n marks are not in the database yet (the connection or the file is not available).

If you quit now, they are lost from this computer and written only to the log file. Wait and retry instead?</source>
            <translation>
                <numerusform>%n Eintrag ist noch nicht in der Datenbank (die Verbindung oder die Datei ist nicht verfügbar).

Wenn Sie jetzt beenden, geht er auf diesem Computer verloren und steht nur noch in der Protokolldatei. Stattdessen warten und erneut versuchen?</numerusform>
                <numerusform>%n Einträge sind noch nicht in der Datenbank (die Verbindung oder die Datei ist nicht verfügbar).

Wenn Sie jetzt beenden, gehen sie auf diesem Computer verloren und stehen nur noch in der Protokolldatei. Stattdessen warten und erneut versuchen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Wird geschlossen</translation>
        </message>
        <message>
            <source>Finishing the last save before closing…

Your marks are already kept in a file on this computer: if the server does not answer, they are sent the next time the app starts.</source>
            <translation>Die letzte Speicherung wird vor dem Schließen abgeschlossen…

Ihre Einträge sind bereits in einer Datei auf diesem Computer aufbewahrt: Antwortet der Server nicht, werden sie beim nächsten Start des Programms gesendet.</translation>
        </message>
    </context>
    <context>
        <name>MarkWriter</name>
        <message>
            <source>Row {row}</source>
            <translation>Zeile {row}</translation>
        </message>
        <message>
            <source>The server can't be reached: this mark is kept on this computer and is sent when the server is back.</source>
            <translation>Der Server ist nicht erreichbar: Dieser Eintrag wird auf diesem Computer aufbewahrt und gesendet, sobald der Server wieder da ist.</translation>
        </message>
        <message>
            <source>Someone changed this student on another computer at the same time. Choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>Jemand hat den Eintrag dieses Schülers gleichzeitig an einem anderen Computer geändert. Wählen Sie „Meins behalten“ oder „Andere übernehmen“ in der Leiste über der Anwesenheitsliste.</translation>
        </message>
        <message>
            <source>{message} Trying again in {seconds} s.</source>
            <translation>{message} Neuer Versuch in {seconds} s.</translation>
        </message>
        <message>
            <source>An unexpected error stopped this mark: {error}.</source>
            <translation>Ein unerwarteter Fehler hat das Speichern dieses Eintrags verhindert: {error}.</translation>
        </message>
        <message>
            <source>The server can't be reached and this computer cannot keep the mark either (its journal file cannot be written; the log says why). Keep the app open; it is retried.</source>
            <translation>Der Server ist nicht erreichbar, und dieser Computer kann den Eintrag auch nicht aufbewahren (seine Journaldatei lässt sich nicht schreiben; das Protokoll nennt den Grund). Lassen Sie die App geöffnet; es wird erneut versucht.</translation>
        </message>
    </context>
    <context>
        <name>Marking</name>
        <message>
            <source>someone</source>
            <comment>who changed a mark, when not known</comment>
            <translation>jemand</translation>
        </message>
        <message>
            <source>{name} on {computer}</source>
            <translation>{name} an {computer}</translation>
        </message>
        <message>
            <source>{name} at {time}</source>
            <translation>{name} um {time}</translation>
        </message>
        <message>
            <source>{name} on {computer} at {time}</source>
            <translation>{name} an {computer} um {time}</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>Zeile {row}</translation>
        </message>
        <message>
            <source>The server can't be reached.</source>
            <translation>Der Server ist nicht erreichbar.</translation>
        </message>
    </context>
    <context>
        <name>NewLesson</name>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Fach</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Schüler</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Lehrkraft</translation>
        </message>
        <message>
            <source>There are no classes yet. Import your school's roster with File &gt; Import roster…</source>
            <translation>Es gibt noch keine Klassen. Importieren Sie die Stammdaten Ihrer Schule mit Datei &gt; Stammdaten importieren…</translation>
        </message>
        <message>
            <source>File &gt; Import roster…</source>
            <translation>Datei &gt; Stammdaten importieren…</translation>
        </message>
        <message>
            <source>New lesson</source>
            <translation>Neue Stunde</translation>
        </message>
        <message>
            <source>Choose the class and take its register. If the class already has a lesson at that time, its register is used instead of a new one.</source>
            <translation>Wählen Sie die Klasse und erfassen Sie die Anwesenheit. Hat die Klasse zu dieser Zeit schon eine Stunde, wird deren Anwesenheitsliste verwendet statt einer neuen.</translation>
        </message>
        <message>
            <source>Type to find a class: name, subject or room</source>
            <translation>Tippen, um eine Klasse zu finden: Name, Fach oder Raum</translation>
        </message>
        <message>
            <source>Find a class</source>
            <translation>Klasse suchen</translation>
        </message>
        <message>
            <source>Show &amp;all classes</source>
            <translation>&amp;Alle Klassen zeigen</translation>
        </message>
        <message>
            <source>Other teachers' classes too, for a cover lesson</source>
            <translation>Auch die Klassen anderer Lehrkräfte, für eine Vertretungsstunde</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Klassen</translation>
        </message>
        <message>
            <source>Loading classes…</source>
            <translation>Klassen werden geladen…</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>QLocale date pattern: short weekday, day, month</comment>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <source> minutes</source>
            <comment>after the lesson's length</comment>
            <translation> Minuten</translation>
        </message>
        <message>
            <source>Lesson length in minutes</source>
            <translation>Dauer der Stunde in Minuten</translation>
        </message>
        <message>
            <source>for</source>
            <comment>starts at 09:00 for 50 minutes</comment>
            <translation>für</translation>
        </message>
        <message>
            <source>The class's usual room</source>
            <translation>Der übliche Raum der Klasse</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Raum:</translation>
        </message>
        <message>
            <source>Take register</source>
            <translation>Anwesenheit erfassen</translation>
        </message>
        <message>
            <source>You</source>
            <comment>the Teacher column: a class of the person's own</comment>
            <translation>Sie</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>The classes could not be loaded.</source>
            <translation>Die Klassen konnten nicht geladen werden.</translation>
        </message>
        <message>
            <source>The classes could not be loaded because of a fault in the app.</source>
            <translation>Die Klassen konnten wegen eines Fehlers in der App nicht geladen werden.</translation>
        </message>
        <message>
            <source>No class matches “{typed}”.</source>
            <translation>Keine Klasse passt zu „{typed}“.</translation>
        </message>
        <message>
            <source>None of your classes matches “{typed}”. Tick Show all classes to look in every class.</source>
            <translation>Keine Ihrer Klassen passt zu „{typed}“. Setzen Sie das Häkchen bei „Alle Klassen zeigen“, um in allen Klassen zu suchen.</translation>
        </message>
        <message>
            <source>You have no classes of your own. Tick Show all classes to choose another.</source>
            <translation>Sie haben keine eigenen Klassen. Setzen Sie das Häkchen bei „Alle Klassen zeigen“, um eine andere zu wählen.</translation>
        </message>
        <message>
            <source>You have no classes of your own in the roster, so every class is listed.</source>
            <translation>Sie haben in den Stammdaten keine eigenen Klassen, daher werden alle Klassen angezeigt.</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>until {time} (the next day)</source>
            <translation>bis {time} (am nächsten Tag)</translation>
        </message>
        <message>
            <source>until {time}, period {period}</source>
            <translation>bis {time}, Stunde {period}</translation>
        </message>
        <message>
            <source>until {time}</source>
            <translation>bis {time}</translation>
        </message>
        <message>
            <source>The lesson was not added. {reason}</source>
            <translation>Die Stunde wurde nicht angelegt. {reason}</translation>
        </message>
        <message>
            <source>The lesson was not added because of a fault in the app.</source>
            <translation>Die Stunde wurde wegen eines Fehlers in der App nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>{number}%</source>
            <translation>{number} %</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>not started</source>
            <translation>nicht begonnen</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>{teacher} (covering for {class_teacher})</source>
            <translation>{teacher} (Vertretung für {class_teacher})</translation>
        </message>
        <message>
            <source>{date}, {times}</source>
            <comment>when a lesson was: its date, then its times</comment>
            <translation>{date}, {times}</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Lehrkraft</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Schüler</translation>
        </message>
        <message>
            <source>#</source>
            <comment>the column of row numbers</comment>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Schüler</translation>
        </message>
        <message>
            <source>Roster ID</source>
            <translation>Stammdaten-ID</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>No students were enrolled in this class on this day.</source>
            <translation>An diesem Tag waren keine Schüler in dieser Klasse eingeschrieben.</translation>
        </message>
        <message>
            <source>Key: {codes}.</source>
            <translation>Legende: {codes}.</translation>
        </message>
        <message>
            <source>Register: {class_name}</source>
            <translation>Anwesenheitsliste: {class_name}</translation>
        </message>
        <message>
            <source>Signature: {line}</source>
            <translation>Unterschrift: {line}</translation>
        </message>
        <message>
            <source>Date: {line}</source>
            <comment>where the teacher writes the date they signed</comment>
            <translation>Datum: {line}</translation>
        </message>
        <message>
            <source>Totals: {line}</source>
            <translation>Summen: {line}</translation>
        </message>
        <message>
            <source>Not taken in the app: to be marked by hand by {teacher} on {date}.</source>
            <translation>Nicht in der App erfasst: von {teacher} am {date} von Hand auszufüllen.</translation>
        </message>
        <message>
            <source>Not marked {count}</source>
            <translation>Ohne Eintrag {count}</translation>
        </message>
        <message>
            <source>{totals}.</source>
            <comment>the totals per code, ending a sentence</comment>
            <translation>{totals}.</translation>
        </message>
        <message numerus="yes">
            <source>{attended} of %n students marked attended ({rate}).</source>
            <translation>
                <numerusform>{attended} von %n erfassten Schüler anwesend ({rate}).</numerusform>
                <numerusform>{attended} von %n erfassten Schülern anwesend ({rate}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody was marked.</source>
            <translation>Niemand wurde eingetragen.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; the register is still open.</source>
            <translation>Erfasst von {teacher} am {date}; die Anwesenheitsliste ist noch offen.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; closed at {time}.</source>
            <translation>Erfasst von {teacher} am {date}; abgeschlossen um {time} Uhr.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; closed on {closed_date} at {time}.</source>
            <translation>Erfasst von {teacher} am {date}; abgeschlossen am {closed_date} um {time} Uhr.</translation>
        </message>
        <message>
            <source>{class_name} register, {day} {time}</source>
            <translation>Anwesenheitsliste {class_name}, {day} {time}</translation>
        </message>
        <message>
            <source>({attended} of {marked} marked)</source>
            <translation>({attended} von {marked} erfasst)</translation>
        </message>
        <message numerus="yes">
            <source>{lessons} (%n registers taken)</source>
            <translation>
                <numerusform>{lessons} (%n Anwesenheitsliste erfasst)</numerusform>
                <numerusform>{lessons} (%n Anwesenheitslisten erfasst)</numerusform>
            </translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Fach</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Stunden</translation>
        </message>
        <message numerus="yes">
            <source>{chronic} of %n students chronically absent</source>
            <translation>
                <numerusform>{chronic} von %n Schüler häufig fehlend</numerusform>
                <numerusform>{chronic} von %n Schülern häufig fehlend</numerusform>
            </translation>
        </message>
        <message>
            <source>{chronically_absent} (missed 10% or more of their marked lessons; highlighted below).</source>
            <translation>{chronically_absent} (10 % oder mehr der erfassten Stunden gefehlt; unten hervorgehoben).</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n students is chronically absent.</source>
            <translation>
                <numerusform>%n Schüler, nicht häufig fehlend.</numerusform>
                <numerusform>Keiner der %n Schüler fehlt häufig.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Erfasst</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Chronic</source>
            <translation>Häufig fehlend</translation>
        </message>
        <message>
            <source>CHRONIC</source>
            <comment>the flag of a chronically absent student</comment>
            <translation>HÄUFIG FEHLEND</translation>
        </message>
        <message>
            <source>No students were in this class in this period.</source>
            <translation>In diesem Zeitraum waren keine Schüler in dieser Klasse.</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Ganze Klasse</translation>
        </message>
        <message>
            <source>Attendance rate = attended / marked sessions (Present and Late attend; Absent and Excused are missed). Chronic absence = missing 10% or more, excused included. Dates in {zone}.</source>
            <translation>Anwesenheitsquote = anwesend / erfasste Stunden („Anwesend“ und „Verspätet“ zählen als anwesend, „Fehlt“ und „Entschuldigt“ als gefehlt). Häufig fehlend = 10 % oder mehr gefehlt, entschuldigt eingeschlossen. Datum und Uhrzeit in {zone}.</translation>
        </message>
        <message>
            <source>Class summary: {class_name}</source>
            <translation>Klassenübersicht: {class_name}</translation>
        </message>
        <message>
            <source>{class_name} class summary, {period}</source>
            <translation>Klassenübersicht {class_name}, {period}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>The page could not be drawn for the printer or the PDF file.</source>
            <translation>Die Seite konnte für den Drucker oder die PDF-Datei nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Check that the printer is ready, or save as PDF instead.</source>
            <translation>Prüfen Sie, ob der Drucker bereit ist, oder speichern Sie stattdessen als PDF.</translation>
        </message>
        <message>
            <source>{class_name} register, {day}</source>
            <comment>a document's title</comment>
            <translation>Anwesenheitsliste {class_name}, {day}</translation>
        </message>
        <message>
            <source>Print register</source>
            <translation>Anwesenheitsliste drucken</translation>
        </message>
        <message>
            <source>Print class summary</source>
            <translation>Klassenübersicht drucken</translation>
        </message>
        <message>
            <source>{class_name} register {day} {time}</source>
            <comment>a file name</comment>
            <translation>{class_name} Anwesenheitsliste {day} {time}</translation>
        </message>
        <message>
            <source>Save register as PDF</source>
            <translation>Anwesenheitsliste als PDF speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>merged</source>
            <comment>badge beside a student's name</comment>
            <translation>zusammengeführt</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Schüler</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Last 5</source>
            <translation>Letzte 5</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>Saved: a tick once the mark is in the database</source>
            <translation>Gespeichert: ein Haken, sobald der Eintrag in der Datenbank ist</translation>
        </message>
        <message>
            <source>The student's last five lessons, oldest on the left</source>
            <translation>Die letzten fünf Stunden des Schülers, die älteste links</translation>
        </message>
        <message>
            <source>Check-in time, recorded when marked present or late</source>
            <translation>Ankunftszeit, gespeichert beim Erfassen als anwesend oder verspätet</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Not saved yet, retrying</source>
            <translation>Noch nicht gespeichert, neuer Versuch läuft</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Waiting: kept on this computer</source>
            <translation>Wartet: auf diesem Computer aufbewahrt</translation>
        </message>
        <message>
            <source>Changed on another computer too</source>
            <translation>Auch an einem anderen Computer geändert</translation>
        </message>
        <message>
            <source>Type {number} to go to this student</source>
            <translation>{number} tippen, um zu diesem Schüler zu springen</translation>
        </message>
        <message>
            <source>{state}: {message}</source>
            <translation>{state}: {message}</translation>
        </message>
        <message>
            <source>Merged with {computer}: both changes are kept.</source>
            <translation>Mit {computer} zusammengeführt: Beide Änderungen bleiben erhalten.</translation>
        </message>
        <message>
            <source>No earlier lessons recorded</source>
            <translation>Keine früheren Stunden erfasst</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source>Earlier lessons, oldest first: {marks}</source>
            <translation>Frühere Stunden, älteste zuerst: {marks}</translation>
        </message>
        <message>
            <source>Arrived {time}</source>
            <translation>Angekommen um {time}</translation>
        </message>
        <message>
            <source>Press N to add a note</source>
            <translation>N drücken, um eine Bemerkung hinzuzufügen</translation>
        </message>
        <message>
            <source>Not marked yet. Press a code's key, or click to cycle.</source>
            <translation>Noch nicht erfasst. Drücken Sie die Taste eines Eintrags oder klicken Sie zum Durchschalten.</translation>
        </message>
        <message>
            <source>{mark} ({key}). Click to change.</source>
            <translation>{mark} ({key}). Zum Ändern klicken.</translation>
        </message>
        <message>
            <source>Last changed by {person}</source>
            <translation>Zuletzt geändert von {person}</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>Students and their marks. A mark's key marks the selected student; a row's number goes to that student; other letters find a name.</source>
            <translation>Schüler und ihre Einträge. Die Taste eines Eintrags erfasst den ausgewählten Schüler; die Nummer einer Zeile springt zu diesem Schüler; andere Buchstaben suchen einen Namen.</translation>
        </message>
        <message>
            <source>Find: {typed}▏ (no student matches)</source>
            <translation>Suchen: {typed}▏ (kein Schüler passt)</translation>
        </message>
        <message>
            <source>Find: {typed}▏</source>
            <translation>Suchen: {typed}▏</translation>
        </message>
        <message>
            <source>Row {number}: {name}</source>
            <translation>Zeile {number}: {name}</translation>
        </message>
        <message numerus="yes">
            <source>Row {number}: there are %n students</source>
            <translation>
                <numerusform>Zeile {number}: es gibt %n Schüler</numerusform>
                <numerusform>Zeile {number}: es gibt %n Schüler</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Bemerkung bearbeiten…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Verlauf…</translation>
        </message>
        <message>
            <source>Room {room}</source>
            <translation>Raum {room}</translation>
        </message>
        <message>
            <source>Change a closed register</source>
            <translation>Abgeschlossene Anwesenheitsliste ändern</translation>
        </message>
        <message>
            <source>This register is closed. Why are you changing it?
(The reason is kept in the register's history.)</source>
            <translation>Diese Anwesenheitsliste ist abgeschlossen. Warum ändern Sie sie?
(Der Grund wird im Verlauf der Anwesenheitsliste gespeichert.)</translation>
        </message>
        <message>
            <source>Start register</source>
            <translation>Liste beginnen</translation>
        </message>
        <message>
            <source>Creates a row for every student enrolled today (Enter)</source>
            <translation>Legt eine Zeile für jeden heute angemeldeten Schüler an (Eingabetaste)</translation>
        </message>
        <message>
            <source>All present</source>
            <translation>Alle anwesend</translation>
        </message>
        <message>
            <source>Everyone not marked yet becomes Present, Late after the grace period (Ctrl+Enter)</source>
            <translation>Wer noch nicht erfasst ist, wird anwesend, nach der Karenzzeit verspätet (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Close register</source>
            <translation>Liste abschließen</translation>
        </message>
        <message>
            <source>Marks the lesson as done; later changes ask for a reason</source>
            <translation>Markiert die Stunde als erledigt; spätere Änderungen fragen nach einem Grund</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Wieder öffnen</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <source>Try now</source>
            <translation>Jetzt versuchen</translation>
        </message>
        <message>
            <source>Ask the server again now (it is asked every few seconds)</source>
            <translation>Den Server jetzt erneut fragen (er wird alle paar Sekunden gefragt)</translation>
        </message>
        <message>
            <source>Close the register?</source>
            <translation>Anwesenheitsliste abschließen?</translation>
        </message>
        <message numerus="yes">
            <source>%n students are not marked yet.

Close the register anyway? After closing, every change asks for a reason.</source>
            <translation>
                <numerusform>%n Schüler ist noch nicht erfasst.

Die Anwesenheitsliste trotzdem abschließen? Danach fragt jede Änderung nach einem Grund.</numerusform>
                <numerusform>%n Schüler sind noch nicht erfasst.

Die Anwesenheitsliste trotzdem abschließen? Danach fragt jede Änderung nach einem Grund.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>No lesson selected</source>
            <translation>Keine Stunde ausgewählt</translation>
        </message>
        <message>
            <source>Loading the register…</source>
            <translation>Anwesenheitsliste wird geladen…</translation>
        </message>
        <message>
            <source>Pick a lesson on the left to take its register.</source>
            <translation>Wählen Sie links eine Stunde, um die Anwesenheit zu erfassen.</translation>
        </message>
        <message>
            <source>{class_name} · {subject}</source>
            <translation>{class_name} · {subject}</translation>
        </message>
        <message>
            <source>Starting the register…</source>
            <translation>Anwesenheitsliste wird begonnen…</translation>
        </message>
        <message>
            <source>This register has not been started.

Press Enter or click Start register: every student enrolled in {class_name} gets a row, all at once. Ctrl+Enter starts it with everyone marked present.</source>
            <translation>Diese Anwesenheitsliste wurde noch nicht begonnen.

Drücken Sie die Eingabetaste oder klicken Sie auf „Liste beginnen“: Jeder in {class_name} angemeldete Schüler bekommt auf einmal eine Zeile. Strg+Eingabe beginnt sie mit allen als anwesend erfasst.</translation>
        </message>
        <message>
            <source>No students are enrolled in this class.</source>
            <translation>In dieser Klasse sind keine Schüler angemeldet.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>Late after %n min</source>
            <translation>
                <numerusform>Verspätet nach %n Min.</numerusform>
                <numerusform>Verspätet nach %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} {mark}</source>
            <translation>{mark}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n not marked</source>
            <translation>
                <numerusform>%n nicht erfasst</numerusform>
                <numerusform>%n nicht erfasst</numerusform>
            </translation>
        </message>
        <message>
            <source>all marked</source>
            <translation>alle erfasst</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;The server can't be reached.&lt;/b&gt; Your marks are kept on this computer (&lt;b&gt;%n waiting&lt;/b&gt;) and will be sent when it's back.</source>
            <translation>
                <numerusform>&lt;b&gt;Der Server ist nicht erreichbar.&lt;/b&gt; Ihre Einträge werden auf diesem Computer aufbewahrt (&lt;b&gt;%n wartet&lt;/b&gt;) und gesendet, sobald er wieder da ist.</numerusform>
                <numerusform>&lt;b&gt;Der Server ist nicht erreichbar.&lt;/b&gt; Ihre Einträge werden auf diesem Computer aufbewahrt (&lt;b&gt;%n warten&lt;/b&gt;) und gesendet, sobald er wieder da ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;The server can't be reached.&lt;/b&gt; Keep marking: your marks are kept on this computer and will be sent when it's back.</source>
            <translation>&lt;b&gt;Der Server ist nicht erreichbar.&lt;/b&gt; Erfassen Sie weiter: Ihre Einträge werden auf diesem Computer aufbewahrt und gesendet, sobald er wieder da ist.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n marks kept on this computer…</source>
            <translation>
                <numerusform>%n auf diesem Computer aufbewahrter Eintrag wird gesendet…</numerusform>
                <numerusform>%n auf diesem Computer aufbewahrte Einträge werden gesendet…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marks not saved yet</source>
            <translation>
                <numerusform>%n Eintrag noch nicht gespeichert</numerusform>
                <numerusform>%n Einträge noch nicht gespeichert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n Schüler</numerusform>
                <numerusform>%n Schüler</numerusform>
            </translation>
        </message>
        <message>
            <source>{marks} ({students}). They stay in the register and are retried automatically (rows marked !); keep the app open until they are saved.</source>
            <translation>{marks} ({students}). Sie bleiben in der Anwesenheitsliste und werden automatisch erneut gesendet (Zeilen mit !); lassen Sie das Programm geöffnet, bis sie gespeichert sind.</translation>
        </message>
        <message numerus="yes">
            <source>Register started: %n students.</source>
            <translation>
                <numerusform>Anwesenheitsliste begonnen: %n Schüler.</numerusform>
                <numerusform>Anwesenheitsliste begonnen: %n Schüler.</numerusform>
            </translation>
        </message>
        <message>
            <source>The register stays open.</source>
            <translation>Die Anwesenheitsliste bleibt offen.</translation>
        </message>
        <message>
            <source>Register closed. Changes from now on ask for a reason.</source>
            <translation>Anwesenheitsliste abgeschlossen. Änderungen fragen ab jetzt nach einem Grund.</translation>
        </message>
        <message>
            <source>The register stays closed: reopening it needs a reason.</source>
            <translation>Die Anwesenheitsliste bleibt abgeschlossen: Zum Wiederöffnen ist ein Grund nötig.</translation>
        </message>
        <message>
            <source>Register reopened.</source>
            <translation>Anwesenheitsliste wieder geöffnet.</translation>
        </message>
        <message>
            <source>Nothing changed: a closed register needs a reason to change.</source>
            <translation>Nichts geändert: Eine abgeschlossene Anwesenheitsliste braucht für Änderungen einen Grund.</translation>
        </message>
        <message>
            <source>{student}: {mark} (override)</source>
            <translation>{student}: {mark} (überschrieben)</translation>
        </message>
        <message>
            <source>{student}: {mark}</source>
            <translation>{student}: {mark}</translation>
        </message>
        <message>
            <source>{students} marked {late}: {minutes} min after the start (grace {grace} min). Press {key} again to keep {present}.</source>
            <translation>{students} als {late} erfasst: {minutes} Min. nach Beginn (Karenzzeit {grace} Min.). Drücken Sie {key} erneut, um {present} zu behalten.</translation>
        </message>
        <message>
            <source>late</source>
            <translation>verspätet</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <source>Everyone is already marked.</source>
            <translation>Alle sind bereits erfasst.</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n students present ({late} late: the grace period is over). Ctrl+Z undoes this in one go.</source>
            <translation>
                <numerusform>%n Schüler als anwesend erfasst ({late} verspätet: die Karenzzeit ist vorbei). Strg+Z macht das in einem Schritt rückgängig.</numerusform>
                <numerusform>%n Schüler als anwesend erfasst ({late} verspätet: die Karenzzeit ist vorbei). Strg+Z macht das in einem Schritt rückgängig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked %n students present. Ctrl+Z undoes this in one go.</source>
            <translation>
                <numerusform>%n Schüler als anwesend erfasst. Strg+Z macht das in einem Schritt rückgängig.</numerusform>
                <numerusform>%n Schüler als anwesend erfasst. Strg+Z macht das in einem Schritt rückgängig.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo in this register.</source>
            <translation>In dieser Anwesenheitsliste gibt es nichts rückgängig zu machen.</translation>
        </message>
        <message>
            <source>Undone: {student}.</source>
            <translation>Rückgängig gemacht: {student}.</translation>
        </message>
        <message numerus="yes">
            <source>Undone for %n students.</source>
            <translation>
                <numerusform>Für %n Schüler rückgängig gemacht.</numerusform>
                <numerusform>Für %n Schüler rückgängig gemacht.</numerusform>
            </translation>
        </message>
        <message>
            <source>{student}: keeping yours, on top of theirs.</source>
            <translation>{student}: Ihr Eintrag bleibt, über dem anderen.</translation>
        </message>
        <message>
            <source>{student}: kept theirs; yours was not saved.</source>
            <translation>{student}: Der andere Eintrag bleibt; Ihrer wurde nicht gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>{student} and %n more were changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>
                <numerusform>{student} und %n weiterer wurden gleichzeitig an einem anderen Computer geändert: Wählen Sie in der Leiste über der Anwesenheitsliste „Meins behalten“ oder „Andere übernehmen“.</numerusform>
                <numerusform>{student} und %n weitere wurden gleichzeitig an einem anderen Computer geändert: Wählen Sie in der Leiste über der Anwesenheitsliste „Meins behalten“ oder „Andere übernehmen“.</numerusform>
            </translation>
        </message>
        <message>
            <source>{student} was changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>{student} wurde gleichzeitig an einem anderen Computer geändert: Wählen Sie in der Leiste über der Anwesenheitsliste „Meins behalten“ oder „Andere übernehmen“.</translation>
        </message>
        <message>
            <source>{student} ({who})</source>
            <translation>{student} ({who})</translation>
        </message>
        <message numerus="yes">
            <source>Changed on another computer: {students} and %n more.</source>
            <translation>
                <numerusform>An einem anderen Computer geändert: {students} und %n weiterer.</numerusform>
                <numerusform>An einem anderen Computer geändert: {students} und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on another computer: {students}.</source>
            <translation>An einem anderen Computer geändert: {students}.</translation>
        </message>
        <message>
            <source>another computer's change</source>
            <translation>einem anderen Computer</translation>
        </message>
        <message>
            <source>{student}: your change was merged with one by {who}; both are kept.</source>
            <translation>{student}: Ihre Änderung wurde mit einer von {who} zusammengeführt; beide bleiben erhalten.</translation>
        </message>
        <message>
            <source>The server can't be reached: marks are kept on this computer and sent when it is back. Keep marking.</source>
            <translation>Der Server ist nicht erreichbar: Einträge werden auf diesem Computer aufbewahrt und gesendet, sobald er zurück ist. Erfassen Sie weiter.</translation>
        </message>
        <message>
            <source>{student}'s mark is not saved yet: {error} Retrying automatically.</source>
            <translation>Der Eintrag von {student} ist noch nicht gespeichert: {error} Wird automatisch erneut versucht.</translation>
        </message>
        <message>
            <source>A mark is not saved yet: {error} Retrying automatically.</source>
            <translation>Ein Eintrag ist noch nicht gespeichert: {error} Wird automatisch erneut versucht.</translation>
        </message>
        <message>
            <source>{student}'s mark could not be saved. It is kept: use Retry to send it again.</source>
            <translation>Der Eintrag von {student} konnte nicht gespeichert werden. Er bleibt erhalten: Senden Sie ihn mit „Erneut versuchen“ noch einmal.</translation>
        </message>
        <message>
            <source>A mark could not be saved. It is kept: use Retry to send it again.</source>
            <translation>Ein Eintrag konnte nicht gespeichert werden. Er bleibt erhalten: Senden Sie ihn mit „Erneut versuchen“ noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>ReportCli</name>
        <message>
            <source>print or export a report: a student's history, a class summary, missing registers, a lesson's register</source>
            <translation>einen Bericht ausgeben oder exportieren: Verlauf eines Schülers, Klassenübersicht, fehlende Anwesenheitslisten, Anwesenheitsliste einer Stunde</translation>
        </message>
        <message>
            <source>Reports in the school's local dates. Without --from/--to a report covers the last four weeks. Attendance rate = attended / marked sessions; chronic absence = missing 10% or more of them, excused absences included.</source>
            <translation>Berichte in den Datumsangaben der Zeitzone der Schule. Ohne --from/--to umfasst ein Bericht die letzten vier Wochen. Anwesenheitsquote = besuchte / erfasste Stunden; häufiges Fehlen = 10 % oder mehr davon gefehlt, entschuldigtes Fehlen eingeschlossen.</translation>
        </message>
        <message>
            <source>one student's sessions, totals and rate</source>
            <translation>Stunden, Summen und Quote eines Schülers</translation>
        </message>
        <message>
            <source>the student's id, roster id or name</source>
            <translation>ID, Stammdaten-ID oder Name des Schülers</translation>
        </message>
        <message>
            <source>a class: one line per student, chronic absence</source>
            <translation>eine Klasse: eine Zeile pro Schüler, häufiges Fehlen</translation>
        </message>
        <message>
            <source>the class's id, roster id or name</source>
            <translation>ID, Stammdaten-ID oder Name der Klasse</translation>
        </message>
        <message>
            <source>periods of the --chart (default: {default})</source>
            <translation>Zeiträume von --chart (Standard: {default})</translation>
        </message>
        <message>
            <source>past lessons whose register was never taken</source>
            <translation>vergangene Stunden, deren Anwesenheit nie erfasst wurde</translation>
        </message>
        <message>
            <source>only this teacher's (id, roster id or name)</source>
            <translation>nur die dieser Lehrkraft (ID, Stammdaten-ID oder Name)</translation>
        </message>
        <message>
            <source>one lesson's register, as filed on paper</source>
            <translation>die Anwesenheitsliste einer Stunde, wie sie auf Papier abgelegt wird</translation>
        </message>
        <message>
            <source>the lesson's id</source>
            <translation>ID der Stunde</translation>
        </message>
        <message>
            <source>IANA zone for times</source>
            <translation>IANA-Zeitzone für Uhrzeiten</translation>
        </message>
        <message>
            <source>first day (default: four weeks before --to)</source>
            <translation>erster Tag (Standard: vier Wochen vor --to)</translation>
        </message>
        <message>
            <source>last day, included (default: today)</source>
            <translation>letzter Tag, einschließlich (Standard: heute)</translation>
        </message>
        <message>
            <source>IANA zone for dates, e.g. Europe/London (default: the school's setting)</source>
            <translation>IANA-Zeitzone für Datumsangaben, z. B. Europe/Berlin (Standard: Einstellung der Schule)</translation>
        </message>
        <message>
            <source>table (printed), csv or xlsx (default: from --output's extension, else table)</source>
            <translation>table (Ausgabe im Terminal), csv oder xlsx (Standard: nach der Endung von --output, sonst table)</translation>
        </message>
        <message>
            <source>write to this file</source>
            <translation>in diese Datei schreiben</translation>
        </message>
        <message>
            <source>also draw the chart</source>
            <translation>auch das Diagramm zeichnen</translation>
        </message>
        <message>
            <source>Chart written to {path}</source>
            <translation>Diagramm gespeichert: {path}</translation>
        </message>
        <message>
            <source>An xlsx report needs a file to go to.</source>
            <translation>Ein xlsx-Bericht braucht eine Zieldatei.</translation>
        </message>
        <message>
            <source>Add --output report.xlsx.</source>
            <translation>Geben Sie zum Beispiel --output bericht.xlsx an.</translation>
        </message>
        <message>
            <source>{option} '{text}' is not a date.</source>
            <translation>{option} „{text}“ ist kein Datum.</translation>
        </message>
        <message>
            <source>Use YYYY-MM-DD, e.g. 2026-03-29.</source>
            <translation>Verwenden Sie YYYY-MM-DD (Jahr-Monat-Tag), z. B. 2026-03-29.</translation>
        </message>
        <message>
            <source>--from {first} is after --to {last}.</source>
            <translation>--from {first} liegt nach --to {last}.</translation>
        </message>
        <message>
            <source>Give the earlier date first.</source>
            <translation>Geben Sie das frühere Datum zuerst an.</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Bericht gespeichert: {path}</translation>
        </message>
        <message>
            <source>{sheet}:</source>
            <comment>a table's heading</comment>
            <translation>{sheet}:</translation>
        </message>
        <message>
            <source>(nothing to show)</source>
            <translation>(nichts anzuzeigen)</translation>
        </message>
    </context>
    <context>
        <name>ReportModels</name>
        <message>
            <source>Unmarked</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Erfasst</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Chronic absence</source>
            <translation>Häufig fehlend</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <comment>a lesson's day: short weekday name, then the date</comment>
            <translation>{weekday}, {date}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <comment>a lesson's start and end times</comment>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>joined {joined}, left {left}</source>
            <translation>Eintritt {joined}, Austritt {left}</translation>
        </message>
        <message>
            <source>joined {joined}</source>
            <translation>Eintritt {joined}</translation>
        </message>
        <message>
            <source>left {left}</source>
            <translation>Austritt {left}</translation>
        </message>
        <message>
            <source>{name} (inactive)</source>
            <comment>a class no longer taught</comment>
            <translation>{name} (inaktiv)</translation>
        </message>
        <message>
            <source>{name}: {subject}, {teacher}</source>
            <translation>{name}: {subject}, {teacher}</translation>
        </message>
        <message>
            <source>{name}: no subject, {teacher}</source>
            <translation>{name}: kein Fach, {teacher}</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <comment>a student who left the school</comment>
            <translation>{name} (abgegangen)</translation>
        </message>
        <message>
            <source>In no class</source>
            <translation>In keiner Klasse</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Schüler</translation>
        </message>
        <message>
            <source>Lessons marked {label} ({code}); counted as attended</source>
            <translation>Stunden mit Eintrag {label} ({code}); zählt als anwesend</translation>
        </message>
        <message>
            <source>Lessons marked {label} ({code}); counted as missed</source>
            <translation>Stunden mit Eintrag {label} ({code}); zählt als gefehlt</translation>
        </message>
        <message>
            <source>Register started but this student was never marked (in no rate)</source>
            <translation>Anwesenheitsliste begonnen, aber für diese Person nie ein Eintrag (zählt in keiner Quote)</translation>
        </message>
        <message>
            <source>Attended ÷ marked</source>
            <translation>Anwesend ÷ erfasst</translation>
        </message>
        <message>
            <source>Missed 10% or more of marked lessons (excused included)</source>
            <translation>10 % oder mehr der erfassten Stunden gefehlt (entschuldigt eingeschlossen)</translation>
        </message>
        <message numerus="yes">
            <source>{name}: attended {attended} of %n marked lessons, missed {missed} (10% or more): chronically absent</source>
            <translation>
                <numerusform>{name}: anwesend in {attended} von %n erfassten Stunde, {missed} gefehlt (10 % oder mehr): häufig fehlend</numerusform>
                <numerusform>{name}: anwesend in {attended} von %n erfassten Stunden, {missed} gefehlt (10 % oder mehr): häufig fehlend</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: attended {attended} of %n marked lessons</source>
            <translation>
                <numerusform>{name}: anwesend in {attended} von %n erfassten Stunde</numerusform>
                <numerusform>{name}: anwesend in {attended} von %n erfassten Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}  ({joined_or_left})</source>
            <translation>{name}  ({joined_or_left})</translation>
        </message>
        <message>
            <source>⚠ Chronic absence</source>
            <translation>⚠ Häufig fehlend</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>{label} ({code})</source>
            <comment>a mark: its name, then its code</comment>
            <translation>{label} ({code})</translation>
        </message>
        <message>
            <source>Teacher / date</source>
            <translation>Lehrkraft / Datum</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>Never started</source>
            <translation>Nie begonnen</translation>
        </message>
        <message>
            <source>Started, nobody marked</source>
            <translation>Begonnen, niemand eingetragen</translation>
        </message>
        <message numerus="yes">
            <source>%n not taken</source>
            <translation>
                <numerusform>%n nicht erfasst</numerusform>
                <numerusform>%n nicht erfasst</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>Rate = attended ÷ marked lessons (Present and Late attend). Chronic absence: missing 10% or more of marked lessons, excused absences included.</source>
            <translation>Quote = anwesend ÷ erfasste Stunden („Anwesend“ und „Verspätet“ zählen als anwesend). Häufig fehlend: 10 % oder mehr der erfassten Stunden gefehlt, entschuldigte Fehlzeiten eingeschlossen.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>no teacher</source>
            <translation>keine Lehrkraft</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone this computer knows.</source>
            <translation>„{zone}“ ist keine Zeitzone, die dieser Computer kennt.</translation>
        </message>
        <message>
            <source>Use an IANA name such as Europe/London or America/New_York.</source>
            <translation>Verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.</translation>
        </message>
        <message>
            <source>this computer's time zone ({abbreviation})</source>
            <translation>Zeitzone dieses Computers ({abbreviation})</translation>
        </message>
        <message>
            <source>The report would start on {first}, after it ends on {last}.</source>
            <translation>Der Bericht würde am {first} beginnen, also nach seinem Ende am {last}.</translation>
        </message>
        <message>
            <source>Give the earlier date first.</source>
            <translation>Geben Sie das frühere Datum zuerst an.</translation>
        </message>
        <message>
            <source>There is no student with id {id}.</source>
            <translation>Es gibt keinen Schüler mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no class with id {id}.</source>
            <translation>Es gibt keine Klasse mit der ID {id}.</translation>
        </message>
        <message>
            <source>never started</source>
            <translation>nie begonnen</translation>
        </message>
        <message>
            <source>started, nobody marked</source>
            <translation>begonnen, niemand erfasst</translation>
        </message>
        <message>
            <source>'{bucket}' is not a period for a chart; use week or day.</source>
            <translation>„{bucket}“ ist kein Zeitraum für ein Diagramm; verwenden Sie week oder day.</translation>
        </message>
        <message>
            <source>There is no lesson with id {id}.</source>
            <translation>Es gibt keine Stunde mit der ID {id}.</translation>
        </message>
        <message>
            <source>No student was given.</source>
            <translation>Es wurde kein Schüler angegeben.</translation>
        </message>
        <message>
            <source>Give a student's id or roster id.</source>
            <translation>Geben Sie die ID oder Stammdaten-ID eines Schülers an.</translation>
        </message>
        <message numerus="yes">
            <source>%n students are called '{name}' (ids {ids}).</source>
            <translation>
                <numerusform>%n Schüler heißt „{name}“ (ID {ids}).</numerusform>
                <numerusform>%n Schüler heißen „{name}“ (IDs {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the id of the one you mean.</source>
            <translation>Geben Sie die ID des gewünschten Eintrags an.</translation>
        </message>
        <message>
            <source>No student has the id, roster id or name '{name}'.</source>
            <translation>Kein Schüler hat die ID, Stammdaten-ID oder den Namen „{name}“.</translation>
        </message>
        <message>
            <source>Check the spelling, or look the student up in the app.</source>
            <translation>Prüfen Sie die Schreibweise oder suchen Sie den Schüler in der App.</translation>
        </message>
        <message>
            <source>No class was given.</source>
            <translation>Es wurde keine Klasse angegeben.</translation>
        </message>
        <message>
            <source>Give a class's id or name.</source>
            <translation>Geben Sie die ID oder den Namen einer Klasse an.</translation>
        </message>
        <message numerus="yes">
            <source>%n classes are called '{name}' (ids {ids}).</source>
            <translation>
                <numerusform>%n Klasse heißt „{name}“ (ID {ids}).</numerusform>
                <numerusform>%n Klassen heißen „{name}“ (IDs {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <source>No class has the id, roster id or name '{name}'.</source>
            <translation>Keine Klasse hat die ID, Stammdaten-ID oder den Namen „{name}“.</translation>
        </message>
        <message>
            <source>Check the spelling, or look the class up in the app.</source>
            <translation>Prüfen Sie die Schreibweise oder suchen Sie die Klasse in der App.</translation>
        </message>
        <message numerus="yes">
            <source>%n teachers are called '{name}'.</source>
            <translation>
                <numerusform>%n Lehrkraft heißt „{name}“.</numerusform>
                <numerusform>%n Lehrkräfte heißen „{name}“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the teacher's id.</source>
            <translation>Geben Sie die ID der Lehrkraft an.</translation>
        </message>
        <message>
            <source>No teacher has the id, roster id or name '{name}'.</source>
            <translation>Keine Lehrkraft hat die ID, Stammdaten-ID oder den Namen „{name}“.</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>QLocale date pattern: day and short month name, no year</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>This term (since {date})</source>
            <translation>Dieses Schulhalbjahr (seit {date})</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>Letzte 4 Wochen</translation>
        </message>
        <message>
            <source>This school year (since {date})</source>
            <translation>Dieses Schuljahr (seit {date})</translation>
        </message>
    </context>
    <context>
        <name>ReportsWindow</name>
        <message>
            <source>Custom dates</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Class summary</source>
            <translation>Klassenübersicht</translation>
        </message>
        <message>
            <source>Student history</source>
            <translation>Schülerverlauf</translation>
        </message>
        <message>
            <source>Missing registers</source>
            <translation>Fehlende Anwesenheitslisten</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Period and export</source>
            <translation>Zeitraum und Export</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>QLocale date pattern of the period's two dates: day, short month, year</comment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <source>from</source>
            <comment>Period: [This term] from [date] to [date]</comment>
            <translation>von</translation>
        </message>
        <message>
            <source>to</source>
            <comment>Period: [This term] from [date] to [date]</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Save this report as a CSV file (for any spreadsheet)</source>
            <translation>Diesen Bericht als CSV-Datei speichern (für jede Tabellenkalkulation)</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Excel exportieren…</translation>
        </message>
        <message>
            <source>Save this report as an Excel workbook (.xlsx)</source>
            <translation>Diesen Bericht als Excel-Arbeitsmappe (.xlsx) speichern</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Print the class summary with its chart ({shortcut})</source>
            <translation>Klassenübersicht mit Diagramm drucken ({shortcut})</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Save the class summary with its chart as a PDF, to file or email</source>
            <translation>Klassenübersicht mit Diagramm als PDF speichern, zum Ablegen oder Versenden per E-Mail</translation>
        </message>
        <message>
            <source>Find a class or teacher…</source>
            <translation>Klasse oder Lehrkraft suchen…</translation>
        </message>
        <message>
            <source>Loading the classes…</source>
            <translation>Klassen werden geladen…</translation>
        </message>
        <message>
            <source>Find a student, roster id or class…</source>
            <translation>Schüler, Stammdaten-ID oder Klasse suchen…</translation>
        </message>
        <message>
            <source>Find a student on the left to see every lesson they had in the period.</source>
            <translation>Wählen Sie links einen Schüler oder eine Schülerin, um alle Stunden im Zeitraum zu sehen.</translation>
        </message>
        <message>
            <source>Only my lessons</source>
            <translation>Nur meine Stunden</translation>
        </message>
        <message>
            <source>Only the lessons the teacher at this computer takes</source>
            <translation>Nur die Stunden der Lehrkraft an diesem Computer</translation>
        </message>
        <message>
            <source>There are no classes yet. Import a roster (File &gt; Import roster) first.</source>
            <translation>Es gibt noch keine Klassen. Importieren Sie zuerst die Stammdaten (Datei &gt; Stammdaten importieren).</translation>
        </message>
        <message>
            <source>Loading the class summary…</source>
            <translation>Klassenübersicht wird geladen…</translation>
        </message>
        <message>
            <source>Loading the student's history…</source>
            <translation>Verlauf wird geladen…</translation>
        </message>
        <message>
            <source>Looking for registers not taken…</source>
            <translation>Fehlende Anwesenheitslisten werden gesucht…</translation>
        </message>
        <message>
            <source>{class_name} · {teacher} · {period}</source>
            <translation>{class_name} · {teacher} · {period}</translation>
        </message>
        <message>
            <source>{class_name} · {period}</source>
            <translation>{class_name} · {period}</translation>
        </message>
        <message numerus="yes">
            <source>{class_name}: %n students, {period}</source>
            <translation>
                <numerusform>{class_name}: %n Schüler, {period}</numerusform>
                <numerusform>{class_name}: %n Schüler, {period}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{chronic} of %n students chronically absent</source>
            <translation>
                <numerusform>{chronic} von %n Schüler häufig fehlend</numerusform>
                <numerusform>{chronic} von %n Schülern häufig fehlend</numerusform>
            </translation>
        </message>
        <message>
            <source>{chronically_absent} (highlighted)</source>
            <comment>rich text</comment>
            <translation>{chronically_absent} (hervorgehoben)</translation>
        </message>
        <message numerus="yes">
            <source>none of the %n students chronically absent</source>
            <translation>
                <numerusform>%n Schüler, nicht häufig fehlend</numerusform>
                <numerusform>keiner der %n Schüler häufig fehlend</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registers taken</source>
            <translation>
                <numerusform>%n Anwesenheitsliste erfasst</numerusform>
                <numerusform>%n Anwesenheitslisten erfasst</numerusform>
            </translation>
        </message>
        <message>
            <source>{lessons}, {registers_taken} · class attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of {marked} marked) · {chronic}</source>
            <comment>rich text: keep &lt;b&gt; and &lt;/b&gt;</comment>
            <translation>{lessons}, {registers_taken} · Anwesenheit der Klasse &lt;b&gt;{rate}&lt;/b&gt; ({attended} von {marked} erfasst) · {chronic}</translation>
        </message>
        <message>
            <source>{name} ({roster_id}) · {period}</source>
            <translation>{name} ({roster_id}) · {period}</translation>
        </message>
        <message>
            <source>{name} · {period}</source>
            <translation>{name} · {period}</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n lessons</source>
            <translation>
                <numerusform>{name}: %n Stunde</numerusform>
                <numerusform>{name}: %n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked &lt;b&gt;{count}&lt;/b&gt;</source>
            <comment>rich text</comment>
            <translation>Nicht erfasst &lt;b&gt;{count}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of %n marked lessons)</source>
            <comment>rich text</comment>
            <translation>
                <numerusform>Anwesenheit &lt;b&gt;{rate}&lt;/b&gt; ({attended} von %n erfassten Stunde)</numerusform>
                <numerusform>Anwesenheit &lt;b&gt;{rate}&lt;/b&gt; ({attended} von %n erfassten Stunden)</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ chronically absent</source>
            <translation>⚠ häufig fehlend</translation>
        </message>
        <message numerus="yes">
            <source>%n registers not taken</source>
            <translation>
                <numerusform>%n Anwesenheitsliste nicht erfasst</numerusform>
                <numerusform>%n Anwesenheitslisten nicht erfasst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n teachers</source>
            <translation>
                <numerusform>%n Lehrkraft</numerusform>
                <numerusform>%n Lehrkräfte</numerusform>
            </translation>
        </message>
        <message>
            <source>{registers_not_taken}, {teachers}</source>
            <translation>{registers_not_taken}, {teachers}</translation>
        </message>
        <message>
            <source>Lessons from {first_day} that ended by {day} {time} with no register: never started, or started with nobody marked. A lesson counts for the teacher who takes it (cover included).</source>
            <translation>Stunden ab {first_day}, die bis {day}, {time} endeten, ohne Anwesenheitsliste: nie begonnen oder begonnen, aber niemand eingetragen. Eine Stunde zählt für die Lehrkraft, die sie hält (auch als Vertretung).</translation>
        </message>
        <message>
            <source>{class_name} summary {first} to {last}</source>
            <comment>a file name</comment>
            <translation>{class_name} Übersicht {first} bis {last}</translation>
        </message>
        <message>
            <source>{name} attendance {first} to {last}</source>
            <comment>a file name</comment>
            <translation>{name} Anwesenheit {first} bis {last}</translation>
        </message>
        <message>
            <source>Registers not taken to {day}</source>
            <comment>a file name</comment>
            <translation>Fehlende Anwesenheitslisten bis {day}</translation>
        </message>
        <message>
            <source>report</source>
            <comment>a file name</comment>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export as an Excel workbook</source>
            <translation>Als Excel-Arbeitsmappe exportieren</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>{file} wird gespeichert…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <source>Save class summary as PDF</source>
            <translation>Klassenübersicht als PDF speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n pages)</source>
            <translation>
                <numerusform>Gespeichert: {path} (%n Seite)</numerusform>
                <numerusform>Gespeichert: {path} (%n Seiten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent {class_name}'s summary to the printer</source>
            <translation>Übersicht der Klasse {class_name} an den Drucker gesendet</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the log.</source>
            <translation>Etwas ist schiefgegangen; die Einzelheiten stehen im Protokoll.</translation>
        </message>
    </context>
    <context>
        <name>Repository</name>
        <message>
            <source>This register is not yours, so the database did not accept the change.</source>
            <translation>Diese Anwesenheitsliste gehört nicht Ihnen, daher hat die Datenbank die Änderung nicht angenommen.</translation>
        </message>
        <message>
            <source>Ask the office to make the change, or to give you this register (cover) if you are teaching it.</source>
            <translation>Bitten Sie das Sekretariat, die Änderung vorzunehmen oder Ihnen diese Anwesenheitsliste zu geben (Vertretung), wenn Sie diese Stunde unterrichten.</translation>
        </message>
        <message>
            <source>Make the mark again, retyping the note. ({detail})</source>
            <translation>Erfassen Sie den Eintrag erneut und tippen Sie die Bemerkung neu ein. ({detail})</translation>
        </message>
        <message>
            <source>Make the mark again, retyping the note.</source>
            <translation>Erfassen Sie den Eintrag erneut und tippen Sie die Bemerkung neu ein.</translation>
        </message>
        <message>
            <source>The database cannot store this mark as it is (its note holds a character the database refuses), so it was set aside.</source>
            <translation>Die Datenbank kann diesen Eintrag so nicht speichern (seine Bemerkung enthält ein Zeichen, das die Datenbank ablehnt), daher wurde er zurückgestellt.</translation>
        </message>
        <message>
            <source>Attendance row {row} no longer exists.</source>
            <translation>Die Zeile {row} der Anwesenheitsliste gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Lesson {lesson} no longer exists.</source>
            <translation>Die Stunde {lesson} gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Reopening a closed register needs a reason; it stays closed.</source>
            <translation>Zum Wiederöffnen einer abgeschlossenen Anwesenheitsliste ist ein Grund nötig; sie bleibt abgeschlossen.</translation>
        </message>
        <message>
            <source>Reopen it again and say why (for example: a student arrived late).</source>
            <translation>Öffnen Sie sie erneut und geben Sie den Grund an (zum Beispiel: Ein Schüler kam verspätet).</translation>
        </message>
        <message>
            <source>A lesson has to end after it starts.</source>
            <translation>Eine Stunde muss nach ihrem Beginn enden.</translation>
        </message>
        <message>
            <source>Check the start time and the length.</source>
            <translation>Prüfen Sie Beginn und Dauer.</translation>
        </message>
        <message>
            <source>The class you chose is no longer in the register.</source>
            <translation>Die gewählte Klasse gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>It may have been removed by a roster import. Choose another class.</source>
            <translation>Vielleicht wurde sie bei einem Import der Stammdaten entfernt. Wählen Sie eine andere Klasse.</translation>
        </message>
        <message>
            <source>{class_name} is no longer in use (a roster import withdrew it), so no lesson can be added to it.</source>
            <translation>{class_name} wird nicht mehr geführt (durch einen Import der Stammdaten aufgehoben), daher können keine Stunden hinzugefügt werden.</translation>
        </message>
        <message>
            <source>Choose another class.</source>
            <translation>Wählen Sie eine andere Klasse.</translation>
        </message>
        <message>
            <source>Your name is no longer in this database's list of teachers.</source>
            <translation>Ihr Name steht nicht mehr in der Liste der Lehrkräfte dieser Datenbank.</translation>
        </message>
        <message>
            <source>Choose your name again with Change teacher…, then add the lesson.</source>
            <translation>Wählen Sie Ihren Namen erneut über „Lehrkraft wechseln…“ und fügen Sie dann die Stunde hinzu.</translation>
        </message>
        <message>
            <source>{teacher} is no longer an active teacher, so cannot take a new register.</source>
            <translation>{teacher} ist nicht mehr als Lehrkraft aktiv und kann daher keine neue Anwesenheit erfassen.</translation>
        </message>
        <message>
            <source>Attendance row {row} keeps changing on other computers; your change was not saved.</source>
            <translation>Die Zeile {row} der Anwesenheitsliste wird ständig an anderen Computern geändert; Ihre Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Wait a moment and make it again.</source>
            <translation>Warten Sie einen Moment und nehmen Sie die Änderung erneut vor.</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>Check that it is the roster export; a district roster of 200,000 enrollments is about 15 MB.</source>
            <translation>Prüfen Sie, ob es der Stammdaten-Export ist; die Stammdaten eines ganzen Schulbezirks mit 200.000 Einschreibungen sind etwa 15 MB groß.</translation>
        </message>
        <message>
            <source>{name} is larger than {size}; that is far more than any school's roster.</source>
            <translation>{name} ist größer als {size}; das ist weit mehr als die Stammdaten jeder Schule.</translation>
        </message>
        <message>
            <source>The roster files in {where} are larger than {size} together; that is far more than any school's roster.</source>
            <translation>Die Stammdaten-Dateien in {where} sind zusammen größer als {size}; das ist weit mehr als die Stammdaten jeder Schule.</translation>
        </message>
        <message>
            <source>{name} unpacks to more than {ratio} times its packed size ({packed} bytes become over {unpacked}); it was not unpacked.</source>
            <translation>{name} wird beim Entpacken mehr als {ratio}-mal so groß ({packed} Byte werden zu über {unpacked}); die Datei wurde nicht entpackt.</translation>
        </message>
        <message>
            <source>A real roster export never packs that tightly: export it again from the student information system, or unpack it with the file manager, check it and import the folder.</source>
            <translation>Ein echter Stammdaten-Export lässt sich nie so stark komprimieren: Exportieren Sie ihn erneut aus der Schulverwaltungssoftware oder entpacken Sie ihn mit dem Dateimanager, prüfen Sie ihn und importieren Sie den Ordner.</translation>
        </message>
        <message>
            <source>{name} is not a readable .zip file ({error}).</source>
            <translation>{name} ist keine lesbare .zip-Datei ({error}).</translation>
        </message>
        <message>
            <source>Export the roster again, or unpack it and import the folder.</source>
            <translation>Exportieren Sie die Stammdaten erneut oder entpacken Sie sie und importieren Sie den Ordner.</translation>
        </message>
        <message>
            <source>{name} cannot be unpacked here ({error}).</source>
            <translation>{name} kann hier nicht entpackt werden ({error}).</translation>
        </message>
        <message>
            <source>Unpack it with the file manager and import the folder instead.</source>
            <translation>Entpacken Sie die Datei mit dem Dateimanager und importieren Sie stattdessen den Ordner.</translation>
        </message>
        <message>
            <source>The folder {where} is not a roster export this program knows: it has neither manifest.csv (OneRoster), users.csv and enrollments.csv (School Data Sync v2), Student.csv and Section.csv (School Data Sync v1) nor students.csv and sections.csv (Clever).</source>
            <translation>Der Ordner {where} ist kein Stammdaten-Export, den dieses Programm kennt: Er enthält weder manifest.csv (OneRoster) noch users.csv und enrollments.csv (School Data Sync v2), Student.csv und Section.csv (School Data Sync v1) oder students.csv und sections.csv (Clever).</translation>
        </message>
        <message>
            <source>{where} is not a roster export this program knows: it has neither manifest.csv (OneRoster), users.csv and enrollments.csv (School Data Sync v2), Student.csv and Section.csv (School Data Sync v1) nor students.csv and sections.csv (Clever).</source>
            <translation>{where} ist kein Stammdaten-Export, den dieses Programm kennt: Er enthält weder manifest.csv (OneRoster) noch users.csv und enrollments.csv (School Data Sync v2), Student.csv und Section.csv (School Data Sync v1) oder students.csv und sections.csv (Clever).</translation>
        </message>
        <message>
            <source>Choose the folder or .zip the student information system exported, or a plain .csv file.</source>
            <translation>Wählen Sie den Ordner oder die .zip-Datei, die die Schulverwaltungssoftware exportiert hat, oder eine einfache .csv-Datei.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in this file or in the register.</source>
            <translation>es gibt keine Lehrkraft "{id}" in dieser Datei oder im Programm.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in this file or in the register.</source>
            <translation>es gibt keinen Schüler "{id}" in dieser Datei oder im Programm.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in this file or in the register.</source>
            <translation>es gibt keine Klasse "{id}" in dieser Datei oder im Programm.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in this bundle or in the register.</source>
            <translation>es gibt keine Lehrkraft "{id}" in diesem Export oder im Programm.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in this bundle or in the register.</source>
            <translation>es gibt keinen Schüler "{id}" in diesem Export oder im Programm.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in this bundle or in the register.</source>
            <translation>es gibt keine Klasse "{id}" in diesem Export oder im Programm.</translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} und {count} weitere</translation>
        </message>
        <message numerus="yes">
            <source>%n new classes have no teacher yet ({names}); anyone can take their registers until a roster names the teacher.</source>
            <translation>
                <numerusform>%n neue Klasse hat noch keine Lehrkraft ({names}); jede Lehrkraft kann die Anwesenheit erfassen, bis Stammdaten die Lehrkraft nennen.</numerusform>
                <numerusform>%n neue Klassen haben noch keine Lehrkraft ({names}); jede Lehrkraft kann die Anwesenheit erfassen, bis Stammdaten die Lehrkraft nennen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows to be deleted were not in the register; nothing to do.</source>
            <translation>
                <numerusform>%n zu löschende Zeile war nicht im Programm; nichts zu tun.</numerusform>
                <numerusform>%n zu löschende Zeilen waren nicht im Programm; nichts zu tun.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrollments to be deleted were not in the register; nothing to withdraw.</source>
            <translation>
                <numerusform>%n zu löschende Einschreibung war nicht im Programm; nichts zu beenden.</numerusform>
                <numerusform>%n zu löschende Einschreibungen waren nicht im Programm; nichts zu beenden.</numerusform>
            </translation>
        </message>
        <message>
            <source>the value holds a NUL character at character {position}; a roster value cannot hold one (was the file damaged, or saved from another program?). Remove it and save again.</source>
            <translation>der Wert enthält an Zeichen {position} ein NUL-Zeichen; ein Wert in den Stammdaten darf keines enthalten (wurde die Datei beschädigt oder aus einem anderen Programm gespeichert?). Entfernen Sie es und speichern Sie erneut.</translation>
        </message>
        <message>
            <source>the value holds a control character ({code}) at character {position}; a roster value cannot hold one (was the file damaged, or saved from another program?). Remove it and save again.</source>
            <translation>der Wert enthält an Zeichen {position} ein Steuerzeichen ({code}); ein Wert in den Stammdaten darf keines enthalten (wurde die Datei beschädigt oder aus einem anderen Programm gespeichert?). Entfernen Sie es und speichern Sie erneut.</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>Spalte {number}</translation>
        </message>
        <message>
            <source>a quoted value is never closed (a " is missing), so the rest of the file cannot be read.</source>
            <translation>ein Wert in Anführungszeichen wird nie geschlossen (ein " fehlt), daher kann der Rest der Datei nicht gelesen werden.</translation>
        </message>
        <message>
            <source>there is text after a closing quote; put the whole value in quotes and write any " inside it as "".</source>
            <translation>nach einem schließenden Anführungszeichen steht noch Text; setzen Sie den ganzen Wert in Anführungszeichen und schreiben Sie jedes " darin als "".</translation>
        </message>
        <message>
            <source>a value is far too long; is this really a roster CSV file?</source>
            <translation>ein Wert ist viel zu lang; ist das wirklich eine CSV-Datei mit Stammdaten?</translation>
        </message>
        <message>
            <source>the line cannot be read as CSV ({error}).</source>
            <translation>die Zeile kann nicht als CSV gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>the file is not text in UTF-8 or Windows-1252; save it again as "CSV UTF-8" from the spreadsheet program.</source>
            <translation>die Datei ist kein Text in UTF-8 oder Windows-1252; speichern Sie sie im Tabellenkalkulationsprogramm erneut als "CSV UTF-8".</translation>
        </message>
        <message>
            <source>the header holds a control character; is this really a CSV file?</source>
            <translation>die Kopfzeile enthält ein Steuerzeichen; ist das wirklich eine CSV-Datei?</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>die Datei ist leer.</translation>
        </message>
        <message>
            <source>{file} was read as Windows-1252 (it is not UTF-8).</source>
            <translation>{file} wurde als Windows-1252 gelesen (die Datei ist nicht in UTF-8).</translation>
        </message>
        <message>
            <source>{file} was read as UTF-16.</source>
            <translation>{file} wurde als UTF-16 gelesen.</translation>
        </message>
        <message>
            <source>the column is missing (it is required).</source>
            <translation>die Spalte fehlt (sie ist erforderlich).</translation>
        </message>
        <message>
            <source>the id is empty.</source>
            <translation>die ID ist leer.</translation>
        </message>
        <message>
            <source>the id "{id}" is already used on line {old_line}.</source>
            <translation>die ID "{id}" wird bereits in Zeile {old_line} verwendet.</translation>
        </message>
        <message>
            <source>the status "{status}" is not "active" or "tobedeleted".</source>
            <translation>der Status "{status}" ist weder "active" noch "tobedeleted".</translation>
        </message>
        <message>
            <source>"{value}" is not an ISO 8601 date and time, e.g. 2026-11-24T09:30:00Z.</source>
            <translation>"{value}" ist kein Datum mit Uhrzeit nach ISO 8601, z. B. 2026-11-24T09:30:00Z.</translation>
        </message>
        <message>
            <source>"{value}" is not a date; OneRoster writes dates as YYYY-MM-DD, e.g. 2026-09-01.</source>
            <translation>"{value}" ist kein Datum; OneRoster schreibt Daten als JJJJ-MM-TT, z. B. 2026-09-01.</translation>
        </message>
        <message>
            <source>the role is empty.</source>
            <translation>die Rolle ist leer.</translation>
        </message>
        <message>
            <source>the end date {end} is before the begin date {start}.</source>
            <translation>das Enddatum {end} liegt vor dem Anfangsdatum {start}.</translation>
        </message>
        <message>
            <source>{files} ignored (the register does not use them).</source>
            <translation>{files} ignoriert (das Programm verwendet sie nicht).</translation>
        </message>
        <message>
            <source>the manifest must have the columns "propertyName,value".</source>
            <translation>das Manifest muss die Spalten "propertyName,value" haben.</translation>
        </message>
        <message>
            <source>manifest.csv has no "oneroster.version"; read as OneRoster {version}.</source>
            <translation>manifest.csv enthält kein "oneroster.version"; als OneRoster {version} gelesen.</translation>
        </message>
        <message>
            <source>OneRoster version "{version}" cannot be imported; export as OneRoster 1.1 or 1.2.</source>
            <translation>OneRoster-Version "{version}" kann nicht importiert werden; exportieren Sie als OneRoster 1.1 oder 1.2.</translation>
        </message>
        <message>
            <source>"{value}" for {property} is not one of bulk, delta, absent.</source>
            <translation>"{value}" für {property} ist weder bulk noch delta noch absent.</translation>
        </message>
        <message>
            <source>the manifest lists {file} as {mode}, but the bundle has no {file}.</source>
            <translation>das Manifest führt {file} als {mode}, aber der Export enthält keine Datei {file}.</translation>
        </message>
        <message>
            <source>{file} ignored: the manifest says it is absent.</source>
            <translation>{file} ignoriert: Laut Manifest fehlt die Datei.</translation>
        </message>
        <message>
            <source>{file} ignored (the register does not use it).</source>
            <translation>{file} ignoriert (das Programm verwendet die Datei nicht).</translation>
        </message>
        <message>
            <source>{file} has no role column: each user's role was taken from enrollments.csv.</source>
            <translation>{file} hat keine Rollenspalte: Die Rolle jeder Person wurde aus enrollments.csv übernommen.</translation>
        </message>
        <message>
            <source>there is no user "{id}" in users.csv.</source>
            <translation>es gibt keine Person "{id}" in users.csv.</translation>
        </message>
        <message>
            <source>the course title is empty.</source>
            <translation>der Kurstitel ist leer.</translation>
        </message>
        <message>
            <source>the class title is empty.</source>
            <translation>der Klassenname ist leer.</translation>
        </message>
        <message>
            <source>there is no course "{id}" in courses.csv.</source>
            <translation>es gibt keinen Kurs "{id}" in courses.csv.</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n enrollments with role "{role}" ignored (only students and teachers are imported).</source>
            <translation>
                <numerusform>{file}: %n Einschreibung mit der Rolle "{role}" ignoriert (nur Schüler und Lehrkräfte werden importiert).</numerusform>
                <numerusform>{file}: %n Einschreibungen mit der Rolle "{role}" ignoriert (nur Schüler und Lehrkräfte werden importiert).</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}, line {line}: class "{id}" is to be deleted, so this enrollment ends with it.</source>
            <translation>{file}, Zeile {line}: Die Klasse "{id}" soll gelöscht werden, daher endet diese Einschreibung mit ihr.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in classes.csv.</source>
            <translation>es gibt keine Klasse "{id}" in classes.csv.</translation>
        </message>
        <message>
            <source>{file}, line {line}: user "{id}" is to be deleted, so this enrollment ends with them.</source>
            <translation>{file}, Zeile {line}: Die Person "{id}" soll gelöscht werden, daher endet diese Einschreibung mit ihr.</translation>
        </message>
        <message>
            <source>"{id}" is enrolled as a student here, but the roster gives them the role {roles}; imported as a student in this class.</source>
            <translation>"{id}" ist hier als Schüler eingeschrieben, hat in den Stammdaten aber die Rolle {roles}; in dieser Klasse als Schüler importiert.</translation>
        </message>
        <message>
            <source>"{id}" is enrolled as a teacher here, but the roster gives them the role {roles}; imported as a teacher in this class.</source>
            <translation>"{id}" ist hier als Lehrkraft eingeschrieben, hat in den Stammdaten aber die Rolle {roles}; in dieser Klasse als Lehrkraft importiert.</translation>
        </message>
        <message>
            <source>{file}, line {line}: student "{student}" is already enrolled in class "{class_id}" on line {old_line}; line {line} is used.</source>
            <translation>{file}, Zeile {line}: Der Schüler "{student}" ist bereits in Zeile {old_line} in der Klasse "{class_id}" eingeschrieben; Zeile {line} wird verwendet.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the enrollment to be deleted is also listed as active; the active one is used.</source>
            <translation>{file}, Zeile {line}: Die zu löschende Einschreibung ist auch als aktiv aufgeführt; die aktive wird verwendet.</translation>
        </message>
        <message numerus="yes">
            <source>More than one teacher teaches %n classes; the primary (or first) one is the class teacher in the register.</source>
            <translation>
                <numerusform>In %n Klasse unterrichtet mehr als eine Lehrkraft; die Hauptlehrkraft (oder die erste) ist in der Anwesenheitsliste die Klassenlehrkraft.</numerusform>
                <numerusform>In %n Klassen unterrichtet mehr als eine Lehrkraft; die Hauptlehrkraft (oder die erste) ist in der Anwesenheitsliste die Klassenlehrkraft.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n users not imported (neither students nor teachers: administrators, parents, ...).</source>
            <translation>
                <numerusform>{file}: %n Person nicht importiert (weder Schüler noch Lehrkraft: Verwaltung, Eltern …).</numerusform>
                <numerusform>{file}: %n Personen nicht importiert (weder Schüler noch Lehrkräfte: Verwaltung, Eltern …).</numerusform>
            </translation>
        </message>
        <message>
            <source>the name is too long.</source>
            <translation>der Name ist zu lang.</translation>
        </message>
        <message>
            <source>{file} read past: the register keeps no schools or terms.</source>
            <translation>{file} übersprungen: Das Programm speichert keine Schulen oder Schulhalbjahre.</translation>
        </message>
        <message>
            <source>{file} and {other} read past: the register keeps no schools or terms.</source>
            <translation>{file} und {other} übersprungen: Das Programm speichert keine Schulen oder Schulhalbjahre.</translation>
        </message>
        <message>
            <source>the first name is empty.</source>
            <translation>der Vorname ist leer.</translation>
        </message>
        <message>
            <source>the last name is empty.</source>
            <translation>der Nachname ist leer.</translation>
        </message>
        <message>
            <source>the e-mail address is too long.</source>
            <translation>die E-Mail-Adresse ist zu lang.</translation>
        </message>
        <message>
            <source>the teacher's name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>der Name der Lehrkraft ist in Zeile {old_line} "{old}", hier aber "{new}".</translation>
        </message>
        <message>
            <source>the teacher's e-mail is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>die E-Mail-Adresse der Lehrkraft ist in Zeile {old_line} "{old}", hier aber "{new}".</translation>
        </message>
        <message>
            <source>the student id "{id}"'s name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>der Name zur Schüler-ID "{id}" ist in Zeile {old_line} "{old}", hier aber "{new}".</translation>
        </message>
        <message>
            <source>the same student's name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>der Name desselben Schülers ist in Zeile {old_line} "{old}", hier aber "{new}".</translation>
        </message>
        <message>
            <source>the preferred name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>der Rufname ist in Zeile {old_line} "{old}", hier aber "{new}".</translation>
        </message>
        <message>
            <source>class "{id}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>die Klasse "{id}" heißt in Zeile {old_line} "{old}", hier aber "{new}".</translation>
        </message>
        <message>
            <source>the subject of class "{name}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>das Fach der Klasse "{name}" ist in Zeile {old_line} "{old}", hier aber "{new}".</translation>
        </message>
        <message>
            <source>the room of class "{name}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>der Raum der Klasse "{name}" ist in Zeile {old_line} "{old}", hier aber "{new}".</translation>
        </message>
        <message>
            <source>this is one file of a OneRoster bundle; import the whole folder or .zip (the one with manifest.csv) instead.</source>
            <translation>dies ist eine einzelne Datei eines OneRoster-Exports; importieren Sie stattdessen den ganzen Ordner bzw. die .zip-Datei (die mit manifest.csv).</translation>
        </message>
        <message>
            <source>the file has no rows below the header.</source>
            <translation>die Datei hat unter der Kopfzeile keine Zeilen.</translation>
        </message>
        <message>
            <source>this column means the same as column "{column}"; keep one of them.</source>
            <translation>diese Spalte bedeutet dasselbe wie die Spalte "{column}"; behalten Sie nur eine davon.</translation>
        </message>
        <message>
            <source>{file}: column(s) {columns} not used.</source>
            <translation>{file}: Spalte(n) {columns} nicht verwendet.</translation>
        </message>
        <message>
            <source>{file} lists teachers (its name and columns say so): every row is imported as a teacher.</source>
            <translation>{file} enthält Lehrkräfte (so sagen es Name und Spalten): Jede Zeile wird als Lehrkraft importiert.</translation>
        </message>
        <message>
            <source>{file}: column "{column}" read but not stored (the register keeps no student e-mail addresses).</source>
            <translation>{file}: Spalte "{column}" gelesen, aber nicht gespeichert (das Programm speichert keine E-Mail-Adressen von Schülern).</translation>
        </message>
        <message>
            <source>there is no column for the students' names: expected "First name" and "Last name" (or one "Name" column).</source>
            <translation>es gibt keine Spalte für die Namen der Schüler: erwartet werden "First name" und "Last name" (oder eine Spalte "Name").</translation>
        </message>
        <message>
            <source>there is no "{column}" column.</source>
            <translation>es gibt keine Spalte "{column}".</translation>
        </message>
        <message>
            <source>the line has {values} values but the header has {columns} columns; is there a comma or semicolon in a value without quotes around it?</source>
            <translation>die Zeile hat {values} Werte, die Kopfzeile aber {columns} Spalten; steht in einem Wert ohne Anführungszeichen ein Komma oder Semikolon?</translation>
        </message>
        <message>
            <source>the teacher's name is empty.</source>
            <translation>der Name der Lehrkraft ist leer.</translation>
        </message>
        <message>
            <source>class "{name}" has teacher "{old}" on line {old_line} but "{new}" here; a class has one teacher (if these are two classes, give them different names or a Class ID column).</source>
            <translation>die Klasse "{name}" hat in Zeile {old_line} die Lehrkraft "{old}", hier aber "{new}"; eine Klasse hat eine Lehrkraft (sind es zwei Klassen, geben Sie ihnen verschiedene Namen oder eine Spalte "Class ID").</translation>
        </message>
        <message>
            <source>"{value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.</source>
            <translation>"{value}" ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2026-09-01.</translation>
        </message>
        <message>
            <source>the end date {end} is before the start date {start}.</source>
            <translation>das Enddatum {end} liegt vor dem Anfangsdatum {start}.</translation>
        </message>
        <message>
            <source>{file}, line {line}: repeats line {old_line}; used once.</source>
            <translation>{file}, Zeile {line}: wiederholt Zeile {old_line}; einmal verwendet.</translation>
        </message>
        <message>
            <source>the student is already in this class on line {old_line}, with other dates; keep one of the lines.</source>
            <translation>der Schüler ist bereits in Zeile {old_line} in dieser Klasse, mit anderen Daten; behalten Sie nur eine der Zeilen.</translation>
        </message>
        <message>
            <source>{file} has no teacher column: its classes keep the teacher the register gives them (a new class has none until a roster names one).</source>
            <translation>{file} hat keine Spalte für Lehrkräfte: Die Klassen behalten die Lehrkraft, die sie im Programm haben (eine neue Klasse hat keine, bis Stammdaten eine nennen).</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n rows of type "{role}" skipped (only students and teachers are imported).</source>
            <translation>
                <numerusform>{file}: %n Zeile vom Typ "{role}" übersprungen (nur Schüler und Lehrkräfte werden importiert).</numerusform>
                <numerusform>{file}: %n Zeilen vom Typ "{role}" übersprungen (nur Schüler und Lehrkräfte werden importiert).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows with no role or type skipped (lines {lines}); fill in student or teacher to import them.</source>
            <translation>
                <numerusform>%n Zeile ohne Rolle oder Typ übersprungen (Zeilen {lines}); tragen Sie student oder teacher ein, um sie zu importieren.</numerusform>
                <numerusform>%n Zeilen ohne Rolle oder Typ übersprungen (Zeilen {lines}); tragen Sie student oder teacher ein, um sie zu importieren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than one teacher teaches %n classes; the first listed is the class teacher in the register.</source>
            <translation>
                <numerusform>In %n Klasse unterrichtet mehr als eine Lehrkraft; die zuerst genannte ist in der Anwesenheitsliste die Klassenlehrkraft.</numerusform>
                <numerusform>In %n Klassen unterrichtet mehr als eine Lehrkraft; die zuerst genannte ist in der Anwesenheitsliste die Klassenlehrkraft.</numerusform>
            </translation>
        </message>
        <message>
            <source>plain CSV</source>
            <translation>einfache CSV-Datei</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Lehrkräfte</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Schüler</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Klassen</translation>
        </message>
        <message>
            <source>Enrollments</source>
            <translation>Einschreibungen</translation>
        </message>
        <message>
            <source>Weekly lessons</source>
            <translation>Wöchentliche Stunden</translation>
        </message>
        <message>
            <source>{file}, line {line}, column "{column}": {message}</source>
            <translation>{file}, Zeile {line}, Spalte "{column}": {message}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {message}</source>
            <translation>{file}, Zeile {line}: {message}</translation>
        </message>
        <message>
            <source>{file}, column "{column}": {message}</source>
            <translation>{file}, Spalte "{column}": {message}</translation>
        </message>
        <message>
            <source>{file}: {message}</source>
            <translation>{file}: {message}</translation>
        </message>
        <message>
            <source>line {line}, column "{column}": {message}</source>
            <translation>Zeile {line}, Spalte "{column}": {message}</translation>
        </message>
        <message>
            <source>line {line}: {message}</source>
            <translation>Zeile {line}: {message}</translation>
        </message>
        <message>
            <source>column "{column}": {message}</source>
            <translation>Spalte "{column}": {message}</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more problems.</source>
            <translation>
                <numerusform>… und %n weiteres Problem.</numerusform>
                <numerusform>… und %n weitere Probleme.</numerusform>
            </translation>
        </message>
        <message>
            <source>{format}: {teachers}, {students}, {classes}, {enrollments}</source>
            <translation>{format}: {teachers}, {students}, {classes}, {enrollments}</translation>
        </message>
        <message numerus="yes">
            <source>%n teachers</source>
            <translation>
                <numerusform>%n Lehrkraft</numerusform>
                <numerusform>%n Lehrkräfte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n Schüler</numerusform>
                <numerusform>%n Schüler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes</source>
            <translation>
                <numerusform>%n Klasse</numerusform>
                <numerusform>%n Klassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrollments</source>
            <translation>
                <numerusform>%n Einschreibung</numerusform>
                <numerusform>%n Einschreibungen</numerusform>
            </translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 mit BOM</translation>
        </message>
        <message>
            <source>{kind}: {created} created, {updated} updated, {unchanged} unchanged, {withdrawn} withdrawn.</source>
            <translation>{kind}: {created} neu, {updated} geändert, {unchanged} unverändert, {withdrawn} beendet.</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems; nothing was imported.</source>
            <translation>
                <numerusform>Die Stammdaten haben %n Problem; es wurde nichts importiert.</numerusform>
                <numerusform>Die Stammdaten haben %n Probleme; es wurde nichts importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix them in the file and import it again:
{problems}</source>
            <translation>Beheben Sie sie in der Datei und importieren Sie sie erneut:
{problems}</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>the id is longer than {limit} characters.</source>
            <translation>die ID ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>the name is longer than {limit} characters.</source>
            <translation>der Name ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>the number is longer than {limit} characters.</source>
            <translation>die Nummer ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>the title is longer than {limit} characters.</source>
            <translation>der Titel ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>the identifier is longer than {limit} characters.</source>
            <translation>die Kennung ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>the value is longer than {limit} characters.</source>
            <translation>der Wert ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>the period "{period}" is longer than {limit} characters; write the period's name as the bell times name it (1, 2, P3 ...).</source>
            <translation>die Stunde "{period}" ist länger als {limit} Zeichen; schreiben Sie den Namen der Stunde so, wie ihn das Stundenraster nennt (1, 2, P3 …).</translation>
        </message>
        <message>
            <source>There is no file or folder at {path}.</source>
            <translation>Unter {path} gibt es keine Datei und keinen Ordner.</translation>
        </message>
        <message>
            <source>Check the path; a roster is a .csv file, or an export's folder or .zip.</source>
            <translation>Prüfen Sie den Pfad; Stammdaten sind eine .csv-Datei oder der Ordner bzw. die .zip-Datei eines Exports.</translation>
        </message>
        <message>
            <source>{name} is a spreadsheet, not a CSV file.</source>
            <translation>{name} ist eine Tabellenkalkulationsdatei, keine CSV-Datei.</translation>
        </message>
        <message>
            <source>Open it in the spreadsheet program and save it as "CSV UTF-8", then import that file.</source>
            <translation>Öffnen Sie sie im Tabellenkalkulationsprogramm, speichern Sie sie als "CSV UTF-8" und importieren Sie dann diese Datei.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({reason}).</source>
            <translation>{path} kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>Check that it exists and that your account may open it.</source>
            <translation>Prüfen Sie, ob es existiert und Ihr Benutzerkonto es öffnen darf.</translation>
        </message>
        <message>
            <source>{files} read past: the register keeps no schools, terms or courses.</source>
            <translation>{files} übersprungen: Das Programm speichert keine Schulen, Schulhalbjahre oder Kurse.</translation>
        </message>
        <message>
            <source>the class name is empty.</source>
            <translation>der Klassenname ist leer.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in {file}.</source>
            <translation>es gibt keinen Schüler "{id}" in {file}.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in {file}.</source>
            <translation>es gibt keine Lehrkraft "{id}" in {file}.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in {file}.</source>
            <translation>es gibt keine Klasse "{id}" in {file}.</translation>
        </message>
        <message numerus="yes">
            <source>%n classes keep the lessons of the timetable file imported for them; the roster's periods for them are not used.</source>
            <translation>
                <numerusform>%n Klasse behält die Stunden aus dem für sie importierten Stundenplan; die Stunden aus den Stammdaten werden für sie nicht verwendet.</numerusform>
                <numerusform>%n Klassen behalten die Stunden aus dem für sie importierten Stundenplan; die Stunden aus den Stammdaten werden für sie nicht verwendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster gives %n classes their periods; import the bell times (a CSV with period,start,end) for the lessons to appear.</source>
            <translation>
                <numerusform>Die Stammdaten geben %n Klasse ihre Stunden; importieren Sie das Stundenraster (eine CSV-Datei mit period,start,end), damit die Stunden erscheinen.</numerusform>
                <numerusform>Die Stammdaten geben %n Klassen ihre Stunden; importieren Sie das Stundenraster (eine CSV-Datei mit period,start,end), damit die Stunden erscheinen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The bell times have no period {period}: classes meeting in it have no lesson then until the bell times name it.</source>
            <translation>Das Stundenraster hat keine Stunde {period}: Klassen, die in dieser Stunde Unterricht haben, haben dann keine Stunde, bis das Stundenraster sie nennt.</translation>
        </message>
        <message>
            <source>The bell times have no period {periods}: classes meeting in them have no lesson then until the bell times name them.</source>
            <translation>Das Stundenraster hat keine Stunden {periods}: Klassen, die in diesen Stunden Unterricht haben, haben dann keine Stunde, bis das Stundenraster sie nennt.</translation>
        </message>
    </context>
    <context>
        <name>School</name>
        <message>
            <source>J cannot be a code's key: in the register it moves down.</source>
            <translation>J kann nicht die Taste eines Eintrags sein: In der Anwesenheitsliste geht es damit nach unten.</translation>
        </message>
        <message>
            <source>K cannot be a code's key: in the register it moves up.</source>
            <translation>K kann nicht die Taste eines Eintrags sein: In der Anwesenheitsliste geht es damit nach oben.</translation>
        </message>
        <message>
            <source>N cannot be a code's key: in the register it opens the note.</source>
            <translation>N kann nicht die Taste eines Eintrags sein: In der Anwesenheitsliste öffnet sie die Bemerkung.</translation>
        </message>
        <message>
            <source>The code “{label}” was removed on another computer meanwhile.</source>
            <translation>Der Eintrag „{label}“ wurde inzwischen an einem anderen Computer entfernt.</translation>
        </message>
        <message>
            <source>Close Settings and open it again to see the current codes.</source>
            <translation>Schließen Sie die Einstellungen und öffnen Sie sie erneut, um die aktuellen Einträge zu sehen.</translation>
        </message>
        <message>
            <source>A code's key is one letter, A to Z.</source>
            <translation>Die Taste eines Eintrags ist ein Buchstabe von A bis Z.</translation>
        </message>
        <message>
            <source>The key {key} is already used by “{label}”. Give that code another key first.</source>
            <translation>Die Taste {key} gehört schon zu „{label}“. Geben Sie diesem Eintrag zuerst eine andere Taste.</translation>
        </message>
        <message>
            <source>The key {key} is already used by “{label}” (not in use, but its key is still taken). Give that code another key first.</source>
            <translation>Die Taste {key} gehört schon zu „{label}“ (nicht aktiv, aber die Taste bleibt belegt). Geben Sie diesem Eintrag zuerst eine andere Taste.</translation>
        </message>
        <message>
            <source>A code needs a short code (up to 8 characters), for example P or SICK.</source>
            <translation>Ein Eintrag braucht ein Kürzel (bis zu 8 Zeichen), zum Beispiel A oder KRANK.</translation>
        </message>
        <message>
            <source>A short code has at most 8 characters.</source>
            <translation>Ein Kürzel hat höchstens 8 Zeichen.</translation>
        </message>
        <message>
            <source>The short code {code} is already used by “{label}”.</source>
            <translation>Das Kürzel {code} gehört schon zu „{label}“.</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>Zeile {number}</translation>
        </message>
        <message>
            <source>The code in row {number} needs a label, for example Present.</source>
            <translation>Der Eintrag in Zeile {number} braucht eine Bezeichnung, zum Beispiel Anwesend.</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <source>{name}: choose what the code means (present, late, absent...).</source>
            <translation>{name}: Wählen Sie, was der Eintrag bedeutet (anwesend, verspätet, fehlt …).</translation>
        </message>
        <message>
            <source>{name}: the colour must look like #2E7D32.</source>
            <translation>{name}: Die Farbe muss so aussehen: #2E7D32.</translation>
        </message>
        <message>
            <source>At least one code in use must mean Present, for the register to work.</source>
            <translation>Mindestens ein aktiver Eintrag muss Anwesend bedeuten, damit die Anwesenheitsliste funktioniert.</translation>
        </message>
    </context>
    <context>
        <name>SchoolDay</name>
        <message>
            <source>The bell times already match the file: nothing was changed.</source>
            <translation>Das Stundenraster stimmt bereits mit der Datei überein: Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The lessons of the timetable already match the file: nothing was changed.</source>
            <translation>Die Stunden des Stundenplans stimmen bereits mit der Datei überein: Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The non-school days already match the file: nothing was changed.</source>
            <translation>Die unterrichtsfreien Tage stimmen bereits mit der Datei überein: Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The terms already match the file: nothing was changed.</source>
            <translation>Die Schulhalbjahre stimmen bereits mit der Datei überein: Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>{what}: {added} added, {removed} removed, {kept} unchanged.</source>
            <translation>{what}: {added} hinzugefügt, {removed} entfernt, {kept} unverändert.</translation>
        </message>
        <message>
            <source>Bell times</source>
            <translation>Stundenraster</translation>
        </message>
        <message>
            <source>The timetable's lessons</source>
            <translation>Die Stunden des Stundenplans</translation>
        </message>
        <message>
            <source>Non-school days</source>
            <translation>Unterrichtsfreie Tage</translation>
        </message>
        <message>
            <source>there is no class called "{name}" in the register; import the roster first, or write the class as the roster names it.</source>
            <translation>es gibt keine Klasse namens „{name}“; importieren Sie zuerst die Stammdaten oder schreiben Sie die Klasse so, wie die Stammdaten sie nennen.</translation>
        </message>
        <message numerus="yes">
            <source>there are %n classes called "{name}" in the register; write the class as the roster names it, or its roster id.</source>
            <translation>
                <numerusform>es gibt %n Klasse namens „{name}“; schreiben Sie die Klasse so, wie die Stammdaten sie nennen, oder ihre Kennung.</numerusform>
                <numerusform>es gibt %n Klassen namens „{name}“; schreiben Sie die Klasse so, wie die Stammdaten sie nennen, oder ihre Kennung.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no teacher called "{name}"; write the name, e-mail or roster id as the roster has it, or leave it empty for the class teacher.</source>
            <translation>es gibt keine Lehrkraft namens „{name}“; schreiben Sie Namen, E-Mail-Adresse oder Kennung wie in den Stammdaten, oder lassen Sie das Feld leer für die Lehrkraft der Klasse.</translation>
        </message>
        <message numerus="yes">
            <source>there are %n teachers called "{name}"; write the e-mail or roster id as the roster has it, or leave it empty for the class teacher.</source>
            <translation>
                <numerusform>es gibt %n Lehrkraft namens „{name}“; schreiben Sie E-Mail-Adresse oder Kennung wie in den Stammdaten, oder lassen Sie das Feld leer für die Lehrkraft der Klasse.</numerusform>
                <numerusform>es gibt %n Lehrkräfte namens „{name}“; schreiben Sie E-Mail-Adresse oder Kennung wie in den Stammdaten, oder lassen Sie das Feld leer für die Lehrkraft der Klasse.</numerusform>
            </translation>
        </message>
        <message>
            <source>period {period} has no bell times yet: its lessons appear once the bell times are imported.</source>
            <translation>die {period}. Stunde hat noch keine Zeiten: Ihre Stunden erscheinen, sobald das Stundenraster importiert ist.</translation>
        </message>
        <message>
            <source>{name} ({dates}) overlaps {other} ({other_dates}); remove one of them on the School day page, or correct the file.</source>
            <translation>{name} ({dates}) überschneidet sich mit {other} ({other_dates}); entfernen Sie eines davon auf der Seite „Schultag“ oder korrigieren Sie die Datei.</translation>
        </message>
        <message>
            <source>this file holds {kind}, not {expected}. Choose a file of {expected}, or use File &gt; Import timetable for this one.</source>
            <translation>diese Datei enthält {kind}, nicht {expected}. Wählen Sie eine Datei mit {expected} oder verwenden Sie für diese Datei „Datei &gt; Stundenplan importieren“.</translation>
        </message>
        <message>
            <source>the period has no name; write 1, 2, 3... or Reg.</source>
            <translation>die Stunde hat keinen Namen; schreiben Sie 1, 2, 3 … oder Reg.</translation>
        </message>
        <message>
            <source>it ends at {end}, before it starts at {start}.</source>
            <translation>sie endet um {end}, bevor sie um {start} beginnt.</translation>
        </message>
        <message>
            <source>{days} is for week A or B only; turn on the Week A / Week B rotation, or write the days without A- or B-.</source>
            <translation>{days} gilt nur für Woche A oder B; schalten Sie den Wechsel von Woche A und B ein oder schreiben Sie die Tage ohne A- oder B-.</translation>
        </message>
        <message>
            <source>Bell times, row {row} (period {period})</source>
            <translation>Stundenraster, Zeile {row} ({period}. Stunde)</translation>
        </message>
        <message>
            <source>Bell times, row {row}</source>
            <translation>Stundenraster, Zeile {row}</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>Non-school days, row {row}: give it a name, such as Half term or INSET day.</source>
            <translation>Unterrichtsfreie Tage, Zeile {row}: Geben Sie einen Namen an, etwa Herbstferien oder Pädagogischer Tag.</translation>
        </message>
        <message>
            <source>Non-school days, row {row} ({name}): it ends on {last}, before it starts on {first}.</source>
            <translation>Unterrichtsfreie Tage, Zeile {row} ({name}): Sie enden am {last}, bevor sie am {first} beginnen.</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>Terms, row {row}: give it a name, such as Autumn term.</source>
            <translation>Schulhalbjahre, Zeile {row}: Geben Sie einen Namen an, etwa 1. Halbjahr.</translation>
        </message>
        <message>
            <source>Terms, row {row} ({name}): it ends on {last}, before it starts on {first}.</source>
            <translation>Schulhalbjahre, Zeile {row} ({name}): Es endet am {last}, bevor es am {first} beginnt.</translation>
        </message>
        <message>
            <source>Terms, row {row} ({name}): it overlaps row {other_row} ({other}), which runs {dates}.</source>
            <translation>Schulhalbjahre, Zeile {row} ({name}): Es überschneidet sich mit Zeile {other_row} ({other}), die {dates} dauert.</translation>
        </message>
        <message>
            <source>Give it a name, such as Half term or INSET day.</source>
            <translation>Geben Sie einen Namen an, etwa Herbstferien oder Pädagogischer Tag.</translation>
        </message>
        <message>
            <source>It ends on {last}, before it starts on {first}.</source>
            <translation>Der Zeitraum endet am {last}, bevor er am {first} beginnt.</translation>
        </message>
        <message>
            <source>{name} from {first} is in the list already.</source>
            <translation>{name} ab {first} steht bereits in der Liste.</translation>
        </message>
        <message>
            <source>Give the term a name, such as Autumn term.</source>
            <translation>Geben Sie dem Schulhalbjahr einen Namen, etwa 1. Halbjahr.</translation>
        </message>
        <message>
            <source>This term ends on {last}, before it starts on {first}.</source>
            <translation>Dieses Schulhalbjahr endet am {last}, bevor es am {first} beginnt.</translation>
        </message>
        <message>
            <source>This term overlaps {other}, which runs {dates}.</source>
            <translation>Dieses Schulhalbjahr überschneidet sich mit {other} ({dates}).</translation>
        </message>
        <message>
            <source>between {earlier} and {later}</source>
            <translation>zwischen {earlier} und {later}</translation>
        </message>
        <message>
            <source>before {term} starts</source>
            <translation>vor Beginn von {term}</translation>
        </message>
        <message>
            <source>after {term}, the last term set</source>
            <translation>nach {term}, dem letzten eingetragenen Schulhalbjahr</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message numerus="yes">
            <source>{name}: {first} to {last}, %n days</source>
            <translation>
                <numerusform>{name}: {first} bis {last}, %n Tag</numerusform>
                <numerusform>{name}: {first} bis {last}, %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Holidays and terms</source>
            <translation>Ferien und Schulhalbjahre</translation>
        </message>
        <message>
            <source>Holidays and closure days</source>
            <translation>Ferien und Schließtage</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Schulhalbjahre</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Stunde</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>The period's name as the timetable writes it: 1, 2, 3 or Reg</source>
            <translation>Der Name der Stunde, wie ihn der Stundenplan schreibt: 1, 2, 3 oder Reg</translation>
        </message>
        <message>
            <source>When it starts, as 08:50</source>
            <translation>Wann sie beginnt, etwa 08:50</translation>
        </message>
        <message>
            <source>When it ends, as 09:45</source>
            <translation>Wann sie endet, etwa 09:45</translation>
        </message>
        <message>
            <source>Mon-Fri, Wed, Mon,Tue,Thu; A-Mon or B-Fri on a two-week timetable</source>
            <translation>Mon-Fri, Wed, Mon,Tue,Thu; A-Mon oder B-Fri bei einem Zwei-Wochen-Stundenplan (englische Tageskürzel)</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>QLocale date pattern: short weekday, day, month, year</comment>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <source>d</source>
            <comment>QLocale date pattern: the first day of a range</comment>
            <translation>d.</translation>
        </message>
        <message>
            <source>{first}–{last}</source>
            <comment>a range of days in one month</comment>
            <translation>{first}–{last}</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>QLocale date pattern: the first day of a range, with its month</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>Add period</source>
            <translation>Stunde hinzufügen</translation>
        </message>
        <message>
            <source>Import bell times…</source>
            <translation>Stundenraster importieren …</translation>
        </message>
        <message>
            <source>A CSV file with the columns period, start, end and optionally days</source>
            <translation>Eine CSV-Datei mit den Spalten period, start, end und wahlweise days</translation>
        </message>
        <message>
            <source>Double-click a cell to change it. Days: Mon-Fri, Wed or Mon,Tue,Thu; A-Mon or B-Fri on a two-week timetable.</source>
            <translation>Doppelklicken Sie auf eine Zelle, um sie zu ändern. Tage (englische Kürzel): Mon-Fri, Wed oder Mon,Tue,Thu; A-Mon oder B-Fri bei einem Zwei-Wochen-Stundenplan.</translation>
        </message>
        <message>
            <source>Week A and Week B alternate</source>
            <translation>Woche A und Woche B wechseln sich ab</translation>
        </message>
        <message>
            <source>A Monday of Week A</source>
            <translation>Ein Montag der Woche A</translation>
        </message>
        <message>
            <source>Week A includes:</source>
            <translation>Woche A enthält:</translation>
        </message>
        <message>
            <source>Two-week timetable</source>
            <translation>Zwei-Wochen-Stundenplan</translation>
        </message>
        <message>
            <source>No lessons on these days. Your authority's term-dates calendar (.ics) has them.</source>
            <translation>An diesen Tagen findet kein Unterricht statt. Der Ferienkalender (.ics) Ihres Schulträgers enthält sie.</translation>
        </message>
        <message>
            <source>Add days closed:</source>
            <translation>Schließtage hinzufügen:</translation>
        </message>
        <message>
            <source>First day closed</source>
            <translation>Erster geschlossener Tag</translation>
        </message>
        <message>
            <source>Last day closed</source>
            <translation>Letzter geschlossener Tag</translation>
        </message>
        <message>
            <source>Name of the holiday</source>
            <translation>Name der Ferien</translation>
        </message>
        <message>
            <source>Name, such as Half term</source>
            <translation>Name, etwa Herbstferien</translation>
        </message>
        <message>
            <source>Import holidays…</source>
            <translation>Ferien importieren …</translation>
        </message>
        <message>
            <source>An iCalendar (.ics) file of all-day events, such as your authority's term dates</source>
            <translation>Eine iCalendar-Datei (.ics) mit ganztägigen Terminen, etwa der Ferienkalender Ihres Schulträgers</translation>
        </message>
        <message>
            <source>With terms listed, days outside every term have no lessons. Leave the list empty to use the holidays alone.</source>
            <translation>Sind Schulhalbjahre eingetragen, gibt es an Tagen außerhalb aller Schulhalbjahre keinen Unterricht. Lassen Sie die Liste leer, um nur die Ferien zu verwenden.</translation>
        </message>
        <message>
            <source>Add a term:</source>
            <translation>Schulhalbjahr hinzufügen:</translation>
        </message>
        <message>
            <source>First day of the term</source>
            <translation>Erster Tag des Schulhalbjahrs</translation>
        </message>
        <message>
            <source>Last day of the term</source>
            <translation>Letzter Tag des Schulhalbjahrs</translation>
        </message>
        <message>
            <source>Name of the term</source>
            <translation>Name des Schulhalbjahrs</translation>
        </message>
        <message>
            <source>Name, such as Autumn term</source>
            <translation>Name, etwa 1. Halbjahr</translation>
        </message>
        <message>
            <source>Import terms…</source>
            <translation>Schulhalbjahre importieren …</translation>
        </message>
        <message>
            <source>An iCalendar (.ics) file with one all-day event for each term</source>
            <translation>Eine iCalendar-Datei (.ics) mit einem ganztägigen Termin je Schulhalbjahr</translation>
        </message>
        <message>
            <source>Every week has the same timetable.</source>
            <translation>Jede Woche hat denselben Stundenplan.</translation>
        </message>
        <message>
            <source>This week (from {monday}) is Week {week}.</source>
            <translation>Diese Woche (ab {monday}) ist Woche {week}.</translation>
        </message>
        <message>
            <source>Loading what was imported…</source>
            <translation>Das Importierte wird geladen …</translation>
        </message>
        <message>
            <source>The school day could not be read again; the details are in the log.</source>
            <translation>Der Schultag konnte nicht erneut gelesen werden; die Einzelheiten stehen im Protokoll.</translation>
        </message>
        <message>
            <source>bell times</source>
            <translation>ein Stundenraster</translation>
        </message>
        <message>
            <source>a timetable</source>
            <translation>einen Stundenplan</translation>
        </message>
        <message>
            <source>lessons from a calendar</source>
            <translation>Stunden aus einem Kalender</translation>
        </message>
        <message>
            <source>non-school days</source>
            <translation>unterrichtsfreie Tage</translation>
        </message>
        <message>
            <source>terms</source>
            <translation>Schulhalbjahre</translation>
        </message>
        <message numerus="yes">
            <source>bell times, %n periods</source>
            <translation>
                <numerusform>Stundenraster, %n Stunde</numerusform>
                <numerusform>Stundenraster, %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a timetable, %n lessons a week</source>
            <translation>
                <numerusform>ein Stundenplan, %n Stunde pro Woche</numerusform>
                <numerusform>ein Stundenplan, %n Stunden pro Woche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lessons from a calendar, %n weekly lessons</source>
            <translation>
                <numerusform>Stunden aus einem Kalender, %n wöchentliche Stunde</numerusform>
                <numerusform>Stunden aus einem Kalender, %n wöchentliche Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>non-school days, %n non-school days or holidays</source>
            <translation>
                <numerusform>unterrichtsfreie Tage, %n unterrichtsfreier Tag oder Ferienzeit</numerusform>
                <numerusform>unterrichtsfreie Tage, %n unterrichtsfreie Tage oder Ferienzeiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>terms, %n terms</source>
            <translation>
                <numerusform>Schulhalbjahre, %n Schulhalbjahr</numerusform>
                <numerusform>Schulhalbjahre, %n Schulhalbjahre</numerusform>
            </translation>
        </message>
        <message>
            <source>not recognised</source>
            <translation>nicht erkannt</translation>
        </message>
        <message>
            <source>{file}: {what}</source>
            <translation>{file}: {what}</translation>
        </message>
        <message>
            <source>the file is {size} MB; a timetable is far smaller: is this the right file?</source>
            <translation>die Datei ist {size} MB groß; ein Stundenplan ist viel kleiner: Ist das die richtige Datei?</translation>
        </message>
        <message>
            <source>the file cannot be read ({error}).</source>
            <translation>die Datei kann nicht gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>this is neither bell times (columns period, start, end and optionally days) nor a timetable (columns class, day, period, room, teacher).</source>
            <translation>das ist weder ein Stundenraster (Spalten period, start, end und wahlweise days) noch ein Stundenplan (Spalten class, day, period, room, teacher).</translation>
        </message>
        <message>
            <source>the period is empty.</source>
            <translation>die Stunde ist leer.</translation>
        </message>
        <message>
            <source>period {period} ends before it starts.</source>
            <translation>die {period}. Stunde endet, bevor sie beginnt.</translation>
        </message>
        <message>
            <source>period {period} is given twice for {day} (also on row {n}).</source>
            <translation>die {period}. Stunde steht zweimal für {day} (auch in Zeile {n}).</translation>
        </message>
        <message>
            <source>on {day}, period {period} starts before period {other} ends (row {n}).</source>
            <translation>am {day} beginnt die {period}. Stunde, bevor die {other}. Stunde endet (Zeile {n}).</translation>
        </message>
        <message>
            <source>period {period} is given twice for {day} (also on line {n}).</source>
            <translation>die {period}. Stunde steht zweimal für {day} (auch in Zeile {n}).</translation>
        </message>
        <message>
            <source>on {day}, period {period} starts before period {other} ends (line {n}).</source>
            <translation>am {day} beginnt die {period}. Stunde, bevor die {other}. Stunde endet (Zeile {n}).</translation>
        </message>
        <message>
            <source>a timetable needs a period column, or start and end columns.</source>
            <translation>ein Stundenplan braucht eine Spalte period oder die Spalten start und end.</translation>
        </message>
        <message>
            <source>the class is empty.</source>
            <translation>die Klasse ist leer.</translation>
        </message>
        <message>
            <source>the lesson ends before it starts.</source>
            <translation>die Stunde endet, bevor sie beginnt.</translation>
        </message>
        <message>
            <source>the calendar file cannot be read ({error}).</source>
            <translation>die Kalenderdatei kann nicht gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>the calendar holds no events.</source>
            <translation>der Kalender enthält keine Termine.</translation>
        </message>
        <message>
            <source>the calendar mixes {all_day} all-day events (holidays) with {timed} timed events (lessons); import them as two files.</source>
            <translation>der Kalender mischt {all_day} ganztägige Termine (Ferien) mit {timed} Terminen mit Uhrzeit (Stunden); importieren Sie sie als zwei Dateien.</translation>
        </message>
        <message>
            <source>School closed</source>
            <translation>Schule geschlossen</translation>
        </message>
        <message>
            <source>event {number} ("{summary}")</source>
            <translation>Termin {number} („{summary}“)</translation>
        </message>
        <message>
            <source>event {number}</source>
            <translation>Termin {number}</translation>
        </message>
        <message>
            <source>the event has no summary naming its class.</source>
            <translation>der Termin hat keinen Titel, der seine Klasse nennt.</translation>
        </message>
        <message>
            <source>only weekly lessons can be imported (FREQ=WEEKLY).</source>
            <translation>nur wöchentliche Stunden können importiert werden (FREQ=WEEKLY).</translation>
        </message>
        <message>
            <source>"{text}" is not a day of the week; write Mon, Tue, Wed, Thu or Fri.</source>
            <translation>„{text}“ ist kein Wochentag; schreiben Sie Mon, Tue, Wed, Thu oder Fri.</translation>
        </message>
        <message>
            <source>"{text}" is not a day; write Mon..Fri, or A-Mon..B-Fri on a rotation.</source>
            <translation>„{text}“ ist kein Tag; schreiben Sie Mon..Fri oder bei Wochenwechsel A-Mon..B-Fri.</translation>
        </message>
        <message>
            <source>"{text}": the first day comes after the last.</source>
            <translation>„{text}“: Der erste Tag liegt nach dem letzten.</translation>
        </message>
        <message>
            <source>"{text}" is not a time of day; write it as 08:50.</source>
            <translation>„{text}“ ist keine Uhrzeit; schreiben Sie sie wie 08:50.</translation>
        </message>
        <message>
            <source>Timetable files (*.csv *.ics *.txt);;All files (*)</source>
            <translation>Stundenplandateien (*.csv *.ics *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Bell times (*.csv *.txt);;All files (*)</source>
            <translation>Stundenraster (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Calendars (*.ics);;All files (*)</source>
            <translation>Kalender (*.ics);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Bell times&lt;/b&gt;: a CSV file with the columns &lt;i&gt;period, start, end&lt;/i&gt; and, when some days differ, &lt;i&gt;days&lt;/i&gt; (Mon-Fri, Wed, A-Mon...).&lt;br&gt;&lt;b&gt;A timetable&lt;/b&gt;: a CSV file with &lt;i&gt;class, day, period, room, teacher&lt;/i&gt; (day Mon..Fri, or A-Mon..B-Fri on a two-week rotation; &lt;i&gt;start, end&lt;/i&gt; may stand for the period), or an iCalendar (.ics) export of weekly lessons.&lt;br&gt;&lt;b&gt;Holidays and closure days&lt;/b&gt;: an iCalendar (.ics) file of all-day events, as education authorities publish term dates.&lt;br&gt;&lt;br&gt;The kind of file is recognised from what it holds. Nothing is written until you press &lt;b&gt;Import&lt;/b&gt;; an import is all or nothing. Bell times and a timetable replace the ones there; holidays are added to those already known. Lessons already registered never move.</source>
            <translation>&lt;b&gt;Stundenraster&lt;/b&gt;: eine CSV-Datei mit den Spalten &lt;i&gt;period, start, end&lt;/i&gt; und, wenn sich Tage unterscheiden, &lt;i&gt;days&lt;/i&gt; (Mon-Fri, Wed, A-Mon …; englische Tageskürzel).&lt;br&gt;&lt;b&gt;Ein Stundenplan&lt;/b&gt;: eine CSV-Datei mit &lt;i&gt;class, day, period, room, teacher&lt;/i&gt; (day Mon..Fri oder bei Wochenwechsel A-Mon..B-Fri; &lt;i&gt;start, end&lt;/i&gt; können die Stunde ersetzen) oder ein iCalendar-Export (.ics) wöchentlicher Stunden.&lt;br&gt;&lt;b&gt;Ferien und Schließtage&lt;/b&gt;: eine iCalendar-Datei (.ics) mit ganztägigen Terminen, wie Schulträger ihre Ferientermine veröffentlichen.&lt;br&gt;&lt;br&gt;Die Art der Datei wird an ihrem Inhalt erkannt. Nichts wird geschrieben, bevor Sie &lt;b&gt;Importieren&lt;/b&gt; drücken; ein Import geschieht ganz oder gar nicht. Stundenraster und Stundenplan ersetzen die vorhandenen; Ferien kommen zu den bekannten hinzu. Stunden mit erfasster Anwesenheit werden nie verschoben.</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Weekly lessons</source>
            <translation>Wöchentliche Stunden</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Not in the register yet: will be added</source>
            <translation>Noch nicht vorhanden: wird hinzugefügt</translation>
        </message>
        <message>
            <source>The same period, or the same class on the same day, with new times, room or teacher</source>
            <translation>Dieselbe Stunde oder dieselbe Klasse am selben Tag, mit neuen Zeiten, neuem Raum oder neuer Lehrkraft</translation>
        </message>
        <message>
            <source>In the register but not in the file: future lessons made from it go; lessons already registered stay</source>
            <translation>Vorhanden, aber nicht in der Datei: Künftige Stunden daraus entfallen; Stunden mit erfasster Anwesenheit bleiben</translation>
        </message>
        <message>
            <source>Already in the register exactly as in this file</source>
            <translation>Bereits genau so vorhanden wie in dieser Datei</translation>
        </message>
        <message numerus="yes">
            <source>{file} holds bell times: %n periods.</source>
            <translation>
                <numerusform>{file} enthält ein Stundenraster: %n Stunde.</numerusform>
                <numerusform>{file} enthält ein Stundenraster: %n Stunden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds a timetable: %n lessons a week.</source>
            <translation>
                <numerusform>{file} enthält einen Stundenplan: %n Stunde pro Woche.</numerusform>
                <numerusform>{file} enthält einen Stundenplan: %n Stunden pro Woche.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds lessons from a calendar: %n weekly lessons.</source>
            <translation>
                <numerusform>{file} enthält Stunden aus einem Kalender: %n wöchentliche Stunde.</numerusform>
                <numerusform>{file} enthält Stunden aus einem Kalender: %n wöchentliche Stunden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds non-school days: %n holidays or closure days.</source>
            <translation>
                <numerusform>{file} enthält unterrichtsfreie Tage: %n Ferienzeit oder Schließtag.</numerusform>
                <numerusform>{file} enthält unterrichtsfreie Tage: %n Ferienzeiten oder Schließtage.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds terms: %n terms.</source>
            <translation>
                <numerusform>{file} enthält Schulhalbjahre: %n Schulhalbjahr.</numerusform>
                <numerusform>{file} enthält Schulhalbjahre: %n Schulhalbjahre.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} holds nothing that can be imported.</source>
            <translation>{file} enthält nichts, was importiert werden kann.</translation>
        </message>
        <message>
            <source>period {period}</source>
            <translation>{period}. Stunde</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Lehrkraft</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the bell times:</source>
            <translation>Importiert. Diese Änderungen wurden am Stundenraster vorgenommen:</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the timetable:</source>
            <translation>Importiert. Diese Änderungen wurden am Stundenplan vorgenommen:</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the non-school days:</source>
            <translation>Importiert. Diese Änderungen wurden an den unterrichtsfreien Tagen vorgenommen:</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the terms:</source>
            <translation>Importiert. Diese Änderungen wurden an den Schulhalbjahren vorgenommen:</translation>
        </message>
        <message>
            <source>Importing this file would change the bell times:</source>
            <translation>Der Import dieser Datei würde das Stundenraster so ändern:</translation>
        </message>
        <message>
            <source>Importing this file would change the timetable:</source>
            <translation>Der Import dieser Datei würde den Stundenplan so ändern:</translation>
        </message>
        <message>
            <source>Importing this file would change the non-school days:</source>
            <translation>Der Import dieser Datei würde die unterrichtsfreien Tage so ändern:</translation>
        </message>
        <message>
            <source>Importing this file would change the terms:</source>
            <translation>Der Import dieser Datei würde die Schulhalbjahre so ändern:</translation>
        </message>
        <message>
            <source>Import bell times</source>
            <translation>Stundenraster importieren</translation>
        </message>
        <message>
            <source>Import holidays and closure days</source>
            <translation>Ferien und Schließtage importieren</translation>
        </message>
        <message>
            <source>Import terms</source>
            <translation>Schulhalbjahre importieren</translation>
        </message>
        <message>
            <source>Import timetable</source>
            <translation>Stundenplan importieren</translation>
        </message>
        <message>
            <source>Bring in the times of the school day's periods from a CSV file.</source>
            <translation>Übernehmen Sie die Zeiten der Unterrichtsstunden aus einer CSV-Datei.</translation>
        </message>
        <message>
            <source>Bring in holidays and closure days from an iCalendar (.ics) file, such as your education authority's term dates.</source>
            <translation>Übernehmen Sie Ferien und Schließtage aus einer iCalendar-Datei (.ics), etwa dem Ferienkalender Ihres Schulträgers.</translation>
        </message>
        <message>
            <source>Bring in the terms from an iCalendar (.ics) file with one all-day event for each term, such as your education authority's term dates.</source>
            <translation>Übernehmen Sie die Schulhalbjahre aus einer iCalendar-Datei (.ics) mit einem ganztägigen Termin je Schulhalbjahr, etwa vom Schulträger.</translation>
        </message>
        <message>
            <source>Bring in bell times, the weekly timetable, or holidays from a file your school's information system or education authority exports.</source>
            <translation>Übernehmen Sie Stundenraster, Wochenstundenplan oder Ferien aus einer Datei, die Ihr Schulverwaltungsprogramm oder Ihr Schulträger exportiert.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Zu importierende Datei</translation>
        </message>
        <message>
            <source>A .ics file</source>
            <translation>Eine .ics-Datei</translation>
        </message>
        <message>
            <source>A .csv or .ics file</source>
            <translation>Eine .csv- oder .ics-Datei</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei auswählen …</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>What the import changes</source>
            <translation>Was der Import ändert</translation>
        </message>
        <message>
            <source>In the file:</source>
            <translation>In der Datei:</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Was die Datei enthält</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Probleme in der Datei</translation>
        </message>
        <message>
            <source>Nothing has been written. Fix these in the file (or in your school's system and export again), then choose the file again.</source>
            <translation>Es wurde nichts geschrieben. Beheben Sie diese Probleme in der Datei (oder im Schulverwaltungsprogramm und exportieren Sie erneut) und wählen Sie die Datei dann noch einmal.</translation>
        </message>
        <message>
            <source>Copy problems</source>
            <translation>Probleme kopieren</translation>
        </message>
        <message>
            <source>Copy the list, to send to whoever keeps the file</source>
            <translation>Liste kopieren, um sie an die Person zu schicken, die die Datei pflegt</translation>
        </message>
        <message>
            <source>Reading {file} and comparing it with the register…</source>
            <translation>{file} wird gelesen und mit den vorhandenen Daten verglichen …</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The register already matches this file: there is nothing to change.</source>
            <translation>Die Daten stimmen bereits mit dieser Datei überein: Es gibt nichts zu ändern.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Nichts zu tun.</translation>
        </message>
        <message>
            <source>Press Import to write these changes, all in one go.</source>
            <translation>Drücken Sie „Importieren“, um diese Änderungen in einem Zug zu schreiben.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… und %n weitere.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings (the import can go ahead)</source>
            <translation>
                <numerusform>%n Warnung (der Import kann trotzdem erfolgen)</numerusform>
                <numerusform>%n Warnungen (der Import kann trotzdem erfolgen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problems. It cannot be imported until they are fixed.</source>
            <translation>
                <numerusform>Die Datei hat %n Problem. Sie kann erst importiert werden, wenn es behoben ist.</numerusform>
                <numerusform>Die Datei hat %n Probleme. Sie kann erst importiert werden, wenn sie behoben sind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in {file}.</source>
            <translation>
                <numerusform>Es wurde nichts importiert: %n Problem in {file}.</numerusform>
                <numerusform>Es wurde nichts importiert: %n Probleme in {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in the file.</source>
            <translation>
                <numerusform>Es wurde nichts importiert: %n Problem in der Datei.</numerusform>
                <numerusform>Es wurde nichts importiert: %n Probleme in der Datei.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} wird importiert …</translation>
        </message>
        <message>
            <source>The import failed. Nothing was imported.</source>
            <translation>Der Import ist fehlgeschlagen. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>{file} was imported. Lessons from today on follow it; registers already taken are left as they are.</source>
            <translation>{file} wurde importiert. Die Stunden ab heute richten sich danach; bereits erfasste Anwesenheitslisten bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>{what} {why}</source>
            <translation>{what} {why}</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Wählen Sie die zu importierende Datei.</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>attendance-desktop: cannot write the log file: {error}</source>
            <translation>attendance-desktop: Die Protokolldatei kann nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details are in the log file{log}.</source>
            <translation>unerwarteter Fehler ({kind}); Einzelheiten stehen in der Protokolldatei{log}.</translation>
        </message>
        <message>
            <source>self-test: passed</source>
            <translation>Selbsttest: bestanden</translation>
        </message>
        <message>
            <source>attendance-desktop: self-test failed: {reason}</source>
            <translation>attendance-desktop: Selbsttest fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>{doing}: {problem}</source>
            <comment>e.g. marking a student: the ...</comment>
            <translation>{doing}: {problem}</translation>
        </message>
        <message>
            <source> ({file})</source>
            <comment>the log file's path</comment>
            <translation> ({file})</translation>
        </message>
        <message>
            <source>it hung and was stopped after {seconds} s; details are in the log file{log}.</source>
            <translation>er hing und wurde nach {seconds} s beendet; Einzelheiten stehen in der Protokolldatei{log}.</translation>
        </message>
        <message>
            <source>self-test: {message}</source>
            <translation>Selbsttest: {message}</translation>
        </message>
        <message>
            <source>no answer within the {seconds} s allowed</source>
            <translation>keine Antwort innerhalb der erlaubten {seconds} s</translation>
        </message>
        <message>
            <source>starting Qt</source>
            <translation>Qt starten</translation>
        </message>
        <message>
            <source>attendance-desktop {version}, Qt {qt}, platform {platform}</source>
            <translation>attendance-desktop {version}, Qt {qt}, Plattform {platform}</translation>
        </message>
        <message>
            <source>a non-GUI Qt application is already running</source>
            <translation>eine Qt-Anwendung ohne Oberfläche läuft bereits</translation>
        </message>
        <message>
            <source>creating and migrating a database</source>
            <translation>Datenbank anlegen und migrieren</translation>
        </message>
        <message>
            <source>database created and migrated to revision {revision} (SQLite, temporary)</source>
            <translation>Datenbank angelegt und auf Revision {revision} migriert (SQLite, temporär)</translation>
        </message>
        <message>
            <source>reading the school's time zone</source>
            <translation>Zeitzone der Schule lesen</translation>
        </message>
        <message>
            <source>loading the demo school</source>
            <translation>Demo-Schule laden</translation>
        </message>
        <message>
            <source>the demo school has no lessons today ({date})</source>
            <translation>die Demo-Schule hat heute ({date}) keine Stunden</translation>
        </message>
        <message>
            <source>demo school loaded: {students} in {classes}, {lessons} today</source>
            <translation>Demo-Schule geladen: {students} in {classes}, heute {lessons}</translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n Schüler</numerusform>
                <numerusform>%n Schüler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes</source>
            <translation>
                <numerusform>%n Klasse</numerusform>
                <numerusform>%n Klassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>opening the main window</source>
            <translation>Hauptfenster öffnen</translation>
        </message>
        <message>
            <source>closing the main window</source>
            <translation>Hauptfenster schließen</translation>
        </message>
        <message>
            <source>opening today's first lesson</source>
            <translation>erste Stunde von heute öffnen</translation>
        </message>
        <message>
            <source>main window opened on {lesson}, {time}, {teacher}</source>
            <translation>Hauptfenster geöffnet mit {lesson}, {time}, {teacher}</translation>
        </message>
        <message>
            <source>starting the register</source>
            <translation>Anwesenheitsliste beginnen</translation>
        </message>
        <message numerus="yes">
            <source>register started: %n students</source>
            <translation>
                <numerusform>Anwesenheitsliste begonnen: %n Schüler</numerusform>
                <numerusform>Anwesenheitsliste begonnen: %n Schüler</numerusform>
            </translation>
        </message>
        <message>
            <source>today's lesson is {status} with {students} students; a demo lesson should be ready to take</source>
            <translation>die heutige Stunde ist {status} mit {students} Schülern; eine Demo-Stunde sollte zum Erfassen bereit sein</translation>
        </message>
        <message>
            <source>marking a student</source>
            <translation>Eintrag für einen Schüler setzen</translation>
        </message>
        <message>
            <source>the database has no Present code with a key</source>
            <translation>die Datenbank hat keinen Eintrag „anwesend“ mit einer Taste</translation>
        </message>
        <message>
            <source>every student is already marked</source>
            <translation>alle Schüler haben bereits einen Eintrag</translation>
        </message>
        <message>
            <source>the {key} key did not mark {name}</source>
            <translation>die Taste {key} hat keinen Eintrag für {name} gesetzt</translation>
        </message>
        <message>
            <source>saving the mark of {name}</source>
            <translation>Eintrag von {name} speichern</translation>
        </message>
        <message>
            <source>the register shows {state}</source>
            <translation>die Anwesenheitsliste zeigt {state}</translation>
        </message>
        <message>
            <source>marked {name} as {mark} with the {key} key; the register shows it saved</source>
            <translation>{name} mit der Taste {key} als {mark} eingetragen; die Anwesenheitsliste zeigt den Eintrag als gespeichert</translation>
        </message>
        <message>
            <source>reading the mark back from the database</source>
            <translation>Eintrag aus der Datenbank zurücklesen</translation>
        </message>
        <message>
            <source>attendance row {row} is not there</source>
            <translation>Anwesenheitszeile {row} fehlt</translation>
        </message>
        <message>
            <source>no mark</source>
            <translation>keinen Eintrag</translation>
        </message>
        <message>
            <source>the register showed {shown} saved, but the database has {stored} (version {version}; it was {before} before the mark)</source>
            <translation>die Anwesenheitsliste zeigte {shown} als gespeichert, aber die Datenbank hat {stored} (Version {version}; vor dem Eintrag war es {before})</translation>
        </message>
        <message>
            <source>the change history does not record the mark by {name} (found {found}, row changed by {changed_by})</source>
            <translation>der Änderungsverlauf verzeichnet den Eintrag von {name} nicht (gefunden: {found}, Zeile geändert von {changed_by})</translation>
        </message>
        <message>
            <source>the mark was read back from the database (version {version}, by {name})</source>
            <translation>der Eintrag wurde aus der Datenbank zurückgelesen (Version {version}, von {name})</translation>
        </message>
        <message>
            <source>printing the register to a PDF file</source>
            <translation>Anwesenheitsliste in eine PDF-Datei drucken</translation>
        </message>
        <message>
            <source>no complete PDF file was written ({bytes} bytes at {file})</source>
            <translation>es wurde keine vollständige PDF-Datei geschrieben ({bytes} Byte unter {file})</translation>
        </message>
        <message>
            <source>register printed to a PDF file ({size} KB)</source>
            <translation>Anwesenheitsliste in eine PDF-Datei gedruckt ({size} KB)</translation>
        </message>
        <message>
            <source>loading the app icon</source>
            <translation>Programmsymbol laden</translation>
        </message>
        <message>
            <source>Qt cannot read {file}</source>
            <translation>Qt kann {file} nicht lesen</translation>
        </message>
        <message>
            <source>app icon loaded (PNG and SVG)</source>
            <translation>Programmsymbol geladen (PNG und SVG)</translation>
        </message>
        <message>
            <source>code {number}</source>
            <translation>Code {number}</translation>
        </message>
        <message>
            <source>the student</source>
            <translation>den Schüler</translation>
        </message>
        <message>
            <source>unexpected error ({kind}: {error}); details are in the log file{log}</source>
            <translation>unerwarteter Fehler ({kind}: {error}); Einzelheiten stehen in der Protokolldatei{log}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>On a shared PostgreSQL server (several computers)</source>
            <translation>Auf einem gemeinsamen PostgreSQL-Server (mehrere Computer)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Bereiche der Einstellungen</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Attendance codes</source>
            <translation>Anwesenheitscodes</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>School day</source>
            <translation>Schultag</translation>
        </message>
        <message>
            <source>Not connected to a database. Fix the database settings and restart the app to change these.</source>
            <translation>Keine Verbindung zu einer Datenbank. Korrigieren Sie die Datenbank-Einstellungen und starten Sie die App neu, um dies zu ändern.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>The settings could not be read from the database; the details are in the log.</source>
            <translation>Die Einstellungen konnten nicht aus der Datenbank gelesen werden; die Einzelheiten stehen im Protokoll.</translation>
        </message>
        <message>
            <source>Nothing was saved to the database: {error}</source>
            <translation>Nichts wurde in der Datenbank gespeichert: {error}</translation>
        </message>
        <message>
            <source>Nothing was saved to the database because of a fault in the app; the details are in the log file.</source>
            <translation>Wegen eines Fehlers in der App wurde nichts in der Datenbank gespeichert; die Einzelheiten stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>Off (disable)</source>
            <translation>Aus (disable)</translation>
        </message>
        <message>
            <source>Only if the server insists (allow)</source>
            <translation>Nur wenn der Server darauf besteht (allow)</translation>
        </message>
        <message>
            <source>When the server offers it (prefer)</source>
            <translation>Wenn der Server es anbietet (prefer)</translation>
        </message>
        <message>
            <source>Always, certificate not checked (require)</source>
            <translation>Immer, Zertifikat ungeprüft (require)</translation>
        </message>
        <message>
            <source>Always, certificate checked (verify-ca)</source>
            <translation>Immer, Zertifikat geprüft (verify-ca)</translation>
        </message>
        <message>
            <source>Always, certificate and server name checked (verify-full)</source>
            <translation>Immer, Zertifikat und Servername geprüft (verify-full)</translation>
        </message>
        <message>
            <source>Names and marks cross the network readable by anyone on it.</source>
            <translation>Namen und Einträge gehen lesbar für alle im Netzwerk darüber.</translation>
        </message>
        <message>
            <source>Usually unencrypted: names and marks may cross the network readable.</source>
            <translation>Meist unverschlüsselt: Namen und Einträge können lesbar über das Netzwerk gehen.</translation>
        </message>
        <message>
            <source>Encrypted when the server offers it, but another computer could pretend to be the server.</source>
            <translation>Verschlüsselt, wenn der Server es anbietet, aber ein anderer Computer könnte sich als der Server ausgeben.</translation>
        </message>
        <message>
            <source>Encrypted, but another computer could pretend to be the server.</source>
            <translation>Verschlüsselt, aber ein anderer Computer könnte sich als der Server ausgeben.</translation>
        </message>
        <message>
            <source>Encrypted, to a server whose certificate the school's certificate authority signed.</source>
            <translation>Verschlüsselt, zu einem Server, dessen Zertifikat die Zertifizierungsstelle der Schule signiert hat.</translation>
        </message>
        <message>
            <source>Recommended: encrypted, to this very server, checked by its certificate.</source>
            <translation>Empfohlen: verschlüsselt, genau zu diesem Server, geprüft anhand seines Zertifikats.</translation>
        </message>
        <message>
            <source>On this computer only (a database file)</source>
            <translation>Nur auf diesem Computer (eine Datenbankdatei)</translation>
        </message>
        <message>
            <source>Where are the registers kept?</source>
            <translation>Wo werden die Anwesenheitslisten gespeichert?</translation>
        </message>
        <message>
            <source>A change here takes effect the next time attendance-desktop starts.</source>
            <translation>Eine Änderung hier wirkt beim nächsten Start von attendance-desktop.</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Datenbankdatei</translation>
        </message>
        <message>
            <source>Default: {path}</source>
            <translation>Standard: {path}</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Leave empty for the usual place. Keep the file on this computer's own disk: a shared network folder can damage it.</source>
            <translation>Leer lassen für den üblichen Ort. Speichern Sie die Datei auf der eigenen Festplatte dieses Computers: Ein freigegebener Netzwerkordner kann sie beschädigen.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>for example attendance.school.local</source>
            <translation>zum Beispiel attendance.school.local</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Name der Datenbank</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translation>PostgreSQL-Server</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Benutzername:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Verschlüsselung (TLS)</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Verschlüsselung:</translation>
        </message>
        <message>
            <source>Certificate authority file</source>
            <translation>Datei der Zertifizierungsstelle</translation>
        </message>
        <message>
            <source>Default: root.crt in the .postgresql folder of your home folder</source>
            <translation>Standard: root.crt im Ordner .postgresql Ihres Benutzerordners</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen …</translation>
        </message>
        <message>
            <source>CA certificate:</source>
            <translation>CA-Zertifikat:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>System ({language})</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Takes effect the next time the app starts.</source>
            <translation>Wirkt beim nächsten Start der App.</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Not available until the app is connected to a database.</source>
            <translation>Erst verfügbar, wenn die App mit einer Datenbank verbunden ist.</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Ergebnis des Verbindungstests</translation>
        </message>
        <message>
            <source>Enter the server's name or address, for example attendance.school.local.</source>
            <translation>Geben Sie den Namen oder die Adresse des Servers ein, zum Beispiel attendance.school.local.</translation>
        </message>
        <message>
            <source>The server's name cannot contain spaces or slashes.</source>
            <translation>Der Name des Servers darf keine Leerzeichen oder Schrägstriche enthalten.</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535 (PostgreSQL usually uses 5432).</source>
            <translation>Der Port ist eine Zahl von 1 bis 65535 (PostgreSQL verwendet meist 5432).</translation>
        </message>
        <message>
            <source>Enter the name of the database on the server, for example attendance.</source>
            <translation>Geben Sie den Namen der Datenbank auf dem Server ein, zum Beispiel attendance.</translation>
        </message>
        <message>
            <source>Enter the user name the server expects.</source>
            <translation>Geben Sie den Benutzernamen ein, den der Server erwartet.</translation>
        </message>
        <message>
            <source>The CA certificate file {path} does not exist. Choose the file IT gave you with Browse…, or clear the field.</source>
            <translation>Die CA-Zertifikatsdatei {path} existiert nicht. Wählen Sie mit „Durchsuchen …“ die Datei, die Sie von der IT erhalten haben, oder leeren Sie das Feld.</translation>
        </message>
        <message>
            <source>The password could not be saved in the system keyring, and it is never written to the settings file. Ask IT to set up a keyring for this account, or clear the password field to save the other settings.</source>
            <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden, und in die Einstellungsdatei wird es nie geschrieben. Bitten Sie die IT, für dieses Konto einen Schlüsselbund einzurichten, oder leeren Sie das Passwortfeld, um die übrigen Einstellungen zu speichern.</translation>
        </message>
        <message>
            <source>Saved in the system keyring</source>
            <translation>Im Schlüsselbund des Systems gespeichert</translation>
        </message>
        <message>
            <source>Kept in the system keyring, never in the settings file. Leave empty to keep the saved one.</source>
            <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei. Leer lassen, um das gespeicherte zu behalten.</translation>
        </message>
        <message>
            <source>Kept in the system keyring, never in the settings file.</source>
            <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
        </message>
        <message>
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Attendance database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Anwesenheitsdatenbank (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Wird getestet …</translation>
        </message>
        <message>
            <source>The connection test failed unexpectedly ({error}).</source>
            <translation>Der Verbindungstest ist unerwartet fehlgeschlagen ({error}).</translation>
        </message>
        <message>
            <source>The details are in the log file; please report it.</source>
            <translation>Die Einzelheiten stehen in der Protokolldatei; bitte melden Sie den Fehler.</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation>Was tun: {hint}</translation>
        </message>
        <message>
            <source>Give the database file's full path, or choose it with Choose….</source>
            <translation>Geben Sie den vollständigen Pfad der Datenbankdatei an oder wählen Sie sie mit „Auswählen …“.</translation>
        </message>
        <message>
            <source>{path} is a folder: add a file name, such as attendance.sqlite3.</source>
            <translation>{path} ist ein Ordner: Fügen Sie einen Dateinamen hinzu, etwa attendance.sqlite3.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <source>Add code</source>
            <translation>Code hinzufügen</translation>
        </message>
        <message>
            <source>Take out of use</source>
            <translation>Außer Gebrauch nehmen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>The marks teachers can give, in the order Space steps through them. Each has one letter to press in the register. Double-click a cell to change it. Codes used in old registers cannot be deleted, only taken out of use.</source>
            <translation>Die Einträge, die Lehrkräfte vergeben können, in der Reihenfolge, in der die Leertaste sie durchläuft. Jeder hat einen Buchstaben, den man in der Anwesenheitsliste drückt. Doppelklicken Sie auf eine Zelle, um sie zu ändern. Codes, die in alten Anwesenheitslisten vorkommen, können nicht gelöscht, nur außer Gebrauch genommen werden.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Put back in use</source>
            <translation>Wieder verwenden</translation>
        </message>
        <message>
            <source>School name</source>
            <translation>Name der Schule</translation>
        </message>
        <message>
            <source>for example Riverside Academy</source>
            <translation>zum Beispiel Gesamtschule am Fluss</translation>
        </message>
        <message>
            <source>Late after (minutes)</source>
            <translation>Verspätet nach (Minuten)</translation>
        </message>
        <message>
            <source> minutes</source>
            <comment>after a number of minutes</comment>
            <translation> Minuten</translation>
        </message>
        <message>
            <source>School name:</source>
            <translation>Name der Schule:</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Zeitzone:</translation>
        </message>
        <message>
            <source>Used for school days and reports, on every computer.</source>
            <translation>Gilt für Schultage und Berichte, auf allen Computern.</translation>
        </message>
        <message>
            <source>Grace period:</source>
            <translation>Toleranzzeit:</translation>
        </message>
        <message>
            <source>A student marked present later than this after the lesson starts is marked Late. This is the default for new classes; each class can have its own.</source>
            <translation>Wer später als diese Zeit nach Stundenbeginn als anwesend eingetragen wird, gilt als verspätet. Dies ist der Standard für neue Klassen; jede Klasse kann ihren eigenen Wert haben.</translation>
        </message>
        <message>
            <source>These settings are shared by every computer using this database.</source>
            <translation>Diese Einstellungen gelten für alle Computer, die diese Datenbank verwenden.</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone this computer knows. Pick one from the list, for example Europe/London or America/New_York.</source>
            <translation>„{zone}“ ist keine Zeitzone, die dieser Computer kennt. Wählen Sie eine aus der Liste, zum Beispiel Europe/Berlin oder America/New_York.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>This computer's time zone</source>
            <translation>Zeitzone dieses Computers</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>teacher</source>
            <translation>Lehrkraft</translation>
        </message>
        <message>
            <source>office</source>
            <translation>Sekretariat</translation>
        </message>
        <message>
            <source>database owner</source>
            <translation>Eigentümer der Datenbank</translation>
        </message>
        <message>
            <source>Signed in as {name} ({kind})</source>
            <translation>Angemeldet als {name} ({kind})</translation>
        </message>
        <message>
            <source>The login name or password is not right.</source>
            <translation>Anmeldename oder Passwort stimmt nicht.</translation>
        </message>
        <message>
            <source>This server wants a password.</source>
            <translation>Dieser Server verlangt ein Passwort.</translation>
        </message>
        <message>
            <source>This login is switched off.</source>
            <translation>Diese Anmeldung ist gesperrt.</translation>
        </message>
        <message>
            <source>The login name is not this computer's user.</source>
            <translation>Der Anmeldename ist nicht der Benutzer dieses Computers.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's Windows or Kerberos sign-in.</source>
            <translation>Der Server hat die Windows- oder Kerberos-Anmeldung dieses Computers nicht angenommen.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's Windows sign-in.</source>
            <translation>Der Server hat die Windows-Anmeldung dieses Computers nicht angenommen.</translation>
        </message>
        <message>
            <source>There is no such login on the server.</source>
            <translation>Diese Anmeldung gibt es auf dem Server nicht.</translation>
        </message>
        <message>
            <source>The server does not let this login in from this computer.</source>
            <translation>Der Server lässt diese Anmeldung von diesem Computer aus nicht zu.</translation>
        </message>
        <message>
            <source>Check the login name and password and try again (passwords are case-sensitive). Forgotten it? Ask IT to reset it.</source>
            <translation>Prüfen Sie Anmeldename und Passwort und versuchen Sie es erneut (bei Passwörtern zählt Groß- und Kleinschreibung). Vergessen? Bitten Sie die IT, es zurückzusetzen.</translation>
        </message>
        <message>
            <source>The login “{login}” is not one of this school's staff logins.</source>
            <translation>Die Anmeldung „{login}“ gehört zu keinem Mitglied des Personals dieser Schule.</translation>
        </message>
        <message>
            <source>Ask IT to run `attendance-desktop staff sync` after importing the roster.</source>
            <translation>Bitten Sie die IT, nach dem Import der Stammdaten `attendance-desktop staff sync` auszuführen.</translation>
        </message>
        <message>
            <source>Sign in — Attendance register</source>
            <translation>Anmelden — Anwesenheitsliste</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>to the attendance register on {server}.</source>
            <translation>bei der Anwesenheitsliste auf {server}.</translation>
        </message>
        <message>
            <source>as IT gave it to you, e.g. att_jsmith</source>
            <translation>wie von der IT vergeben, z. B. att_jsmith</translation>
        </message>
        <message>
            <source>&amp;Remember on this PC</source>
            <translation>Auf diesem PC &amp;merken</translation>
        </message>
        <message>
            <source>Only on a computer that is yours alone: the password goes into this computer's keyring, and the register opens without asking next time.</source>
            <translation>Nur auf einem Computer, den Sie allein nutzen: Das Passwort kommt in den Schlüsselbund dieses Computers, und die Anwesenheitsliste öffnet sich beim nächsten Mal ohne Nachfrage.</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>&amp;Anmeldename:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>Anmel&amp;den</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Type your login name.</source>
            <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <source>Signing in failed because of a fault in the app; it has been reported.</source>
            <translation>Die Anmeldung ist wegen eines Fehlers in der App gescheitert; er wurde gemeldet.</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Staff logins exist only on a shared PostgreSQL server.</source>
            <translation>Anmeldungen für das Personal gibt es nur auf einem gemeinsamen PostgreSQL-Server.</translation>
        </message>
        <message>
            <source>On a single PC (SQLite) the teacher picker is the way in.</source>
            <translation>Auf einem einzelnen PC (SQLite) wählt man sich in der Lehrkräfteauswahl aus.</translation>
        </message>
        <message>
            <source>There is no staff login “{login}”.</source>
            <translation>Es gibt keine Personal-Anmeldung „{login}“.</translation>
        </message>
        <message>
            <source>Run `attendance-desktop staff list` to see them.</source>
            <translation>Mit `attendance-desktop staff list` sehen Sie alle.</translation>
        </message>
        <message>
            <source>There is no login “{login}” on this server.</source>
            <translation>Auf diesem Server gibt es keine Anmeldung „{login}“.</translation>
        </message>
        <message>
            <source>Run `attendance-desktop staff list` to see the staff logins.</source>
            <translation>Mit `attendance-desktop staff list` sehen Sie die Anmeldungen des Personals.</translation>
        </message>
        <message>
            <source>The database is owned by the superuser “{owner}”; an upgrade login would get a superuser's powers.</source>
            <translation>Die Datenbank gehört dem Superuser „{owner}“; eine Anmeldung zum Aktualisieren bekäme die Rechte eines Superusers.</translation>
        </message>
        <message>
            <source>Give the database and its tables to an owner role that is not a superuser first (docs/deploy.md).</source>
            <translation>Übertragen Sie die Datenbank und ihre Tabellen zuerst einer Eigentümerrolle, die kein Superuser ist (docs/deploy.md).</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>Das Passwort ist leer.</translation>
        </message>
        <message>
            <source>Type a password.</source>
            <translation>Geben Sie ein Passwort ein.</translation>
        </message>
        <message>
            <source>server logins for the staff (PostgreSQL; run as the database owner)</source>
            <translation>Server-Anmeldungen für das Personal (PostgreSQL; als Eigentümer der Datenbank ausführen)</translation>
        </message>
        <message>
            <source>One server login per member of staff, made from the roster's teachers. Teachers write only their own registers; office logins every register, the roster, codes and settings. The database enforces it (docs/deploy.md).</source>
            <translation>Eine Server-Anmeldung pro Mitglied des Personals, angelegt aus den Lehrkräften der Stammdaten. Lehrkräfte schreiben nur ihre eigenen Anwesenheitslisten; Anmeldungen des Sekretariats alle Anwesenheitslisten, die Stammdaten, die Kürzel und die Einstellungen. Die Datenbank setzt das durch (docs/deploy.md).</translation>
        </message>
        <message>
            <source>create or update a login per teacher; disable leavers</source>
            <translation>eine Anmeldung pro Lehrkraft anlegen oder aktualisieren; Ausgeschiedene sperren</translation>
        </message>
        <message>
            <source>print each login: role, tab, name, tab, teacher|office</source>
            <translation>jede Anmeldung ausgeben: Rolle, Tab, Name, Tab, teacher|office</translation>
        </message>
        <message>
            <source>make a login an office login</source>
            <translation>eine Anmeldung zu einer Sekretariats-Anmeldung machen</translation>
        </message>
        <message>
            <source>let a login upgrade the schema at start-up (the office's or IT's PC)</source>
            <translation>eine Anmeldung das Schema beim Start aktualisieren lassen (PC des Sekretariats oder der IT)</translation>
        </message>
        <message>
            <source>set or reset a login's password (asked for, never on the command line)</source>
            <translation>Passwort einer Anmeldung setzen oder zurücksetzen (wird abgefragt, nie in der Befehlszeile)</translation>
        </message>
        <message>
            <source>Logins created: {created}; disabled: {disabled}.</source>
            <translation>Angelegte Anmeldungen: {created}; gesperrte: {disabled}.</translation>
        </message>
        <message>
            <source>{login} is now an office login.</source>
            <translation>{login} ist jetzt eine Anmeldung des Sekretariats.</translation>
        </message>
        <message>
            <source>{login} may now upgrade the database when the app starts.</source>
            <translation>{login} darf die Datenbank jetzt beim Start der App aktualisieren.</translation>
        </message>
        <message>
            <source>New password for {login}: </source>
            <translation>Neues Passwort für {login}: </translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Noch einmal eingeben: </translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Die beiden Passwörter unterscheiden sich; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Password of {login} set.</source>
            <translation>Passwort von {login} gesetzt.</translation>
        </message>
    </context>
    <context>
        <name>TeacherPicker</name>
        <message>
            <source>Who are you?</source>
            <translation>Wer sind Sie?</translation>
        </message>
        <message>
            <source>Choose your name so your registers open first. This computer remembers it; you can change it later.</source>
            <translation>Wählen Sie Ihren Namen, damit Ihre Anwesenheitslisten zuerst erscheinen. Dieser Computer merkt ihn sich; Sie können ihn später ändern.</translation>
        </message>
        <message>
            <source>Type to find your name</source>
            <translation>Tippen, um Ihren Namen zu finden</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Ihren Namen suchen</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Lehrkräfte</translation>
        </message>
        <message>
            <source>There are no teachers in this database yet. Import a roster or load the demo school first.</source>
            <translation>In dieser Datenbank gibt es noch keine Lehrkräfte. Importieren Sie zuerst Stammdaten oder laden Sie die Demo-Schule.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Das bin ich</translation>
        </message>
        <message>
            <source>No teacher's name matches “{typed}”.</source>
            <translation>Kein Name einer Lehrkraft passt zu „{typed}“.</translation>
        </message>
        <message>
            <source>{name} — {note}</source>
            <translation>{name} — {note}</translation>
        </message>
    </context>
    <context>
        <name>TimetableCli</name>
        <message>
            <source>import bell times, a timetable or non-school days; show a day's lessons</source>
            <translation>Stundenraster, Stundenplan oder unterrichtsfreie Tage importieren; die Stunden eines Tages anzeigen</translation>
        </message>
        <message>
            <source>The school day. Bell times: a CSV with period,start,end and an optional days column (Mon-Fri, Wed, A-Mon). A timetable: a CSV with class,day,period,room,teacher (day Mon..Fri or A-Mon..B-Fri; start,end may replace period), or an iCalendar (.ics) export of weekly lessons. Non-school days: an iCalendar file of all-day events. Lessons appear by themselves on school days.</source>
            <translation>Der Schultag. Stundenraster: eine CSV-Datei mit period,start,end und einer optionalen Spalte days (Mon-Fri, Wed, A-Mon). Ein Stundenplan: eine CSV-Datei mit class,day,period,room,teacher (day Mon..Fri oder A-Mon..B-Fri; start,end können period ersetzen) oder ein iCalendar-Export (.ics) wöchentlicher Stunden. Unterrichtsfreie Tage: eine iCalendar-Datei mit ganztägigen Terminen. An Schultagen erscheinen die Stunden von selbst.</translation>
        </message>
        <message>
            <source>import one file (recognised by its content)</source>
            <translation>eine Datei importieren (an ihrem Inhalt erkannt)</translation>
        </message>
        <message>
            <source>a .csv or .ics file</source>
            <translation>eine .csv- oder .ics-Datei</translation>
        </message>
        <message>
            <source>check and show what would change; write nothing</source>
            <translation>prüfen und zeigen, was sich ändern würde; nichts schreiben</translation>
        </message>
        <message>
            <source>print a day's lessons in the school's local time</source>
            <translation>die Stunden eines Tages in der Ortszeit der Schule ausgeben</translation>
        </message>
        <message>
            <source>the day (default: today in the school's time zone)</source>
            <translation>der Tag (Standard: heute in der Zeitzone der Schule)</translation>
        </message>
        <message>
            <source>only this teacher's lessons (name, e-mail or roster id)</source>
            <translation>nur die Stunden dieser Lehrkraft (Name, E-Mail oder Stammdaten-ID)</translation>
        </message>
        <message>
            <source>{file} was not imported:</source>
            <translation>{file} wurde nicht importiert:</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>Warnung: {warning}</translation>
        </message>
        <message>
            <source>Dry run, nothing written. {what}.</source>
            <translation>Probelauf, nichts geschrieben. {what}.</translation>
        </message>
        <message>
            <source>Imported {what}.</source>
            <translation>Importiert: {what}.</translation>
        </message>
        <message>
            <source>There is no teacher "{name}".</source>
            <translation>Es gibt keine Lehrkraft „{name}“.</translation>
        </message>
        <message>
            <source>Give the name, e-mail or roster id as the roster has it.</source>
            <translation>Geben Sie den Namen, die E-Mail-Adresse oder die Stammdaten-ID so an, wie sie in den Stammdaten stehen.</translation>
        </message>
        <message>
            <source>{date}: no lessons ({reason}).</source>
            <translation>{date}: kein Unterricht ({reason}).</translation>
        </message>
        <message>
            <source>{date}: no lessons.</source>
            <translation>{date}: kein Unterricht.</translation>
        </message>
        <message>
            <source>cover for {teacher}</source>
            <translation>Vertretung für {teacher}</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Attendance register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Die Anwesenheitsliste wird geöffnet…</translation>
        </message>
    </context>
</TS>
