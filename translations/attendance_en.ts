<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <source>{range} · {rate} of %n marked sessions attended</source>
            <translation>
                <numerusform>{range} · {rate} of %n marked session attended</numerusform>
                <numerusform>{range} · {rate} of %n marked sessions attended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{range} · attended {attended} of %n marked sessions ({rate}) · chronically absent</source>
            <translation>
                <numerusform>{range} · attended {attended} of %n marked session ({rate}) · chronically absent</numerusform>
                <numerusform>{range} · attended {attended} of %n marked sessions ({rate}) · chronically absent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{range} · attended {attended} of %n marked sessions ({rate})</source>
            <translation>
                <numerusform>{range} · attended {attended} of %n marked session ({rate})</numerusform>
                <numerusform>{range} · attended {attended} of %n marked sessions ({rate})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cover</name>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All their lessons that day (%n)</source>
            <translation>
                <numerusform>Their one lesson that day (%n)</numerusform>
                <numerusform>All their lessons that day (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons will move to {teacher}'s day.</source>
            <translation>
                <numerusform>%n lesson will move to {teacher}'s day.</numerusform>
                <numerusform>%n lessons will move to {teacher}'s day.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be covered: their register was already taken.</source>
            <translation>
                <numerusform>%n cannot be covered: its register was already taken.</numerusform>
                <numerusform>%n cannot be covered: their register was already taken.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message numerus="yes">
            <source>The upgrade would leave %n broken references; nothing was changed.</source>
            <translation>
                <numerusform>The upgrade would leave %n broken reference; nothing was changed.</numerusform>
                <numerusform>The upgrade would leave %n broken references; nothing was changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialogs</name>
        <message numerus="yes">
            <source>This happened %n times. It is a fault in the app, not something you did. Marks that were already saved are safe. Please restart the app, and send the details to your IT support.</source>
            <translation>
                <numerusform>This happened %n time. It is a fault in the app, not something you did. Marks that were already saved are safe. Please restart the app, and send the details to your IT support.</numerusform>
                <numerusform>This happened %n times. It is a fault in the app, not something you did. Marks that were already saved are safe. Please restart the app, and send the details to your IT support.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>Attendance {rate} ({attended} of %n marked sessions).</source>
            <translation>
                <numerusform>Attendance {rate} ({attended} of %n marked session).</numerusform>
                <numerusform>Attendance {rate} ({attended} of %n marked sessions).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Class attendance {rate} ({attended} of %n marked sessions).</source>
            <translation>
                <numerusform>Class attendance {rate} ({attended} of %n marked session).</numerusform>
                <numerusform>Class attendance {rate} ({attended} of %n marked sessions).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chronically absent: {chronic} of %n students.</source>
            <translation>
                <numerusform>Chronically absent: {chronic} of %n student.</numerusform>
                <numerusform>Chronically absent: {chronic} of %n students.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons that ended by {moment} with no register: never started, or started with nobody marked.</source>
            <translation>
                <numerusform>%n lesson that ended by {moment} with no register: never started, or started with nobody marked.</numerusform>
                <numerusform>%n lessons that ended by {moment} with no register: never started, or started with nobody marked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message numerus="yes">
            <source>%n changes.</source>
            <translation>
                <numerusform>%n change.</numerusform>
                <numerusform>%n changes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportCli</name>
        <message numerus="yes">
            <source>The roster has %n problems:</source>
            <translation>
                <numerusform>The roster has %n problem:</numerusform>
                <numerusform>The roster has %n problems:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>... and %n more.</source>
            <translation>
                <numerusform>... and %n more.</numerusform>
                <numerusform>... and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings (the import can go ahead)</source>
            <translation>
                <numerusform>%n warning (the import can go ahead)</numerusform>
                <numerusform>%n warnings (the import can go ahead)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems. It cannot be imported until they are fixed.</source>
            <translation>
                <numerusform>The roster has %n problem. It cannot be imported until it is fixed.</numerusform>
                <numerusform>The roster has %n problems. It cannot be imported until they are fixed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in {file}.</source>
            <translation>
                <numerusform>Nothing was imported: %n problem in {file}.</numerusform>
                <numerusform>Nothing was imported: %n problems in {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems.</source>
            <translation>
                <numerusform>Nothing was imported: %n problem.</numerusform>
                <numerusform>Nothing was imported: %n problems.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n problems, nothing was imported.</source>
            <translation>
                <numerusform>{file}: %n problem, nothing was imported.</numerusform>
                <numerusform>{file}: %n problems, nothing was imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster: %n problems, nothing was imported.</source>
            <translation>
                <numerusform>The roster: %n problem, nothing was imported.</numerusform>
                <numerusform>The roster: %n problems, nothing was imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message numerus="yes">
            <source>%n students enrolled; start the register to mark them</source>
            <translation>
                <numerusform>%n student enrolled; start the register to mark them</numerusform>
                <numerusform>%n students enrolled; start the register to mark them</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Sending %n marks kept on this computer from the last time the app ran…</source>
            <translation>
                <numerusform>Sending %n mark kept on this computer from the last time the app ran…</numerusform>
                <numerusform>Sending %n marks kept on this computer from the last time the app ran…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n marks kept on this computer from the last time the app ran.</source>
            <translation>
                <numerusform>Sent %n mark kept on this computer from the last time the app ran.</numerusform>
                <numerusform>Sent %n marks kept on this computer from the last time the app ran.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n marks kept on this computer.</source>
            <translation>
                <numerusform>Sent %n mark kept on this computer.</numerusform>
                <numerusform>Sent %n marks kept on this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n had been changed on another computer meanwhile: see the bar above the register.</source>
            <translation>
                <numerusform>%n had been changed on another computer meanwhile: see the bar above the register.</numerusform>
                <numerusform>%n had been changed on another computer meanwhile: see the bar above the register.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marks waiting on this computer</source>
            <translation>
                <numerusform>%n mark waiting on this computer</numerusform>
                <numerusform>%n marks waiting on this computer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n not saved</source>
            <translation>
                <numerusform>⚠ %n not saved</numerusform>
                <numerusform>⚠ %n not saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saving %n…</source>
            <translation>
                <numerusform>Saving %n…</numerusform>
                <numerusform>Saving %n…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons given to {name} on {day}: they are on their day now.</source>
            <translation>
                <numerusform>%n lesson given to {name} on {day}: it is on their day now.</numerusform>
                <numerusform>%n lessons given to {name} on {day}: they are on their day now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marks are not in the database yet (the connection or the file is not available).

If you quit now, they are lost from this computer and written only to the log file. Wait and retry instead?</source>
            <translation>
                <numerusform>%n mark is not in the database yet (the connection or the file is not available).

If you quit now, it is lost from this computer and written only to the log file. Wait and retry instead?</numerusform>
                <numerusform>%n marks are not in the database yet (the connection or the file is not available).

If you quit now, they are lost from this computer and written only to the log file. Wait and retry instead?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message numerus="yes">
            <source>{attended} of %n students marked attended ({rate}).</source>
            <translation>
                <numerusform>{attended} of %n student marked attended ({rate}).</numerusform>
                <numerusform>{attended} of %n students marked attended ({rate}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{lessons} (%n registers taken)</source>
            <translation>
                <numerusform>{lessons} (%n register taken)</numerusform>
                <numerusform>{lessons} (%n registers taken)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{chronic} of %n students chronically absent</source>
            <translation>
                <numerusform>{chronic} of %n student chronically absent</numerusform>
                <numerusform>{chronic} of %n students chronically absent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n students is chronically absent.</source>
            <translation>
                <numerusform>The %n student is not chronically absent.</numerusform>
                <numerusform>None of the %n students is chronically absent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message numerus="yes">
            <source>Row {number}: there are %n students</source>
            <translation>
                <numerusform>Row {number}: there is %n student</numerusform>
                <numerusform>Row {number}: there are %n students</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students are not marked yet.

Close the register anyway? After closing, every change asks for a reason.</source>
            <translation>
                <numerusform>%n student is not marked yet.

Close the register anyway? After closing, every change asks for a reason.</numerusform>
                <numerusform>%n students are not marked yet.

Close the register anyway? After closing, every change asks for a reason.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Late after %n min</source>
            <translation>
                <numerusform>Late after %n min</numerusform>
                <numerusform>Late after %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not marked</source>
            <translation>
                <numerusform>%n not marked</numerusform>
                <numerusform>%n not marked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;The server can't be reached.&lt;/b&gt; Your marks are kept on this computer (&lt;b&gt;%n waiting&lt;/b&gt;) and will be sent when it's back.</source>
            <translation>
                <numerusform>&lt;b&gt;The server can't be reached.&lt;/b&gt; Your marks are kept on this computer (&lt;b&gt;%n waiting&lt;/b&gt;) and will be sent when it's back.</numerusform>
                <numerusform>&lt;b&gt;The server can't be reached.&lt;/b&gt; Your marks are kept on this computer (&lt;b&gt;%n waiting&lt;/b&gt;) and will be sent when it's back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending %n marks kept on this computer…</source>
            <translation>
                <numerusform>Sending %n mark kept on this computer…</numerusform>
                <numerusform>Sending %n marks kept on this computer…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marks not saved yet</source>
            <translation>
                <numerusform>%n mark not saved yet</numerusform>
                <numerusform>%n marks not saved yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Register started: %n students.</source>
            <translation>
                <numerusform>Register started: %n student.</numerusform>
                <numerusform>Register started: %n students.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked %n students present ({late} late: the grace period is over). Ctrl+Z undoes this in one go.</source>
            <translation>
                <numerusform>Marked %n student present ({late} late: the grace period is over). Ctrl+Z undoes this in one go.</numerusform>
                <numerusform>Marked %n students present ({late} late: the grace period is over). Ctrl+Z undoes this in one go.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked %n students present. Ctrl+Z undoes this in one go.</source>
            <translation>
                <numerusform>Marked %n student present. Ctrl+Z undoes this in one go.</numerusform>
                <numerusform>Marked %n students present. Ctrl+Z undoes this in one go.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undone for %n students.</source>
            <translation>
                <numerusform>Undone for %n student.</numerusform>
                <numerusform>Undone for %n students.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{student} and %n more were changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>
                <numerusform>{student} and %n more were changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</numerusform>
                <numerusform>{student} and %n more were changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed on another computer: {students} and %n more.</source>
            <translation>
                <numerusform>Changed on another computer: {students} and %n more.</numerusform>
                <numerusform>Changed on another computer: {students} and %n more.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportModels</name>
        <message numerus="yes">
            <source>{name}: attended {attended} of %n marked lessons, missed {missed} (10% or more): chronically absent</source>
            <translation>
                <numerusform>{name}: attended {attended} of %n marked lesson, missed {missed} (10% or more): chronically absent</numerusform>
                <numerusform>{name}: attended {attended} of %n marked lessons, missed {missed} (10% or more): chronically absent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: attended {attended} of %n marked lessons</source>
            <translation>
                <numerusform>{name}: attended {attended} of %n marked lesson</numerusform>
                <numerusform>{name}: attended {attended} of %n marked lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not taken</source>
            <translation>
                <numerusform>%n not taken</numerusform>
                <numerusform>%n not taken</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>%n students are called '{name}' (ids {ids}).</source>
            <translation>
                <numerusform>%n student is called '{name}' (id {ids}).</numerusform>
                <numerusform>%n students are called '{name}' (ids {ids}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes are called '{name}' (ids {ids}).</source>
            <translation>
                <numerusform>%n class is called '{name}' (id {ids}).</numerusform>
                <numerusform>%n classes are called '{name}' (ids {ids}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n teachers are called '{name}'.</source>
            <translation>
                <numerusform>%n teacher is called '{name}'.</numerusform>
                <numerusform>%n teachers are called '{name}'.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsWindow</name>
        <message numerus="yes">
            <source>{class_name}: %n students, {period}</source>
            <translation>
                <numerusform>{class_name}: %n student, {period}</numerusform>
                <numerusform>{class_name}: %n students, {period}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{chronic} of %n students chronically absent</source>
            <translation>
                <numerusform>{chronic} of %n student chronically absent</numerusform>
                <numerusform>{chronic} of %n students chronically absent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none of the %n students chronically absent</source>
            <translation>
                <numerusform>%n student, not chronically absent</numerusform>
                <numerusform>none of the %n students chronically absent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registers taken</source>
            <translation>
                <numerusform>%n register taken</numerusform>
                <numerusform>%n registers taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n lessons</source>
            <translation>
                <numerusform>{name}: %n lesson</numerusform>
                <numerusform>{name}: %n lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of %n marked lessons)</source>
            <comment>rich text</comment>
            <translation>
                <numerusform>Attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of %n marked lesson)</numerusform>
                <numerusform>Attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of %n marked lessons)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registers not taken</source>
            <translation>
                <numerusform>%n register not taken</numerusform>
                <numerusform>%n registers not taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n teachers</source>
            <translation>
                <numerusform>%n teacher</numerusform>
                <numerusform>%n teachers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n pages)</source>
            <translation>
                <numerusform>Saved {path} (%n page)</numerusform>
                <numerusform>Saved {path} (%n pages)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message numerus="yes">
            <source>%n new classes have no teacher yet ({names}); anyone can take their registers until a roster names the teacher.</source>
            <translation>
                <numerusform>%n new class has no teacher yet ({names}); anyone can take its registers until a roster names the teacher.</numerusform>
                <numerusform>%n new classes have no teacher yet ({names}); anyone can take their registers until a roster names the teacher.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows to be deleted were not in the register; nothing to do.</source>
            <translation>
                <numerusform>%n row to be deleted was not in the register; nothing to do.</numerusform>
                <numerusform>%n rows to be deleted were not in the register; nothing to do.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrollments to be deleted were not in the register; nothing to withdraw.</source>
            <translation>
                <numerusform>%n enrollment to be deleted was not in the register; nothing to withdraw.</numerusform>
                <numerusform>%n enrollments to be deleted were not in the register; nothing to withdraw.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n enrollments with role "{role}" ignored (only students and teachers are imported).</source>
            <translation>
                <numerusform>{file}: %n enrollment with role "{role}" ignored (only students and teachers are imported).</numerusform>
                <numerusform>{file}: %n enrollments with role "{role}" ignored (only students and teachers are imported).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than one teacher teaches %n classes; the primary (or first) one is the class teacher in the register.</source>
            <translation>
                <numerusform>More than one teacher teaches %n class; the primary (or first) one is the class teacher in the register.</numerusform>
                <numerusform>More than one teacher teaches %n classes; the primary (or first) one is the class teacher in the register.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n users not imported (neither students nor teachers: administrators, parents, ...).</source>
            <translation>
                <numerusform>{file}: %n user not imported (neither students nor teachers: administrators, parents, ...).</numerusform>
                <numerusform>{file}: %n users not imported (neither students nor teachers: administrators, parents, ...).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n rows of type "{role}" skipped (only students and teachers are imported).</source>
            <translation>
                <numerusform>{file}: %n row of type "{role}" skipped (only students and teachers are imported).</numerusform>
                <numerusform>{file}: %n rows of type "{role}" skipped (only students and teachers are imported).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows with no role or type skipped (lines {lines}); fill in student or teacher to import them.</source>
            <translation>
                <numerusform>%n row with no role or type skipped (lines {lines}); fill in student or teacher to import it.</numerusform>
                <numerusform>%n rows with no role or type skipped (lines {lines}); fill in student or teacher to import them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than one teacher teaches %n classes; the first listed is the class teacher in the register.</source>
            <translation>
                <numerusform>More than one teacher teaches %n class; the first listed is the class teacher in the register.</numerusform>
                <numerusform>More than one teacher teaches %n classes; the first listed is the class teacher in the register.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>... and %n more problems.</source>
            <translation>
                <numerusform>... and %n more problem.</numerusform>
                <numerusform>... and %n more problems.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n teachers</source>
            <translation>
                <numerusform>%n teacher</numerusform>
                <numerusform>%n teachers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes</source>
            <translation>
                <numerusform>%n class</numerusform>
                <numerusform>%n classes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrollments</source>
            <translation>
                <numerusform>%n enrollment</numerusform>
                <numerusform>%n enrollments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems; nothing was imported.</source>
            <translation>
                <numerusform>The roster has %n problem; nothing was imported.</numerusform>
                <numerusform>The roster has %n problems; nothing was imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes keep the lessons of the timetable file imported for them; the roster's periods for them are not used.</source>
            <translation>
                <numerusform>%n class keeps the lessons of the timetable file imported for it; the roster's periods for it are not used.</numerusform>
                <numerusform>%n classes keep the lessons of the timetable file imported for them; the roster's periods for them are not used.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster gives %n classes their periods; import the bell times (a CSV with period,start,end) for the lessons to appear.</source>
            <translation>
                <numerusform>The roster gives %n class its periods; import the bell times (a CSV with period,start,end) for the lessons to appear.</numerusform>
                <numerusform>The roster gives %n classes their periods; import the bell times (a CSV with period,start,end) for the lessons to appear.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchoolDay</name>
        <message numerus="yes">
            <source>{name}: {first} to {last}, %n days</source>
            <translation>
                <numerusform>{name}: {first} to {last}, %n day</numerusform>
                <numerusform>{name}: {first} to {last}, %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>bell times, %n periods</source>
            <translation>
                <numerusform>bell times, %n period</numerusform>
                <numerusform>bell times, %n periods</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a timetable, %n lessons a week</source>
            <translation>
                <numerusform>a timetable, %n lesson a week</numerusform>
                <numerusform>a timetable, %n lessons a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lessons from a calendar, %n weekly lessons</source>
            <translation>
                <numerusform>lessons from a calendar, %n weekly lesson</numerusform>
                <numerusform>lessons from a calendar, %n weekly lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>non-school days, %n non-school days or holidays</source>
            <translation>
                <numerusform>non-school days, %n non-school day or holiday</numerusform>
                <numerusform>non-school days, %n non-school days or holidays</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>terms, %n terms</source>
            <translation>
                <numerusform>terms, %n term</numerusform>
                <numerusform>terms, %n terms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>there are %n classes called "{name}" in the register; write the class as the roster names it, or its roster id.</source>
            <translation>
                <numerusform>there is %n class called "{name}" in the register; write the class as the roster names it, or its roster id.</numerusform>
                <numerusform>there are %n classes called "{name}" in the register; write the class as the roster names it, or its roster id.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>there are %n teachers called "{name}"; write the e-mail or roster id as the roster has it, or leave it empty for the class teacher.</source>
            <translation>
                <numerusform>there is %n teacher called "{name}"; write the e-mail or roster id as the roster has it, or leave it empty for the class teacher.</numerusform>
                <numerusform>there are %n teachers called "{name}"; write the e-mail or roster id as the roster has it, or leave it empty for the class teacher.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds bell times: %n periods.</source>
            <translation>
                <numerusform>{file} holds bell times: %n period.</numerusform>
                <numerusform>{file} holds bell times: %n periods.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds a timetable: %n lessons a week.</source>
            <translation>
                <numerusform>{file} holds a timetable: %n lesson a week.</numerusform>
                <numerusform>{file} holds a timetable: %n lessons a week.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds lessons from a calendar: %n weekly lessons.</source>
            <translation>
                <numerusform>{file} holds lessons from a calendar: %n weekly lesson.</numerusform>
                <numerusform>{file} holds lessons from a calendar: %n weekly lessons.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds non-school days: %n holidays or closure days.</source>
            <translation>
                <numerusform>{file} holds non-school days: %n holiday or closure day.</numerusform>
                <numerusform>{file} holds non-school days: %n holidays or closure days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds terms: %n terms.</source>
            <translation>
                <numerusform>{file} holds terms: %n term.</numerusform>
                <numerusform>{file} holds terms: %n terms.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings (the import can go ahead)</source>
            <translation>
                <numerusform>%n warning (the import can go ahead)</numerusform>
                <numerusform>%n warnings (the import can go ahead)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problems. It cannot be imported until they are fixed.</source>
            <translation>
                <numerusform>The file has %n problem. It cannot be imported until it is fixed.</numerusform>
                <numerusform>The file has %n problems. It cannot be imported until they are fixed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in {file}.</source>
            <translation>
                <numerusform>Nothing was imported: %n problem in {file}.</numerusform>
                <numerusform>Nothing was imported: %n problems in {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in the file.</source>
            <translation>
                <numerusform>Nothing was imported: %n problem in the file.</numerusform>
                <numerusform>Nothing was imported: %n problems in the file.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes</source>
            <translation>
                <numerusform>%n class</numerusform>
                <numerusform>%n classes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>register started: %n students</source>
            <translation>
                <numerusform>register started: %n student</numerusform>
                <numerusform>register started: %n students</numerusform>
            </translation>
        </message>
    </context>
</TS>
