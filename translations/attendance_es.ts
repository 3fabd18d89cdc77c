<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>Revisión del esquema</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Archivo de registro</translation>
        </message>
        <message>
            <source>Running on</source>
            <translation>Se ejecuta en</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>{app} {version}</source>
            <translation>{app} {version}</translation>
        </message>
        <message>
            <source>A keyboard-first attendance register for classroom PCs, on an embedded SQLite file or a shared PostgreSQL server. Every mark is saved the moment it is made.
Open source under the MIT licence.</source>
            <translation>Listas de asistencia para los ordenadores del aula, pensadas para el teclado, en un archivo SQLite integrado o en un servidor PostgreSQL compartido. Cada marca se guarda en el momento en que se hace.
Código abierto bajo la licencia MIT.</translation>
        </message>
        <message>
            <source>SQLite (embedded file)</source>
            <translation>SQLite (archivo integrado)</translation>
        </message>
        <message>
            <source>PostgreSQL (server)</source>
            <translation>PostgreSQL (servidor)</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>leyendo…</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar los detalles</translation>
        </message>
        <message>
            <source>Copy all of this as text, for a support request</source>
            <translation>Copiar todo esto como texto, para una solicitud de asistencia</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>not available ({reason})</source>
            <translation>no disponible ({reason})</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The database is being upgraded; this window will continue by itself.
(The office's or IT's computer upgrades it; nothing needs doing here.)</source>
            <translation>La base de datos se está actualizando; esta ventana continuará por sí sola.
(La actualiza el ordenador de secretaría o del servicio informático; aquí no hay que hacer nada.)</translation>
        </message>
        <message>
            <source>{app}: cannot open a window: system libraries that Qt needs on X11 are missing.
On Debian or Ubuntu, install them with:
    sudo apt install {packages}</source>
            <translation>{app}: no se puede abrir una ventana: faltan bibliotecas del sistema que Qt necesita en X11.
En Debian o Ubuntu, instálelas con:
    sudo apt install {packages}</translation>
        </message>
        <message>
            <source>{app}: cannot write the log file: {reason}</source>
            <translation>{app}: no se puede escribir el archivo de registro: {reason}</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>The register could not be opened.</source>
            <translation>No se pudo abrir la lista de asistencia.</translation>
        </message>
        <message>
            <source>Upgrading the database to this version of the app…
(Other computers starting now wait until it is done.)</source>
            <translation>Actualizando la base de datos a esta versión de la aplicación…
(Los demás ordenadores que se inicien ahora esperarán a que termine.)</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Abriendo la lista de asistencia…</translation>
        </message>
        <message>
            <source>The password remembered on this PC was not accepted. {reason}</source>
            <translation>No se aceptó la contraseña guardada en este PC. {reason}</translation>
        </message>
        <message>
            <source>Sign in to open the register.</source>
            <translation>Inicie sesión para abrir la lista de asistencia.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>este ordenador</translation>
        </message>
        <message>
            <source>{server} (database “{database}”)</source>
            <translation>{server} (base de datos «{database}»)</translation>
        </message>
        <message>
            <source>Loading the demo school…</source>
            <translation>Cargando el centro de demostración…</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Configuración guardada</translation>
        </message>
        <message>
            <source>Start attendance-desktop again to use the new database.</source>
            <translation>Vuelva a iniciar attendance-desktop para usar la nueva base de datos.</translation>
        </message>
        <message>
            <source>{title} — {signed_in}</source>
            <translation>{title} — {signed_in}</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Cerrar sesión</translation>
        </message>
        <message>
            <source>Close the register and let the next person sign in</source>
            <translation>Cerrar la lista de asistencia y dejar que la siguiente persona inicie sesión</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostrar el número de versión y salir</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (posibles: %(choices)s)</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como mucho un argumento</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>se necesita uno de los argumentos %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s coincide con %(matches)s</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>no se puede abrir «%(filename)s»: %(error)s</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>No registers taken in this period</source>
            <translation>No se pasó lista en este periodo</translation>
        </message>
        <message>
            <source>{class_name}: attendance by week</source>
            <translation>{class_name}: asistencia por semana</translation>
        </message>
        <message>
            <source>{class_name}: attendance by day</source>
            <translation>{class_name}: asistencia por día</translation>
        </message>
        <message>
            <source>{percent}: chronic absence threshold</source>
            <translation>{percent}: umbral de absentismo crónico</translation>
        </message>
        <message>
            <source>Week beginning</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Tasa de asistencia</translation>
        </message>
        <message numerus="yes">
            <source>{range} · {rate} of %n marked sessions attended</source>
            <translation>
                <numerusform>{range} · {rate} de asistencia en %n clase registrada</numerusform>
                <numerusform>{range} · {rate} de asistencia en %n clases registradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{range} · attended {attended} of %n marked sessions ({rate}) · chronically absent</source>
            <translation>
                <numerusform>{range} · asistió a {attended} de %n clase registrada ({rate}) · absentismo crónico</numerusform>
                <numerusform>{range} · asistió a {attended} de %n clases registradas ({rate}) · absentismo crónico</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{range} · attended {attended} of %n marked sessions ({rate})</source>
            <translation>
                <numerusform>{range} · asistió a {attended} de %n clase registrada ({rate})</numerusform>
                <numerusform>{range} · asistió a {attended} de %n clases registradas ({rate})</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>{student}: marks by code</source>
            <translation>{student}: marcas por código</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Clases</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Take attendance on classroom PCs.</source>
            <translation>Pasar lista en los ordenadores de las aulas.</translation>
        </message>
        <message>
            <source>database URL or SQLite file path (default: ${variable}, then the settings file, then the embedded database in your data folder)</source>
            <translation>URL de la base de datos o ruta de un archivo SQLite (por defecto: ${variable}, después el archivo de configuración, después la base de datos integrada en su carpeta de datos)</translation>
        </message>
        <message>
            <source>log more detail</source>
            <translation>registrar más detalles en el registro de eventos</translation>
        </message>
        <message>
            <source>start on a throwaway demo school (nothing is kept)</source>
            <translation>iniciar con un centro de demostración desechable (no se guarda nada)</translation>
        </message>
        <message>
            <source>check that this installation works (database, window, a mark saved and read back, printing) on a throwaway database, then exit: 0 passed, 1 failed</source>
            <translation>comprobar que esta instalación funciona (base de datos, ventana, una marca guardada y releída, impresión) con una base de datos desechable, y salir: 0 correcto, 1 fallido</translation>
        </message>
        <message>
            <source>look after the database (for IT staff)</source>
            <translation>mantener la base de datos (para el personal informático)</translation>
        </message>
        <message>
            <source>migrate the database to this version of the app</source>
            <translation>actualizar la base de datos a esta versión del programa</translation>
        </message>
        <message>
            <source>print the database's schema revision</source>
            <translation>mostrar la revisión del esquema de la base de datos</translation>
        </message>
        <message>
            <source>exit 0 if the database is at this version's schema, 1 if it needs upgrading</source>
            <translation>código de salida 0 si la base de datos tiene el esquema de esta versión, 1 si hay que actualizarla</translation>
        </message>
        <message>
            <source>write a timestamped copy of the database</source>
            <translation>escribir una copia de la base de datos con fecha y hora</translation>
        </message>
        <message>
            <source>where to write the copy: a file name, or an existing folder to put the timestamped copy in</source>
            <translation>dónde escribir la copia: un nombre de archivo o una carpeta existente donde guardar la copia con fecha y hora</translation>
        </message>
        <message>
            <source>import a roster: a CSV file, or a school information system's export (folder or .zip: OneRoster 1.0-1.2, Microsoft School Data Sync v1/v2/v2.1, Clever)</source>
            <translation>importar listas de alumnado: un archivo CSV o la exportación de un sistema de gestión escolar (carpeta o .zip: OneRoster 1.0-1.2, Microsoft School Data Sync v1/v2/v2.1, Clever)</translation>
        </message>
        <message>
            <source>Import students, teachers, classes and enrollments. Everything is checked first; any problem is listed with its file, line and column and nothing is written. Warnings (shown by --dry-run too) do not stop the import. Importing the same file again changes nothing.</source>
            <translation>Importar alumnado, docentes, grupos y matrículas. Primero se comprueba todo; cada problema se indica con su archivo, línea y columna, y no se escribe nada. Las advertencias (que --dry-run también muestra) no detienen la importación. Importar de nuevo el mismo archivo no cambia nada.</translation>
        </message>
        <message>
            <source>the CSV file, folder or .zip</source>
            <translation>el archivo CSV, la carpeta o el .zip</translation>
        </message>
        <message>
            <source>check and show what would change; write nothing</source>
            <translation>comprobar y mostrar lo que cambiaría; no escribir nada</translation>
        </message>
        <message>
            <source>write every teacher, class, student and enrollment to a CSV roster file</source>
            <translation>escribir todos los docentes, grupos, alumnos y matrículas en un archivo CSV de listas</translation>
        </message>
        <message>
            <source>Write the register's roster as a plain CSV file (UTF-8 with a byte-order mark, comma-separated, one row per enrollment; students, classes and teachers without one get a row of their own), with the same columns `import` reads: importing the file again changes nothing. An existing file is replaced. Attendance marks are not included (see `report`).</source>
            <translation>Escribir las listas de alumnado en un archivo CSV sencillo (UTF-8 con marca de orden de bytes, separado por comas, una fila por matrícula; alumnos, grupos y docentes sin matrícula tienen su propia fila), con las mismas columnas que lee `import`: importar el archivo de nuevo no cambia nada. Un archivo existente se sustituye. No incluye las marcas de asistencia (véase `report`).</translation>
        </message>
        <message>
            <source>the CSV file to write</source>
            <translation>el archivo CSV que se escribirá</translation>
        </message>
        <message>
            <source>--self-test uses its own throwaway database: give it nothing else</source>
            <translation>--self-test usa su propia base de datos desechable: no indique nada más</translation>
        </message>
        <message>
            <source>attendance-desktop: cannot write the log file: {error}</source>
            <translation>attendance-desktop: no se puede escribir el archivo de registro: {error}</translation>
        </message>
        <message>
            <source>attendance-desktop: error: {message}</source>
            <translation>attendance-desktop: error: {message}</translation>
        </message>
        <message>
            <source>attendance-desktop: unexpected error ({kind}); details are in the log file. Please report it.</source>
            <translation>attendance-desktop: error inesperado ({kind}); los detalles están en el archivo de registro. Por favor, comuníquelo.</translation>
        </message>
        <message>
            <source>No database file yet at {path}; `attendance-desktop db upgrade` creates it.</source>
            <translation>Todavía no hay ningún archivo de base de datos en {path}; `attendance-desktop db upgrade` lo crea.</translation>
        </message>
        <message>
            <source>Upgraded {database}: {previous} -&gt; {current}</source>
            <translation>{database} actualizada: {previous} -&gt; {current}</translation>
        </message>
        <message>
            <source>{database} is up to date (revision {revision}).</source>
            <translation>{database} está al día (revisión {revision}).</translation>
        </message>
        <message>
            <source>empty (no schema yet)</source>
            <translation>vacía (todavía sin esquema)</translation>
        </message>
        <message>
            <source>OK: at revision {revision}.</source>
            <translation>OK: revisión {revision}.</translation>
        </message>
        <message>
            <source>Needs upgrading: at {current}, this version expects {head}. Run: attendance-desktop db upgrade</source>
            <translation>Hay que actualizar: en {current}, esta versión espera {head}. Ejecute: attendance-desktop db upgrade</translation>
        </message>
        <message>
            <source>empty</source>
            <comment>a database's revision when it has no schema yet</comment>
            <translation>vacía</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <translation>No hay ningún archivo de base de datos en {path}.</translation>
        </message>
        <message>
            <source>Backup written to {path}</source>
            <translation>Copia de seguridad escrita en {path}</translation>
        </message>
        <message>
            <source>Roster of {database} written to {path}</source>
            <translation>Listas de alumnado de {database} escritas en {path}</translation>
        </message>
        <message>
            <source>The database is at revision {current}; this version of attendance-desktop needs {head}.</source>
            <translation>La base de datos está en la revisión {current}; esta versión de attendance-desktop necesita {head}.</translation>
        </message>
        <message>
            <source>Run: attendance-desktop db upgrade</source>
            <translation>Ejecute: attendance-desktop db upgrade</translation>
        </message>
        <message>
            <source>pg_dump was not found, so a PostgreSQL database cannot be backed up from here.</source>
            <translation>No se ha encontrado pg_dump, así que no se puede hacer una copia de seguridad de una base de datos PostgreSQL desde aquí.</translation>
        </message>
        <message>
            <source>Install the PostgreSQL client tools, or back up on the server itself.</source>
            <translation>Instale las herramientas cliente de PostgreSQL o haga la copia en el propio servidor.</translation>
        </message>
        <message>
            <source>pg_dump could not back up {database}: {reason}</source>
            <translation>pg_dump no ha podido hacer la copia de seguridad de {database}: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the backup to {path}: there is no folder {folder}.</source>
            <translation>No se puede escribir la copia de seguridad en {path}: no existe la carpeta {folder}.</translation>
        </message>
        <message>
            <source>Create it first, or give --to an existing folder or a file in one.</source>
            <translation>Créela primero o indique en --to una carpeta existente o un archivo dentro de una.</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Retraso</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificado</translation>
        </message>
        <message>
            <source>Excused absence</source>
            <translation>Falta justificada</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>Significado</translation>
        </message>
        <message>
            <source>Counts as present</source>
            <translation>Cuenta como presente</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En uso</translation>
        </message>
        <message>
            <source>{column}: yes</source>
            <translation>{column}: sí</translation>
        </message>
        <message>
            <source>{column}: no</source>
            <translation>{column}: no</translation>
        </message>
        <message>
            <source>Double-click to choose a colour</source>
            <translation>Haga doble clic para elegir un color</translation>
        </message>
        <message>
            <source>Not in use: teachers cannot give this mark; old registers keep it.</source>
            <translation>Sin uso: los docentes ya no pueden poner esta marca; las listas de asistencia antiguas la conservan.</translation>
        </message>
        <message>
            <source>A code needs a label, for example Present.</source>
            <translation>Una marca necesita un nombre, por ejemplo Presente.</translation>
        </message>
        <message>
            <source>A label has at most 100 characters.</source>
            <translation>Un nombre tiene como máximo 100 caracteres.</translation>
        </message>
        <message>
            <source>Choose what the code means: present, late, absent or excused.</source>
            <translation>Elija qué significa la marca: presente, retraso, ausente o justificado.</translation>
        </message>
        <message>
            <source>A colour looks like #2E7D32.</source>
            <translation>Un color tiene este aspecto: #2E7D32.</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Nueva marca</translation>
        </message>
        <message>
            <source>“{label}” is the only code meaning Present; the register needs one. Add another Present code first.</source>
            <translation>«{label}» es la única marca que significa Presente; la lista de asistencia necesita una. Añada primero otra marca de Presente.</translation>
        </message>
        <message>
            <source>The name teachers see, for example Present or Medical appointment</source>
            <translation>El nombre que ven los docentes, por ejemplo Presente o Cita médica</translation>
        </message>
        <message>
            <source>A short code for reports and exports (up to 8 characters)</source>
            <translation>Un código corto para informes y exportaciones (hasta 8 caracteres)</translation>
        </message>
        <message>
            <source>The colour of the mark in the register (double-click to change)</source>
            <translation>El color de la marca en la lista de asistencia (doble clic para cambiarlo)</translation>
        </message>
        <message>
            <source>The one letter a teacher presses in the register to give this mark</source>
            <translation>La letra que pulsa un docente en la lista de asistencia para poner esta marca</translation>
        </message>
        <message>
            <source>What the mark means for reports: present, late, absent or an excused absence</source>
            <translation>Qué significa la marca en los informes: presente, retraso, ausente o falta justificada</translation>
        </message>
        <message>
            <source>Whether the student counts as in school for attendance figures</source>
            <translation>Si el alumno cuenta como presente en el centro para las cifras de asistencia</translation>
        </message>
        <message>
            <source>Codes not in use cannot be given any more; old registers keep them</source>
            <translation>Las marcas sin uso ya no se pueden poner; las listas de asistencia antiguas las conservan</translation>
        </message>
    </context>
    <context>
        <name>ConflictBar</name>
        <message>
            <source>note “{note}”</source>
            <translation>observación «{note}»</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>sin observación</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>{mark} (arrived {time})</source>
            <translation>{mark} (llegó a las {time})</translation>
        </message>
        <message>
            <source>Conflicts to settle</source>
            <translation>Conflictos por resolver</translation>
        </message>
        <message>
            <source>Previous conflict</source>
            <translation>Conflicto anterior</translation>
        </message>
        <message>
            <source>Next conflict</source>
            <translation>Conflicto siguiente</translation>
        </message>
        <message>
            <source>Keep mine  (Alt+K)</source>
            <translation>Mantener el mío  (Alt+K)</translation>
        </message>
        <message>
            <source>Save yours on top of theirs (their change stays in the history). Alt+K</source>
            <translation>Guardar el suyo encima del otro (el otro cambio queda en el historial). Alt+K</translation>
        </message>
        <message>
            <source>Take theirs  (Alt+T)</source>
            <translation>Aceptar el otro  (Alt+T)</translation>
        </message>
        <message>
            <source>Leave theirs as it is; yours is not saved. Alt+T</source>
            <translation>Dejar el otro como está; el suyo no se guarda. Alt+T</translation>
        </message>
        <message>
            <source>{student}'s note was changed differently on another computer meanwhile.</source>
            <translation>La observación de {student} se ha cambiado de otra forma en otro equipo mientras tanto.</translation>
        </message>
        <message>
            <source>{student} was marked differently on another computer meanwhile.</source>
            <translation>{student} se ha marcado de otra forma en otro equipo mientras tanto.</translation>
        </message>
        <message>
            <source>Theirs: &lt;b&gt;{theirs}&lt;/b&gt; by {who} &amp;nbsp;·&amp;nbsp; Yours: &lt;b&gt;{mine}&lt;/b&gt;</source>
            <translation>El otro: &lt;b&gt;{theirs}&lt;/b&gt; por {who} &amp;nbsp;·&amp;nbsp; El suyo: &lt;b&gt;{mine}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Keep mine: {mark}  (Alt+K)</source>
            <translation>Mantener el mío: {mark}  (Alt+K)</translation>
        </message>
        <message>
            <source>Take theirs: {mark}  (Alt+T)</source>
            <translation>Aceptar el otro: {mark}  (Alt+T)</translation>
        </message>
        <message>
            <source>{position} of {count}</source>
            <translation>{position} de {count}</translation>
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
            <translation>{teacher} ya pasó lista, así que la clase se queda como está</translation>
        </message>
        <message>
            <source>{teacher} already teaches {class_name} at {time}</source>
            <translation>{teacher} ya da clase a {class_name} a las {time}</translation>
        </message>
        <message>
            <source>Only the school office can give cover.</source>
            <translation>Solo la secretaría puede asignar sustituciones.</translation>
        </message>
        <message>
            <source>Ask the office, or IT, to give these lessons to a colleague.</source>
            <translation>Pida a la secretaría, o a informática, que asigne estas clases a otro docente.</translation>
        </message>
        <message>
            <source>That cover teacher is no longer in the register.</source>
            <translation>Ese docente sustituto ya no figura en las listas.</translation>
        </message>
        <message>
            <source>One of these lessons no longer exists (the timetable changed).</source>
            <translation>Una de estas clases ya no existe (el horario ha cambiado).</translation>
        </message>
        <message>
            <source>Look at the day again and choose the lessons once more.</source>
            <translation>Vuelva a consultar el día y elija de nuevo las clases.</translation>
        </message>
        <message>
            <source>Cover was not given: {reasons}</source>
            <translation>No se asignó la sustitución: {reasons}</translation>
        </message>
        <message>
            <source>Nothing was changed. Choose the other lessons only.</source>
            <translation>No se ha cambiado nada. Elija solo las demás clases.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>teaching {class_name} at {time}</source>
            <translation>en clase a las {time} ({class_name})</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Sustitución</translation>
        </message>
        <message>
            <source>Give an absent teacher's lessons to a colleague: the lessons move to the cover teacher's day, who takes their registers.</source>
            <translation>Asigne las clases de un docente ausente a otro: las clases pasan al día del docente sustituto, que pasa lista.</translation>
        </message>
        <message>
            <source>Type to find who is away</source>
            <translation>Escriba para buscar quién falta</translation>
        </message>
        <message>
            <source>Absent teacher</source>
            <translation>Docente ausente</translation>
        </message>
        <message>
            <source>Find the absent teacher</source>
            <translation>Buscar el docente ausente</translation>
        </message>
        <message>
            <source>Type to find who covers</source>
            <translation>Escriba para buscar quién sustituye</translation>
        </message>
        <message>
            <source>Cover teacher</source>
            <translation>Docente sustituto</translation>
        </message>
        <message>
            <source>Find the cover teacher</source>
            <translation>Buscar el docente sustituto</translation>
        </message>
        <message>
            <source>&amp;Who is away?</source>
            <translation>¿&amp;Quién falta?</translation>
        </message>
        <message>
            <source>Who &amp;covers?</source>
            <translation>¿Quién &amp;sustituye?</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>QLocale date pattern: short weekday, day, month</comment>
            <translation>ddd, d MMM yyyy</translation>
        </message>
        <message>
            <source>Lessons to cover</source>
            <translation>Clases que sustituir</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>&amp;Lessons:</source>
            <translation>&amp;Clases:</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>Qué pasará</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Qué pasa</translation>
        </message>
        <message>
            <source>Reading the day…</source>
            <translation>Leyendo el día…</translation>
        </message>
        <message>
            <source>Give cover</source>
            <translation>Asignar sustitución</translation>
        </message>
        <message>
            <source>no lessons</source>
            <translation>ninguna clase</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n clase</numerusform>
                <numerusform>%n clases</numerusform>
            </translation>
        </message>
        <message>
            <source>The day could not be read. {reason}</source>
            <translation>No se pudo leer el día. {reason}</translation>
        </message>
        <message>
            <source>The day could not be read because of a fault in the app.</source>
            <translation>No se pudo leer el día por un fallo de la aplicación.</translation>
        </message>
        <message numerus="yes">
            <source>All their lessons that day (%n)</source>
            <translation>
                <numerusform>Su única clase ese día (%n)</numerusform>
                <numerusform>Todas sus clases ese día (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>free</source>
            <comment>a teacher with no lesson at that time</comment>
            <translation>libre</translation>
        </message>
        <message>
            <source>away</source>
            <comment>the absent teacher, in the list</comment>
            <translation>ausente</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>Stays: {reason}</source>
            <translation>Se queda: {reason}</translation>
        </message>
        <message>
            <source>Covered by {teacher} now</source>
            <translation>Ahora la sustituye {teacher}</translation>
        </message>
        <message>
            <source>Not covered yet</source>
            <translation>Aún sin sustitución</translation>
        </message>
        <message>
            <source>{teacher} has it already</source>
            <translation>{teacher} ya tiene esta clase</translation>
        </message>
        <message>
            <source>Back to {teacher} (ends the cover)</source>
            <translation>Vuelve a {teacher} (termina la sustitución)</translation>
        </message>
        <message>
            <source>To {teacher}, but {reason}</source>
            <translation>Para {teacher}, pero {reason}</translation>
        </message>
        <message>
            <source>To {teacher}</source>
            <translation>Para {teacher}</translation>
        </message>
        <message>
            <source>Only the school office can give cover: ask the office, or IT, to give these lessons to a colleague.</source>
            <translation>Solo la secretaría puede asignar sustituciones: pida a la secretaría, o a informática, que asigne estas clases a otro docente.</translation>
        </message>
        <message>
            <source>Choose who is away.</source>
            <translation>Elija quién falta.</translation>
        </message>
        <message>
            <source>They have no lessons on {day}.</source>
            <translation>No tiene clases el {day}.</translation>
        </message>
        <message>
            <source>Choose who covers.</source>
            <translation>Elija quién sustituye.</translation>
        </message>
        <message>
            <source>Choose someone other than the teacher who is away.</source>
            <translation>Elija a alguien distinto del docente ausente.</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons will move to {teacher}'s day.</source>
            <translation>
                <numerusform>%n clase pasará al día de {teacher}.</numerusform>
                <numerusform>%n clases pasarán al día de {teacher}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be covered: their register was already taken.</source>
            <translation>
                <numerusform>%n clase no se puede sustituir: ya se pasó lista.</numerusform>
                <numerusform>%n clases no se pueden sustituir: ya se pasó lista.</numerusform>
            </translation>
        </message>
        <message>
            <source>{teacher} already teaches then: you will be asked to confirm.</source>
            <translation>{teacher} ya da clase a esa hora: se le pedirá que lo confirme.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Nada que cambiar.</translation>
        </message>
        <message>
            <source>The cover teacher is teaching then</source>
            <translation>El docente sustituto tiene clase a esa hora</translation>
        </message>
        <message>
            <source>{clashes}

Give the cover anyway?</source>
            <translation>{clashes}

¿Asignar la sustitución de todos modos?</translation>
        </message>
        <message>
            <source>Giving cover…</source>
            <translation>Asignando sustitución…</translation>
        </message>
        <message>
            <source>Cover was not given because of a fault in the app.</source>
            <translation>No se asignó la sustitución por un fallo de la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>none (the database is empty)</source>
            <translation>ninguna (la base de datos está vacía)</translation>
        </message>
        <message>
            <source>{revision} (up to date)</source>
            <translation>{revision} (al día)</translation>
        </message>
        <message>
            <source>{revision} (this version expects {expected})</source>
            <translation>{revision} (esta versión espera {expected})</translation>
        </message>
        <message>
            <source>Connected to “{database}” on {host}:{port} (PostgreSQL {version}). {schema}</source>
            <translation>Conectado a «{database}» en {host}:{port} (PostgreSQL {version}). {schema}</translation>
        </message>
        <message>
            <source>{path} is a folder.</source>
            <translation>{path} es una carpeta.</translation>
        </message>
        <message>
            <source>Choose a file name inside it, such as attendance.sqlite3.</source>
            <translation>Elija un nombre de archivo dentro de ella, por ejemplo attendance.sqlite3.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>Choose another folder, or create this one first.</source>
            <translation>Elija otra carpeta o cree antes esta.</translation>
        </message>
        <message>
            <source>This account cannot create files in {folder}.</source>
            <translation>Esta cuenta no puede crear archivos en {folder}.</translation>
        </message>
        <message>
            <source>Choose a folder of your own, or ask IT for write access.</source>
            <translation>Elija una carpeta propia o pida permiso de escritura al servicio informático.</translation>
        </message>
        <message>
            <source>No database there yet: a new one will be created at {path} on the next start.</source>
            <translation>Todavía no hay ninguna base de datos ahí: se creará una nueva en {path} en el próximo inicio.</translation>
        </message>
        <message>
            <source>The database file {path} can be read but not written to.</source>
            <translation>El archivo de base de datos {path} se puede leer, pero no escribir.</translation>
        </message>
        <message>
            <source>Ask IT to give your account write access to it and its folder.</source>
            <translation>Pida al servicio informático que dé a su cuenta permiso de escritura en el archivo y su carpeta.</translation>
        </message>
        <message>
            <source>Found the database file {path}. {schema}</source>
            <translation>Se ha encontrado el archivo de base de datos {path}. {schema}</translation>
        </message>
        <message>
            <source>It is empty; the app will set it up on the next start.</source>
            <translation>Está vacía; la aplicación la preparará en el próximo inicio.</translation>
        </message>
        <message>
            <source>It holds an attendance register, up to date.</source>
            <translation>Contiene listas de asistencia y está al día.</translation>
        </message>
        <message>
            <source>It holds an attendance register from an older version; it will be upgraded on start.</source>
            <translation>Contiene listas de asistencia de una versión anterior; se actualizará al iniciar.</translation>
        </message>
        <message>
            <source>The database URL is empty.</source>
            <translation>La URL de la base de datos está vacía.</translation>
        </message>
        <message>
            <source>“{url}” is not a database URL.</source>
            <translation>«{url}» no es una URL de base de datos.</translation>
        </message>
        <message>
            <source>Use postgresql://user@host:5432/dbname or sqlite:///path/to/file.sqlite3.</source>
            <translation>Use postgresql://usuario@host:5432/basededatos o sqlite:///ruta/al/archivo.sqlite3.</translation>
        </message>
        <message>
            <source>An in-memory SQLite database would lose every mark when the app closes.</source>
            <translation>Una base de datos SQLite en memoria perdería todas las marcas al cerrar la aplicación.</translation>
        </message>
        <message>
            <source>Give a file path: sqlite:///path/to/attendance.sqlite3.</source>
            <translation>Indique la ruta de un archivo: sqlite:///ruta/a/attendance.sqlite3.</translation>
        </message>
        <message>
            <source>“{url}” names no database.</source>
            <translation>«{url}» no indica ninguna base de datos.</translation>
        </message>
        <message>
            <source>Add the database name: postgresql://user@host:5432/attendance.</source>
            <translation>Añada el nombre de la base de datos: postgresql://usuario@host:5432/attendance.</translation>
        </message>
        <message>
            <source>attendance-desktop cannot use a '{kind}' database.</source>
            <translation>attendance-desktop no puede usar una base de datos «{kind}».</translation>
        </message>
        <message>
            <source>Use SQLite (the default, one computer) or PostgreSQL (shared by many computers).</source>
            <translation>Use SQLite (la opción por defecto, un solo ordenador) o PostgreSQL (compartida por muchos ordenadores).</translation>
        </message>
        <message>
            <source>The database URL’s {part} holds a line break.</source>
            <translation>La parte «{part}» de la URL de la base de datos contiene un salto de línea.</translation>
        </message>
        <message>
            <source>The folder for the database file does not exist: {folder}.</source>
            <translation>La carpeta del archivo de la base de datos no existe: {folder}.</translation>
        </message>
        <message>
            <source>Check the path, or create the folder first.</source>
            <translation>Compruebe la ruta o cree antes la carpeta.</translation>
        </message>
        <message>
            <source>That record already exists; a second copy was not created.</source>
            <translation>Ese registro ya existe; no se ha creado una segunda copia.</translation>
        </message>
        <message>
            <source>The disk is full; the last change was not saved.</source>
            <translation>El disco está lleno; el último cambio no se ha guardado.</translation>
        </message>
        <message>
            <source>Free some space.</source>
            <translation>Libere algo de espacio.</translation>
        </message>
        <message>
            <source>The database file {path} is locked by another program.</source>
            <translation>Otro programa tiene bloqueado el archivo de base de datos {path}.</translation>
        </message>
        <message>
            <source>Wait a moment and try again; if it persists, close other copies of the app or any program that has the file open.</source>
            <translation>Espere un momento y vuelva a intentarlo; si persiste, cierre las demás copias de la aplicación y cualquier programa que tenga el archivo abierto.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be written to (it is read-only).</source>
            <translation>No se puede escribir en el archivo de base de datos {path} (es de solo lectura).</translation>
        </message>
        <message>
            <source>Check the file's permissions, or ask IT to give your account write access to it and its folder.</source>
            <translation>Compruebe los permisos del archivo o pida al servicio informático que dé a su cuenta permiso de escritura en el archivo y su carpeta.</translation>
        </message>
        <message>
            <source>The file {path} is not a readable attendance database (it may be damaged).</source>
            <translation>El archivo {path} no es una base de datos de asistencia legible (puede estar dañado).</translation>
        </message>
        <message>
            <source>Restore the latest backup beside it ({backups}), or point the app at another file.</source>
            <translation>Restaure la copia de seguridad más reciente que hay junto a él ({backups}) o indique otro archivo a la aplicación.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; the last change was not saved.</source>
            <translation>El disco que contiene {path} está lleno; el último cambio no se ha guardado.</translation>
        </message>
        <message>
            <source>Free some space and try again.</source>
            <translation>Libere algo de espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be opened.</source>
            <translation>No se puede abrir el archivo de base de datos {path}.</translation>
        </message>
        <message>
            <source>Check that the folder exists and that your account may write to it.</source>
            <translation>Compruebe que la carpeta existe y que su cuenta puede escribir en ella.</translation>
        </message>
        <message>
            <source>The server at {server} refused the user name or password.</source>
            <translation>El servidor {server} ha rechazado el nombre de usuario o la contraseña.</translation>
        </message>
        <message>
            <source>Check them in Settings &gt; Database (the password is kept in the system keyring).</source>
            <translation>Compruébelos en Configuración &gt; Base de datos (la contraseña se guarda en el llavero del sistema).</translation>
        </message>
        <message>
            <source>The secure connection (TLS) to {server} could not be set up.</source>
            <translation>No se pudo establecer la conexión segura (TLS) con {server}.</translation>
        </message>
        <message>
            <source>Check the server name, and the school's certificate file (CA) in Settings &gt; Database; IT can say which TLS mode the server needs. Details: {details}</source>
            <translation>Compruebe el nombre del servidor y el archivo de certificado del centro (CA) en Configuración &gt; Base de datos; el servicio informático le puede decir qué modo TLS necesita el servidor. Detalles: {details}</translation>
        </message>
        <message>
            <source>The server is reachable but has no such database: {server}.</source>
            <translation>El servidor responde, pero no tiene esa base de datos: {server}.</translation>
        </message>
        <message>
            <source>Ask IT to create it, or check the name in Settings &gt; Database.</source>
            <translation>Pida al servicio informático que la cree o compruebe el nombre en Configuración &gt; Base de datos.</translation>
        </message>
        <message>
            <source>This login may not use the database {server}.</source>
            <translation>Este usuario no puede usar la base de datos {server}.</translation>
        </message>
        <message>
            <source>Ask IT to run “attendance-desktop staff sync”, which lets staff logins connect, or to check that this login is a member of a staff group.</source>
            <translation>Pida al servicio informático que ejecute «attendance-desktop staff sync», que permite conectarse a los usuarios del personal, o que compruebe que este usuario pertenece a un grupo del personal.</translation>
        </message>
        <message>
            <source>The database server's disk is full; the last change was not saved.</source>
            <translation>El disco del servidor de base de datos está lleno; el último cambio no se ha guardado.</translation>
        </message>
        <message>
            <source>Tell IT: the server needs more space.</source>
            <translation>Avise al servicio informático: el servidor necesita más espacio.</translation>
        </message>
        <message>
            <source>The database was busy with another computer's change; yours was not saved.</source>
            <translation>La base de datos estaba ocupada con el cambio de otro ordenador; el suyo no se ha guardado.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot reach the attendance database server ({server}).</source>
            <translation>No se puede conectar con el servidor de la base de datos de asistencia ({server}).</translation>
        </message>
        <message>
            <source>Check the network cable or Wi-Fi, and that the server is running. Details: {details}</source>
            <translation>Compruebe el cable de red o la wifi, y que el servidor esté en marcha. Detalles: {details}</translation>
        </message>
        <message>
            <source>This database already has tables but was not created by attendance-desktop.</source>
            <translation>Esta base de datos ya tiene tablas, pero no la creó attendance-desktop.</translation>
        </message>
        <message>
            <source>Point the app at an empty database or at an attendance-desktop database.</source>
            <translation>Indique a la aplicación una base de datos vacía o una base de datos de attendance-desktop.</translation>
        </message>
        <message>
            <source>This database records several schema revisions at once ({revisions}).</source>
            <translation>Esta base de datos registra varias revisiones del esquema a la vez ({revisions}).</translation>
        </message>
        <message>
            <source>It was changed by hand; restore a backup or ask the developers.</source>
            <translation>Se modificó a mano; restaure una copia de seguridad o consulte a los desarrolladores.</translation>
        </message>
        <message>
            <source>The login “{login}” may not upgrade the database.</source>
            <translation>El usuario «{login}» no puede actualizar la base de datos.</translation>
        </message>
        <message>
            <source>The database's owner, or a login IT made an upgrade login (`attendance-desktop staff grant-upgrade`), upgrades it.</source>
            <translation>La actualiza el propietario de la base de datos o un usuario al que el servicio informático haya dado permiso (`attendance-desktop staff grant-upgrade`).</translation>
        </message>
        <message numerus="yes">
            <source>The upgrade would leave %n broken references; nothing was changed.</source>
            <translation>
                <numerusform>La actualización dejaría %n referencia rota; no se ha cambiado nada.</numerusform>
                <numerusform>La actualización dejaría %n referencias rotas; no se ha cambiado nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send the log file to the developers.</source>
            <translation>Envíe el archivo de registro a los desarrolladores.</translation>
        </message>
        <message>
            <source>a network share (UNC path)</source>
            <translation>un recurso compartido de red (ruta UNC)</translation>
        </message>
        <message>
            <source>a network drive ({type})</source>
            <translation>una unidad de red ({type})</translation>
        </message>
        <message>
            <source>a mapped network drive ({drive})</source>
            <translation>una unidad de red asignada ({drive})</translation>
        </message>
        <message>
            <source>The database file {path} is on {where}. SQLite cannot be shared safely over a network: marks could be lost or the file damaged.</source>
            <translation>El archivo de base de datos {path} está en {where}. SQLite no se puede compartir con seguridad en red: podrían perderse marcas o dañarse el archivo.</translation>
        </message>
        <message>
            <source>To share one register between several computers, use a PostgreSQL server (File &gt; Settings… &gt; Database: “{option}”; see {guide}). To use this computer alone, keep the database on a local disk.</source>
            <translation>Para compartir las listas de asistencia entre varios ordenadores, use un servidor PostgreSQL (Archivo &gt; Configuración… &gt; Base de datos: «{option}»; véase {guide}). Para usar solo este ordenador, mantenga la base de datos en un disco local.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMM yyyy</source>
            <comment>QLocale date pattern: day, short month, year</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>dddd d MMM</source>
            <comment>QLocale date pattern: weekday, day, short month</comment>
            <translation>dddd, d MMM</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Riverside Academy (demo)</source>
            <translation>Instituto Ribera (demo)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Maths</source>
            <translation>Matemáticas</translation>
        </message>
        <message>
            <source>Science</source>
            <translation>Ciencias</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Bus was late</source>
            <translation>El autobús llegó tarde</translation>
        </message>
        <message>
            <source>Came from a music lesson</source>
            <translation>Venía de clase de música</translation>
        </message>
        <message>
            <source>Overslept</source>
            <translation>Se quedó dormido</translation>
        </message>
        <message>
            <source>Was at the nurse</source>
            <translation>Estaba en la enfermería</translation>
        </message>
        <message>
            <source>Dentist appointment</source>
            <translation>Cita con el dentista</translation>
        </message>
        <message>
            <source>School trip</source>
            <translation>Excursión escolar</translation>
        </message>
        <message>
            <source>Sports fixture</source>
            <translation>Competición deportiva</translation>
        </message>
        <message>
            <source>Hospital appointment</source>
            <translation>Cita en el hospital</translation>
        </message>
        <message>
            <source>Ill - parent phoned the office</source>
            <translation>Enfermo: la familia llamó a secretaría</translation>
        </message>
        <message>
            <source>Mrs Hall (office)</source>
            <translation>Sra. Hall (secretaría)</translation>
        </message>
        <message>
            <source>Note from home</source>
            <translation>Justificante de la familia</translation>
        </message>
        <message>
            <source>No note from home yet</source>
            <translation>Aún sin justificante de la familia</translation>
        </message>
        <message>
            <source>The demo school can only be loaded into an empty database; this one already has teachers, classes or students.</source>
            <translation>El centro de demostración solo se puede cargar en una base de datos vacía; esta ya tiene docentes, grupos o alumnado.</translation>
        </message>
        <message>
            <source>Start the demo on its own with `attendance-desktop --demo`, or point the app at a new database file in Settings &gt; Database.</source>
            <translation>Inicie la demostración por separado con `attendance-desktop --demo`, o indique a la aplicación un nuevo archivo de base de datos en Configuración &gt; Base de datos.</translation>
        </message>
        <message>
            <source>The demo school needs an attendance code for each of present, late, absent and excused; this database has none for {categories}.</source>
            <translation>El centro de demostración necesita un código de asistencia para presente, retraso, ausente y justificado; esta base de datos no tiene ninguno para {categories}.</translation>
        </message>
        <message>
            <source>Add them in Settings &gt; Attendance codes, or start the demo on its own with `attendance-desktop --demo`.</source>
            <translation>Añádalos en Configuración &gt; Códigos de asistencia, o inicie la demostración por separado con `attendance-desktop --demo`.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialogs</name>
        <message>
            <source>A newer version of the app is needed</source>
            <translation>Se necesita una versión más reciente de la aplicación</translation>
        </message>
        <message>
            <source>The database setting is not right</source>
            <translation>La configuración de la base de datos no es correcta</translation>
        </message>
        <message>
            <source>Cannot reach the attendance database</source>
            <translation>No se puede conectar con la base de datos de asistencia</translation>
        </message>
        <message>
            <source>The attendance database is busy</source>
            <translation>La base de datos de asistencia está ocupada</translation>
        </message>
        <message>
            <source>The attendance database is read-only</source>
            <translation>La base de datos de asistencia es de solo lectura</translation>
        </message>
        <message>
            <source>The attendance database is damaged</source>
            <translation>La base de datos de asistencia está dañada</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>El disco está lleno</translation>
        </message>
        <message>
            <source>This is not an attendance database</source>
            <translation>No es una base de datos de asistencia</translation>
        </message>
        <message>
            <source>Someone else changed this mark</source>
            <translation>Otra persona ha cambiado esta marca</translation>
        </message>
        <message>
            <source>That already exists</source>
            <translation>Eso ya existe</translation>
        </message>
        <message>
            <source>Something needs your attention</source>
            <translation>Algo requiere su atención</translation>
        </message>
        <message>
            <source>{title} - {app}</source>
            <translation>{title} - {app}</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation>Qué hacer: {hint}</translation>
        </message>
        <message>
            <source>{app} ran into a problem</source>
            <translation>{app} ha tenido un problema</translation>
        </message>
        <message>
            <source>Sorry, something went wrong.</source>
            <translation>Lo sentimos, algo ha salido mal.</translation>
        </message>
        <message>
            <source>This is a fault in attendance-desktop, not something you did. Marks that were already saved are safe. You can carry on; if it happens again, restart the app and send the details to your IT support.</source>
            <translation>Es un fallo de attendance-desktop, no algo que usted haya hecho. Las marcas ya guardadas están a salvo. Puede continuar; si vuelve a ocurrir, reinicie la aplicación y envíe los detalles a su soporte informático.</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Mostrar detalles</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar los detalles</translation>
        </message>
        <message>
            <source>Copy the details to the clipboard, to paste into an email</source>
            <translation>Copiar los detalles al portapapeles, para pegarlos en un correo</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
        <message>
            <source>No log file</source>
            <translation>No hay archivo de registro</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>This happened %n times. It is a fault in the app, not something you did. Marks that were already saved are safe. Please restart the app, and send the details to your IT support.</source>
            <translation>
                <numerusform>Ha ocurrido %n vez. Es un fallo de la aplicación, no algo que usted haya hecho. Las marcas ya guardadas están a salvo. Reinicie la aplicación y envíe los detalles a su soporte informático.</numerusform>
                <numerusform>Ha ocurrido %n veces. Es un fallo de la aplicación, no algo que usted haya hecho. Las marcas ya guardadas están a salvo. Reinicie la aplicación y envíe los detalles a su soporte informático.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Ocultar detalles</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This database is at revision {stored}, which this version of attendance-desktop does not know (the newest it knows is {known}).</source>
            <translation>Esta base de datos está en la revisión {stored}, que esta versión de attendance-desktop no conoce (la más reciente que conoce es {known}).</translation>
        </message>
        <message>
            <source>A newer version of the app has upgraded it: install that version on this computer. Nothing was changed in the database.</source>
            <translation>Una versión más reciente del programa la ha actualizado: instale esa versión en este ordenador. No se ha cambiado nada en la base de datos.</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>otra persona</translation>
        </message>
        <message>
            <source>Attendance row {row} was changed by {who} on {machine} (now version {version}, you had version {yours}).</source>
            <translation>La fila de asistencia {row} la ha cambiado {who} en {machine} (ahora versión {version}, usted tenía la versión {yours}).</translation>
        </message>
        <message>
            <source>Attendance row {row} was changed by {who} (now version {version}, you had version {yours}).</source>
            <translation>La fila de asistencia {row} la ha cambiado {who} (ahora versión {version}, usted tenía la versión {yours}).</translation>
        </message>
        <message>
            <source>Nothing was overwritten; review their change and yours.</source>
            <translation>No se ha sobrescrito nada; revise su cambio y el de la otra persona.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Attendance rate = attended / marked sessions (Present and Late attend; Absent and Excused are missed). Chronic absence = missing 10% or more, excused included.</source>
            <translation>Tasa de asistencia = clases asistidas / clases registradas (presente y retraso cuentan como asistencia; ausente y justificado, como falta). Absentismo crónico = faltar al 10 % o más, incluidas las faltas justificadas.</translation>
        </message>
        <message>
            <source>{school}: {report}</source>
            <translation>{school}: {report}</translation>
        </message>
        <message>
            <source>Dates and times in {zone}.</source>
            <translation>Fechas y horas: {zone}.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>student number {number}</source>
            <translation>número de alumno {number}</translation>
        </message>
        <message>
            <source>roster ID {id}</source>
            <translation>ID de listas {id}</translation>
        </message>
        <message>
            <source>{student} ({ids})</source>
            <translation>{student} ({ids})</translation>
        </message>
        <message>
            <source>{student}, attendance {range}</source>
            <translation>{student}, asistencia {range}</translation>
        </message>
        <message numerus="yes">
            <source>Attendance {rate} ({attended} of %n marked sessions).</source>
            <translation>
                <numerusform>Asistencia {rate} ({attended} de %n clase registrada).</numerusform>
                <numerusform>Asistencia {rate} ({attended} de %n clases registradas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Chronically absent: {answer}.</source>
            <translation>Absentismo crónico: {answer}.</translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Marca</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Cuenta como</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Clases</translation>
        </message>
        <message>
            <source>Share of marked</source>
            <translation>Porcentaje de registradas</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistencias</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Faltas</translation>
        </message>
        <message>
            <source>Chronically absent</source>
            <translation>Absentismo crónico</translation>
        </message>
        <message>
            <source>attended</source>
            <comment>what a code counts as</comment>
            <translation>asistencia</translation>
        </message>
        <message>
            <source>missed</source>
            <comment>what a code counts as</comment>
            <translation>falta</translation>
        </message>
        <message>
            <source>{class_name} ({teacher}), class summary {range}</source>
            <translation>{class_name} ({teacher}), resumen del grupo {range}</translation>
        </message>
        <message>
            <source>{class_name}, class summary {range}</source>
            <translation>{class_name}, resumen del grupo {range}</translation>
        </message>
        <message>
            <source>Lessons: {lessons}; registers taken: {taken}.</source>
            <translation>Clases: {lessons}; listas pasadas: {taken}.</translation>
        </message>
        <message numerus="yes">
            <source>Class attendance {rate} ({attended} of %n marked sessions).</source>
            <translation>
                <numerusform>Asistencia del grupo {rate} ({attended} de %n clase registrada).</numerusform>
                <numerusform>Asistencia del grupo {rate} ({attended} de %n clases registradas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chronically absent: {chronic} of %n students.</source>
            <translation>
                <numerusform>Absentismo crónico: {chronic} de %n alumno.</numerusform>
                <numerusform>Absentismo crónico: {chronic} de %n alumnos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Número de alumno</translation>
        </message>
        <message>
            <source>{label} ({code})</source>
            <comment>a column: a mark's name and its code</comment>
            <translation>{label} ({code})</translation>
        </message>
        <message>
            <source>Class summary</source>
            <translation>Resumen del grupo</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Alumno</translation>
        </message>
        <message>
            <source>Roster ID</source>
            <translation>ID de listas</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Alta</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Baja</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Registradas</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Tasa de asistencia</translation>
        </message>
        <message>
            <source>Rate</source>
            <comment>short column title: attendance rate</comment>
            <translation>Tasa</translation>
        </message>
        <message>
            <source>Chronic absence</source>
            <translation>Absentismo crónico</translation>
        </message>
        <message>
            <source>Chronic</source>
            <comment>short column title: chronic absence</comment>
            <translation>Crónico</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Todo el grupo</translation>
        </message>
        <message>
            <source>up to {date}</source>
            <translation>hasta el {date}</translation>
        </message>
        <message>
            <source>Registers never taken, {range}</source>
            <translation>Listas sin pasar, {range}</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons that ended by {moment} with no register: never started, or started with nobody marked.</source>
            <translation>
                <numerusform>%n clase que terminó a más tardar el {moment} sin pasar lista: nunca se empezó, o se empezó sin marcar a nadie.</numerusform>
                <numerusform>%n clases que terminaron a más tardar el {moment} sin pasar lista: nunca se empezaron, o se empezaron sin marcar a nadie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Missing registers</source>
            <translation>Listas sin pasar</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Rate by week</source>
            <translation>Tasa por semana</translation>
        </message>
        <message>
            <source>{class_name}, attendance rate by week {range}</source>
            <translation>{class_name}, tasa de asistencia por semana {range}</translation>
        </message>
        <message>
            <source>Rate by day</source>
            <translation>Tasa por día</translation>
        </message>
        <message>
            <source>{class_name}, attendance rate by day {range}</source>
            <translation>{class_name}, tasa de asistencia por día {range}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Register not started.</source>
            <translation>Lista no empezada.</translation>
        </message>
        <message>
            <source>Register open.</source>
            <translation>Lista abierta.</translation>
        </message>
        <message>
            <source>Register closed.</source>
            <translation>Lista cerrada.</translation>
        </message>
        <message>
            <source>Register {state}.</source>
            <translation>Lista: {state}.</translation>
        </message>
        <message>
            <source>{date}, {start}-{end}</source>
            <translation>{date}, {start}–{end}</translation>
        </message>
        <message>
            <source>{class_name} register, {when}</source>
            <translation>Lista de asistencia de {class_name}, {when}</translation>
        </message>
        <message>
            <source>{teacher} (covering for {class_teacher})</source>
            <translation>{teacher} (sustituye a {class_teacher})</translation>
        </message>
        <message>
            <source>Taken by {teacher}, room {room}.</source>
            <translation>Lista pasada por {teacher}, aula {room}.</translation>
        </message>
        <message>
            <source>Taken by {teacher}.</source>
            <translation>Lista pasada por {teacher}.</translation>
        </message>
        <message>
            <source>#</source>
            <comment>column of row numbers</comment>
            <translation>N.º</translation>
        </message>
        <message>
            <source>{title} (%)</source>
            <comment>a CSV column of percentages</comment>
            <translation>{title} (%)</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Cannot export to '{file}': only .csv and .xlsx files are supported.</source>
            <translation>No se puede exportar a «{file}»: solo se admiten archivos .csv y .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>No se ha podido escribir {path}: {reason}.</translation>
        </message>
        <message>
            <source>Choose another folder, or close the file if a spreadsheet has it open.</source>
            <translation>Elija otra carpeta o cierre el archivo si lo tiene abierto una hoja de cálculo.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Welcome to attendance-desktop.

The register opens once the school is set up: choose how to start in the window in front.</source>
            <translation>Bienvenido a attendance-desktop.

La lista de asistencia se abrirá cuando el centro esté configurado: elija cómo empezar en la ventana de delante.</translation>
        </message>
        <message>
            <source>Welcome to attendance-desktop</source>
            <translation>Bienvenido a attendance-desktop</translation>
        </message>
        <message>
            <source>Import a roster…</source>
            <translation>Importar las listas de alumnado…</translation>
        </message>
        <message>
            <source>Bring in your school's teachers, classes and students: a CSV file saved from a spreadsheet, or the OneRoster export (.zip) of your student information system. You see every change, or every problem, before anything is written.</source>
            <translation>Incorpore los docentes, grupos y alumnado de su centro: un archivo CSV guardado desde una hoja de cálculo, o la exportación OneRoster (.zip) de su sistema de gestión académica. Verá cada cambio, o cada problema, antes de que se escriba nada.</translation>
        </message>
        <message>
            <source>Load a demo school</source>
            <translation>Cargar un centro de demostración</translation>
        </message>
        <message>
            <source>Try everything with a made-up school: {teachers} teachers, {classes} classes and {weeks} weeks of registers. The made-up people go into this database; to start for real afterwards, choose a new database in Settings.</source>
            <translation>Pruébelo todo con un centro inventado: {teachers} docentes, {classes} grupos y {weeks} semanas de listas de asistencia. Las personas inventadas se guardan en esta base de datos; para empezar de verdad después, elija una base de datos nueva en Configuración.</translation>
        </message>
        <message>
            <source>Connect to a school server instead…</source>
            <translation>Conectarse en su lugar a un servidor del centro…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>¡Bienvenido!</translation>
        </message>
        <message>
            <source>This register is empty. To take attendance, the app needs your school's teachers, classes and students. How would you like to start?</source>
            <translation>Esta lista de asistencia está vacía. Para pasar lista, la aplicación necesita los docentes, grupos y alumnado de su centro. ¿Cómo quiere empezar?</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Marcado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Deshecho</translation>
        </message>
        <message>
            <source>Merged with another change</source>
            <translation>Combinado con otro cambio</translation>
        </message>
        <message>
            <source>Override (kept on purpose)</source>
            <translation>Forzado (mantenido a propósito)</translation>
        </message>
        <message>
            <source>Changed after closing</source>
            <translation>Cambiado después del cierre</translation>
        </message>
        <message>
            <source>Sent after being offline</source>
            <translation>Enviado tras estar sin conexión</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Sin marcar</translation>
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
            <translation>Observación: «{old}» → «{new}»</translation>
        </message>
        <message>
            <source>{mark} (unchanged)</source>
            <translation>{mark} (sin cambios)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Made {moment}</source>
            <translation>Hecho el {moment}</translation>
        </message>
        <message>
            <source>Made {moment}; saved {saved}</source>
            <translation>Hecho el {moment}; guardado el {saved}</translation>
        </message>
        <message>
            <source>{moment} (saved {saved})</source>
            <translation>{moment} (guardado {saved})</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>QLocale date pattern: day, short month</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <source>History: {student}</source>
            <translation>Historial: {student}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{student}&lt;/b&gt;: every change to this register row, newest first.</source>
            <translation>&lt;b&gt;{student}&lt;/b&gt;: todos los cambios de esta fila de la lista de asistencia, los más recientes primero.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message numerus="yes">
            <source>%n changes.</source>
            <translation>
                <numerusform>%n cambio.</numerusform>
                <numerusform>%n cambios.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes yet.</source>
            <translation>Todavía no hay cambios.</translation>
        </message>
    </context>
    <context>
        <name>ImportCli</name>
        <message>
            <source>Read {path}: {description}.</source>
            <translation>Leído {path}: {description}.</translation>
        </message>
        <message>
            <source>Text encoding: {encoding}.</source>
            <translation>Codificación del texto: {encoding}.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Nota: {note}</translation>
        </message>
        <message>
            <source>Warning: {problem}</source>
            <translation>Aviso: {problem}</translation>
        </message>
        <message>
            <source>Dry run: nothing was written. The import would make these changes:</source>
            <translation>Simulación: no se ha escrito nada. La importación haría estos cambios:</translation>
        </message>
        <message>
            <source>Imported into {database}:</source>
            <translation>Importado en {database}:</translation>
        </message>
        <message>
            <source>The register already matches this roster; nothing was changed:</source>
            <translation>El programa ya coincide con estas listas de alumnado; no se ha cambiado nada:</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems:</source>
            <translation>
                <numerusform>Las listas de alumnado tienen %n problema:</numerusform>
                <numerusform>Las listas de alumnado tienen %n problemas:</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported. Fix the problems in the file and run the import again.</source>
            <translation>No se ha importado nada. Corrija los problemas en el archivo y vuelva a ejecutar la importación.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>A &lt;b&gt;CSV file&lt;/b&gt; with one row per student and class (columns such as First name, Last name, Class, Teacher) or one row per person with a role or type column, or the &lt;b&gt;whole-school export&lt;/b&gt; of your school's information system, as its folder or .zip: &lt;b&gt;OneRoster&lt;/b&gt; 1.0, 1.1 or 1.2, &lt;b&gt;Microsoft School Data Sync&lt;/b&gt; v1, v2 or v2.1, or &lt;b&gt;Clever&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Nothing is written until you press &lt;b&gt;Import&lt;/b&gt;; an import is all or nothing, and nothing is ever deleted (students who left are given an end date).</source>
            <translation>Un &lt;b&gt;archivo CSV&lt;/b&gt; con una fila por alumno y grupo (columnas como First name, Last name, Class, Teacher) o una fila por persona con una columna de rol o tipo, o la &lt;b&gt;exportación completa&lt;/b&gt; del sistema de gestión de su centro, como carpeta o .zip: &lt;b&gt;OneRoster&lt;/b&gt; 1.0, 1.1 o 1.2, &lt;b&gt;Microsoft School Data Sync&lt;/b&gt; v1, v2 o v2.1, o &lt;b&gt;Clever&lt;/b&gt;.&lt;br&gt;&lt;br&gt;No se escribe nada hasta que pulse &lt;b&gt;Importar&lt;/b&gt;; una importación se hace entera o no se hace, y nunca se borra nada (el alumnado que se ha ido recibe una fecha de fin).</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Dados de baja</translation>
        </message>
        <message>
            <source>Not in the register yet: will be added</source>
            <translation>Aún no está en el programa: se añadirá</translation>
        </message>
        <message>
            <source>In the register with different details (a name, room, teacher...)</source>
            <translation>En el programa con otros datos (nombre, aula, docente…)</translation>
        </message>
        <message>
            <source>Already in the register exactly as in this roster</source>
            <translation>Ya está en el programa exactamente como en estas listas</translation>
        </message>
        <message>
            <source>Students given an end date in a class, or people and classes marked inactive. Nothing is deleted: their history stays.</source>
            <translation>Alumnos que reciben una fecha de fin en un grupo, o personas y grupos marcados como inactivos. No se borra nada: su historial se conserva.</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>Importar listas de alumnado</translation>
        </message>
        <message>
            <source>Bring in teachers, classes and students from your school's information system.</source>
            <translation>Traiga docentes, grupos y alumnado desde el sistema de gestión de su centro.</translation>
        </message>
        <message>
            <source>A .csv file, or a OneRoster folder or .zip</source>
            <translation>Un archivo .csv, o una carpeta o .zip de OneRoster</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>Elegir &amp;archivo…</translation>
        </message>
        <message>
            <source>A CSV file, or a OneRoster export saved as a .zip</source>
            <translation>Un archivo CSV, o una exportación de OneRoster guardada como .zip</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>Elegir &amp;carpeta…</translation>
        </message>
        <message>
            <source>A OneRoster export unpacked into a folder</source>
            <translation>Una exportación de OneRoster descomprimida en una carpeta</translation>
        </message>
        <message>
            <source>Nothing has been written. Fix these in the file (or in your school's system and export again), then choose the file again.</source>
            <translation>No se ha escrito nada. Corrija esto en el archivo (o en el sistema de su centro y vuelva a exportar) y después elija el archivo de nuevo.</translation>
        </message>
        <message>
            <source>&amp;Copy problems</source>
            <translation>&amp;Copiar problemas</translation>
        </message>
        <message>
            <source>Copy the list to the clipboard, to send to whoever keeps the file</source>
            <translation>Copiar la lista al portapapeles para enviarla a quien mantiene el archivo</translation>
        </message>
        <message>
            <source>%v of %m rows written</source>
            <translation>%v de %m filas escritas</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Choose a roster file</source>
            <translation>Elegir un archivo de listas</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
            <translation>Listas (*.csv *.txt *.zip);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a OneRoster folder</source>
            <translation>Elegir una carpeta de OneRoster</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message>
            <source>{description}. Comparing with the register…</source>
            <translation>{description}. Comparando con el programa…</translation>
        </message>
        <message>
            <source>The roster could not be compared with the register.</source>
            <translation>No se han podido comparar las listas con el programa.</translation>
        </message>
        <message>
            <source>The roster could not be read.</source>
            <translation>No se han podido leer las listas.</translation>
        </message>
        <message>
            <source>This roster would make these changes:</source>
            <translation>Estas listas harían estos cambios:</translation>
        </message>
        <message>
            <source>The register already matches this roster: there is nothing to import.</source>
            <translation>El programa ya coincide con estas listas: no hay nada que importar.</translation>
        </message>
        <message>
            <source>Press Import to write these changes, all in one go.</source>
            <translation>Pulse Importar para escribir estos cambios de una sola vez.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>No hay nada que hacer.</translation>
        </message>
        <message>
            <source>{file}: {description}.</source>
            <translation>{file}: {description}.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}.</source>
            <translation>{file}: {description}. Leído como {encoding}.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by commas.</source>
            <translation>{file}: {description}. Leído como {encoding}, valores separados por comas.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by semicolons.</source>
            <translation>{file}: {description}. Leído como {encoding}, valores separados por punto y coma.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by tabs.</source>
            <translation>{file}: {description}. Leído como {encoding}, valores separados por tabuladores.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by {separator}.</source>
            <translation>{file}: {description}. Leído como {encoding}, valores separados por {separator}.</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more.</source>
            <translation>
                <numerusform>… y %n más.</numerusform>
                <numerusform>… y %n más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings (the import can go ahead)</source>
            <translation>
                <numerusform>%n aviso (la importación puede continuar)</numerusform>
                <numerusform>%n avisos (la importación puede continuar)</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems. It cannot be imported until they are fixed.</source>
            <translation>
                <numerusform>Las listas tienen %n problema. No se pueden importar hasta que se corrija.</numerusform>
                <numerusform>Las listas tienen %n problemas. No se pueden importar hasta que se corrijan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in {file}.</source>
            <translation>
                <numerusform>No se ha importado nada: %n problema en {file}.</numerusform>
                <numerusform>No se ha importado nada: %n problemas en {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems.</source>
            <translation>
                <numerusform>No se ha importado nada: %n problema.</numerusform>
                <numerusform>No se ha importado nada: %n problemas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n problems, nothing was imported.</source>
            <translation>
                <numerusform>{file}: %n problema, no se ha importado nada.</numerusform>
                <numerusform>{file}: %n problemas, no se ha importado nada.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster: %n problems, nothing was imported.</source>
            <translation>
                <numerusform>Las listas: %n problema, no se ha importado nada.</numerusform>
                <numerusform>Las listas: %n problemas, no se ha importado nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>Stopping the import and undoing what it wrote…</source>
            <translation>Deteniendo la importación y deshaciendo lo que ha escrito…</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was imported.</source>
            <translation>Importación cancelada. No se ha importado nada.</translation>
        </message>
        <message>
            <source>Imported. These changes were made:</source>
            <translation>Importado. Se han hecho estos cambios:</translation>
        </message>
        <message>
            <source>{file} was imported. The lessons and registers now use it.</source>
            <translation>{file} se ha importado. Las clases y las listas de asistencia ya lo usan.</translation>
        </message>
        <message>
            <source>The roster was imported. The lessons and registers now use it.</source>
            <translation>Las listas se han importado. Las clases y las listas de asistencia ya las usan.</translation>
        </message>
        <message>
            <source>The import failed. Nothing was imported.</source>
            <translation>La importación ha fallado. No se ha importado nada.</translation>
        </message>
        <message>
            <source>{what} {why}</source>
            <translation>{what} {why}</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancelar la importación</translation>
        </message>
        <message>
            <source>Choose the roster to import.</source>
            <translation>Elija las listas que quiere importar.</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>{teacher}, cover for {absent}</source>
            <translation>{teacher}, en sustitución de {absent}</translation>
        </message>
        <message>
            <source>Lesson {number} no longer exists.</source>
            <translation>La clase n.º {number} ya no existe.</translation>
        </message>
        <message>
            <source>no teacher</source>
            <translation>sin docente</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Marcadas</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>Not taken</source>
            <translation>Sin pasar lista</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Sustituida</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Sustitución</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrada</translation>
        </message>
        <message>
            <source>not taken</source>
            <translation>sin pasar lista</translation>
        </message>
        <message numerus="yes">
            <source>%n students enrolled; start the register to mark them</source>
            <translation>
                <numerusform>%n alumno matriculado; pase lista para marcarlo</numerusform>
                <numerusform>%n alumnos matriculados; pase lista para marcarlos</numerusform>
            </translation>
        </message>
        <message>
            <source>This lesson is over and its register was never started</source>
            <translation>Esta clase ha terminado y nunca se empezó a pasar lista</translation>
        </message>
        <message>
            <source>{cover}: not started yet; Enter starts its register</source>
            <translation>{cover}: aún sin empezar; Intro empieza a pasar lista</translation>
        </message>
        <message>
            <source>{cover}, who takes its register (now: {state})</source>
            <translation>{cover}, que pasa lista (ahora: {state})</translation>
        </message>
        <message>
            <source>On now</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Cover for {teacher}</source>
            <translation>Sustitución de {teacher}</translation>
        </message>
        <message>
            <source>Covered by {teacher}</source>
            <translation>Sustituida por {teacher}</translation>
        </message>
        <message>
            <source>{class_name}: {subject}</source>
            <translation>{class_name}: {subject}</translation>
        </message>
        <message>
            <source>Cover for {absent}: you cover it for {absent}, and take its register</source>
            <translation>Sustitución de {absent}: usted sustituye a {absent} y pasa lista</translation>
        </message>
        <message>
            <source>Covered by {teacher}: {teacher} covers it for {absent}, and takes its register</source>
            <translation>Sustituida por {teacher}: {teacher} sustituye a {absent} y pasa lista</translation>
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
            <translation>{teacher} (sustitución)</translation>
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
            <translation>{key} / Todos presentes</translation>
        </message>
        <message>
            <source>mark everyone not yet marked as Present (a register not started is started first)</source>
            <translation>marcar como presentes a todos los que aún no tienen marca (una lista no empezada se empieza primero)</translation>
        </message>
        <message>
            <source>mark the selected student and move to the next; these keys always mark, they never search</source>
            <translation>marcar al alumno seleccionado y pasar al siguiente; estas teclas siempre marcan, nunca buscan</translation>
        </message>
        <message>
            <source>a row's number (&lt;b&gt;1&lt;/b&gt;, &lt;b&gt;12&lt;/b&gt;…)</source>
            <translation>el número de una fila (&lt;b&gt;1&lt;/b&gt;, &lt;b&gt;12&lt;/b&gt;…)</translation>
        </message>
        <message>
            <source>go to that student (the numbers are left of the names)</source>
            <translation>ir a ese alumno (los números están a la izquierda de los nombres)</translation>
        </message>
        <message>
            <source>other letters</source>
            <translation>otras letras</translation>
        </message>
        <message>
            <source>find a student by name (a mark's key ends the search and marks the student found)</source>
            <translation>buscar a un alumno por su nombre (la tecla de una marca termina la búsqueda y marca al alumno encontrado)</translation>
        </message>
        <message>
            <source>&lt;b&gt;/&lt;/b&gt; then a name</source>
            <translation>&lt;b&gt;/&lt;/b&gt; y luego un nombre</translation>
        </message>
        <message>
            <source>find a name that starts with a mark's letter (Enter ends the search)</source>
            <translation>buscar un nombre que empieza por la letra de una marca (Intro termina la búsqueda)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt;, &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt;</source>
            <translation>&lt;b&gt;Arriba&lt;/b&gt;/&lt;b&gt;Abajo&lt;/b&gt;, &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt;</translation>
        </message>
        <message>
            <source>move between students</source>
            <translation>moverse entre alumnos</translation>
        </message>
        <message>
            <source>&lt;b&gt;Space&lt;/b&gt; / click the status</source>
            <translation>&lt;b&gt;Espacio&lt;/b&gt; / clic en la marca</translation>
        </message>
        <message>
            <source>step to the next mark (a double click is one step)</source>
            <translation>pasar a la siguiente marca (un doble clic cuenta como un paso)</translation>
        </message>
        <message>
            <source>undo the last mark (or the last "everyone present")</source>
            <translation>deshacer la última marca (o el último «todos presentes»)</translation>
        </message>
        <message>
            <source>edit the note</source>
            <translation>editar la observación</translation>
        </message>
        <message>
            <source>the selected student's history: every change, who, when</source>
            <translation>el historial del alumno seleccionado: cada cambio, quién, cuándo</translation>
        </message>
        <message>
            <source>right-click</source>
            <translation>clic derecho</translation>
        </message>
        <message>
            <source>every mark, the note and the row's history</source>
            <translation>todas las marcas, la observación y el historial de la fila</translation>
        </message>
        <message>
            <source>start the selected lesson's register and go to it</source>
            <translation>empezar la lista de asistencia de la clase seleccionada e ir a ella</translation>
        </message>
        <message>
            <source>a new lesson: take a register for a class now (or a cover)</source>
            <translation>una clase nueva: pasar lista a un grupo ahora (o en una sustitución)</translation>
        </message>
        <message>
            <source>previous / next day</source>
            <translation>día anterior / siguiente</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>quit (marks not saved yet are kept for the next start)</source>
            <translation>salir (las marcas aún sin guardar se conservan para el próximo inicio)</translation>
        </message>
        <message>
            <source>this help</source>
            <translation>esta ayuda</translation>
        </message>
        <message>
            <source>Present after the grace period becomes Late automatically; press {key} again to keep Present.</source>
            <translation>Presente después del margen de cortesía pasa a Retraso automáticamente; pulse {key} otra vez para mantener Presente.</translation>
        </message>
        <message>
            <source>Taking a register</source>
            <translation>Pasar lista</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Clases</translation>
        </message>
        <message>
            <source>Attendance register — DEMO (nothing is kept)</source>
            <translation>Lista de asistencia — DEMO (no se guarda nada)</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>The day's lessons. Enter starts the selected lesson's register and goes to it.</source>
            <translation>Las clases del día. Intro empieza la lista de asistencia de la clase seleccionada y va a ella.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n marks kept on this computer from the last time the app ran…</source>
            <translation>
                <numerusform>Enviando %n marca guardada en este equipo desde la última vez que se usó la aplicación…</numerusform>
                <numerusform>Enviando %n marcas guardadas en este equipo desde la última vez que se usó la aplicación…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;Import roster…</source>
            <translation>Importar &amp;listas…</translation>
        </message>
        <message>
            <source>Students, teachers and classes from a CSV file or a OneRoster export</source>
            <translation>Alumnado, docentes y grupos desde un archivo CSV o una exportación OneRoster</translation>
        </message>
        <message>
            <source>Import &amp;timetable…</source>
            <translation>Importar &amp;horario…</translation>
        </message>
        <message>
            <source>Bell times, the timetable or holidays from a CSV or iCalendar (.ics) file</source>
            <translation>Horario de timbres, horario o vacaciones desde un archivo CSV o iCalendar (.ics)</translation>
        </message>
        <message>
            <source>&amp;Reports…</source>
            <translation>&amp;Informes…</translation>
        </message>
        <message>
            <source>Class summaries, student histories and missing registers, with charts and exports</source>
            <translation>Resúmenes de grupo, historiales de alumnos y listas sin pasar, con gráficos y exportaciones</translation>
        </message>
        <message>
            <source>Change t&amp;eacher…</source>
            <translation>Cambiar de &amp;docente…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <source>&amp;Previous day</source>
            <translation>Día &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Next day</source>
            <translation>Día &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;All teachers' lessons</source>
            <translation>Clases de &amp;todos los docentes</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Actuali&amp;zar</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Lista</translation>
        </message>
        <message>
            <source>&amp;New lesson…</source>
            <translation>&amp;Nueva clase…</translation>
        </message>
        <message>
            <source>Take a register for one of your classes now (or a cover lesson), when the timetable has no lesson for it</source>
            <translation>Pasar lista a uno de sus grupos ahora (o en una sustitución), cuando el horario no tiene clase para él</translation>
        </message>
        <message>
            <source>&amp;Cover…</source>
            <translation>&amp;Sustitución…</translation>
        </message>
        <message>
            <source>The office gives an absent teacher's lessons (one, or a whole day) to a cover teacher</source>
            <translation>La secretaría asigna las clases de un docente ausente (una o un día entero) a un docente sustituto</translation>
        </message>
        <message>
            <source>&amp;Start register</source>
            <translation>&amp;Pasar lista</translation>
        </message>
        <message>
            <source>Mark everyone &amp;present</source>
            <translation>&amp;Todos presentes</translation>
        </message>
        <message>
            <source>Everyone not yet marked becomes Present (Late after the grace period)</source>
            <translation>Quien aún no tenga marca pasa a presente (a retraso tras el margen de cortesía)</translation>
        </message>
        <message>
            <source>&amp;Undo last mark</source>
            <translation>&amp;Deshacer la última marca</translation>
        </message>
        <message>
            <source>Student's &amp;history…</source>
            <translation>&amp;Historial del alumno…</translation>
        </message>
        <message>
            <source>Every change to the selected student's mark: old and new, who, when, where</source>
            <translation>Cada cambio en la marca del alumno seleccionado: antes y después, quién, cuándo, dónde</translation>
        </message>
        <message>
            <source>Edit &amp;note</source>
            <translation>Editar la &amp;observación</translation>
        </message>
        <message>
            <source>&amp;Close register</source>
            <translation>&amp;Cerrar la lista</translation>
        </message>
        <message>
            <source>&amp;Reopen register…</source>
            <translation>&amp;Reabrir la lista…</translation>
        </message>
        <message>
            <source>Retry &amp;unsaved marks</source>
            <translation>Reintentar las marcas sin &amp;guardar</translation>
        </message>
        <message>
            <source>&amp;Print register…</source>
            <translation>&amp;Imprimir la lista…</translation>
        </message>
        <message>
            <source>The register as a school files it: every student with mark and time, and a signature line</source>
            <translation>La lista de asistencia tal como la archiva el centro: cada alumno con su marca y la hora, y una línea de firma</translation>
        </message>
        <message>
            <source>Save register as P&amp;DF…</source>
            <translation>Guardar la lista como PD&amp;F…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>Acerca &amp;de</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Día anterior</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Día siguiente ▶</translation>
        </message>
        <message>
            <source>All teachers</source>
            <translation>Todos los docentes</translation>
        </message>
        <message>
            <source>Show every teacher's lessons, not only yours</source>
            <translation>Mostrar las clases de todos los docentes, no solo las suyas</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide this message (the row keeps saying why)</source>
            <translation>Ocultar este mensaje (la fila sigue indicando el motivo)</translation>
        </message>
        <message>
            <source>{student}'s mark was not saved. {why}</source>
            <translation>La marca de {student} no se ha guardado. {why}</translation>
        </message>
        <message>
            <source>A mark was not saved. {why}</source>
            <translation>Una marca no se ha guardado. {why}</translation>
        </message>
        <message>
            <source>Only the school office can give cover (this login is a teacher's)</source>
            <translation>Solo la secretaría puede asignar sustituciones (este inicio de sesión es de un docente)</translation>
        </message>
        <message>
            <source>Teacher: {name}</source>
            <translation>Docente: {name}</translation>
        </message>
        <message>
            <source>No teacher chosen</source>
            <translation>Ningún docente elegido</translation>
        </message>
        <message>
            <source>{date} (today)</source>
            <translation>{date} (hoy)</translation>
        </message>
        <message>
            <source>{date} (yesterday)</source>
            <translation>{date} (ayer)</translation>
        </message>
        <message>
            <source>{date} (tomorrow)</source>
            <translation>{date} (mañana)</translation>
        </message>
        <message>
            <source>No lessons for anyone on {day}.

Press {key} (Register &gt; New lesson…) to take a register for a class, or use Previous day / Next day to look at other days.</source>
            <translation>Nadie tiene clases el {day}.

Pulse {key} (Lista &gt; Nueva clase…) para pasar lista a un grupo, o use Día anterior / Día siguiente para ver otros días.</translation>
        </message>
        <message>
            <source>No lessons for you on {day}.

Press {key} (Register &gt; New lesson…) to take a register for a class, or use Previous day / Next day to look at other days, or tick All teachers.</source>
            <translation>No tiene clases el {day}.

Pulse {key} (Lista &gt; Nueva clase…) para pasar lista a un grupo, use Día anterior / Día siguiente para ver otros días, o marque Todos los docentes.</translation>
        </message>
        <message>
            <source>The connection to the server was lost: other computers' changes are not shown until it is back (your marks are kept on this computer meanwhile).</source>
            <translation>Se ha perdido la conexión con el servidor: los cambios de otros equipos no se muestran hasta que vuelva (mientras tanto, sus marcas se guardan en este equipo).</translation>
        </message>
        <message>
            <source>The server is back.</source>
            <translation>El servidor ha vuelto.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n marks kept on this computer from the last time the app ran.</source>
            <translation>
                <numerusform>Se ha enviado %n marca guardada en este equipo desde la última vez que se usó la aplicación.</numerusform>
                <numerusform>Se han enviado %n marcas guardadas en este equipo desde la última vez que se usó la aplicación.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n marks kept on this computer.</source>
            <translation>
                <numerusform>Se ha enviado %n marca guardada en este equipo.</numerusform>
                <numerusform>Se han enviado %n marcas guardadas en este equipo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n had been changed on another computer meanwhile: see the bar above the register.</source>
            <translation>
                <numerusform>%n se había cambiado en otro equipo mientras tanto: vea la barra encima de la lista.</numerusform>
                <numerusform>%n se habían cambiado en otro equipo mientras tanto: vea la barra encima de la lista.</numerusform>
            </translation>
        </message>
        <message>
            <source>{search}   Enter or Esc to stop searching.</source>
            <translation>{search}   Intro o Esc para dejar de buscar.</translation>
        </message>
        <message>
            <source>{all_key}: all present · {keys}: mark · {numbers}: go to a student · other letters: find · {help_key} help</source>
            <translation>{all_key}: todos presentes · {keys}: marcar · {numbers}: ir a un alumno · otras letras: buscar · {help_key} ayuda</translation>
        </message>
        <message>
            <source>A mark's key always marks; a row's number goes to that student; letters that are not a mark's key find a student by name (/ finds any name). Space steps to the next mark, N edits the note, {undo_key} undoes.</source>
            <translation>La tecla de una marca siempre marca; el número de una fila va a ese alumno; las letras que no son la tecla de una marca buscan a un alumno por su nombre (/ encuentra cualquier nombre). Espacio pasa a la siguiente marca, N edita la observación, {undo_key} deshace.</translation>
        </message>
        <message numerus="yes">
            <source>%n marks waiting on this computer</source>
            <translation>
                <numerusform>%n marca en espera en este equipo</numerusform>
                <numerusform>%n marcas en espera en este equipo</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in a file on this computer; sent when the server answers again</source>
            <translation>Guardadas en un archivo de este equipo; se envían cuando el servidor vuelva a responder</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n not saved</source>
            <translation>
                <numerusform>⚠ %n sin guardar</numerusform>
                <numerusform>⚠ %n sin guardar</numerusform>
            </translation>
        </message>
        <message>
            <source>Retried automatically; Register &gt; Retry unsaved marks</source>
            <translation>Se reintenta automáticamente; Lista &gt; Reintentar las marcas sin guardar</translation>
        </message>
        <message numerus="yes">
            <source>Saving %n…</source>
            <translation>
                <numerusform>Guardando %n…</numerusform>
                <numerusform>Guardando %n…</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Not connected to the server</source>
            <translation>⚠ Sin conexión con el servidor</translation>
        </message>
        <message>
            <source>Other computers' changes are not shown until the connection is back; marks made meanwhile are kept on this computer and sent then</source>
            <translation>Los cambios de otros equipos no se muestran hasta que vuelva la conexión; las marcas hechas mientras tanto se guardan en este equipo y se envían entonces</translation>
        </message>
        <message>
            <source>✓ All marks saved</source>
            <translation>✓ Todas las marcas guardadas</translation>
        </message>
        <message>
            <source>Every mark is in the database</source>
            <translation>Todas las marcas están en la base de datos</translation>
        </message>
        <message>
            <source>Database changed</source>
            <translation>Base de datos cambiada</translation>
        </message>
        <message>
            <source>The new database will be used the next time the app starts.</source>
            <translation>La nueva base de datos se usará la próxima vez que se inicie la aplicación.</translation>
        </message>
        <message>
            <source>Language changed</source>
            <translation>Idioma cambiado</translation>
        </message>
        <message>
            <source>The new language is used the next time the app starts.</source>
            <translation>El nuevo idioma se usará la próxima vez que se inicie la aplicación.</translation>
        </message>
        <message>
            <source>Open a lesson first: the register printed is the one shown.</source>
            <translation>Abra primero una clase: se imprime la lista de asistencia que se muestra.</translation>
        </message>
        <message>
            <source>Register sent to the printer.</source>
            <translation>Lista de asistencia enviada a la impresora.</translation>
        </message>
        <message>
            <source>Open a lesson first: the register saved is the one shown.</source>
            <translation>Abra primero una clase: se guarda la lista de asistencia que se muestra.</translation>
        </message>
        <message>
            <source>Register saved as {path}</source>
            <translation>Lista de asistencia guardada como {path}</translation>
        </message>
        <message>
            <source>Choose who you are first (File &gt; Change teacher…).</source>
            <translation>Elija primero quién es usted (Archivo &gt; Cambiar de docente…).</translation>
        </message>
        <message>
            <source>{class_name} already had a lesson at {time}: this is its register.</source>
            <translation>{class_name} ya tenía una clase a las {time}: esta es su lista de asistencia.</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons given to {name} on {day}: they are on their day now.</source>
            <translation>
                <numerusform>%n clase del {day} asignada a {name}: ya está en su día.</numerusform>
                <numerusform>%n clases del {day} asignadas a {name}: ya están en su día.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Marks not saved</source>
            <translation>Marcas sin guardar</translation>
        </message>
        <message numerus="yes">
            <source>%n marks are not in the database yet (the connection or the file is not available).

If you quit now, they are lost from this computer and written only to the log file. Wait and retry instead?</source>
            <translation>
                <numerusform>%n marca aún no está en la base de datos (la conexión o el archivo no están disponibles).

Si sale ahora, se pierde en este equipo y solo queda escrita en el archivo de registro. ¿Esperar y reintentar en su lugar?</numerusform>
                <numerusform>%n marcas aún no están en la base de datos (la conexión o el archivo no están disponibles).

Si sale ahora, se pierden en este equipo y solo quedan escritas en el archivo de registro. ¿Esperar y reintentar en su lugar?</numerusform>
            </translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Cerrando</translation>
        </message>
        <message>
            <source>Finishing the last save before closing…

Your marks are already kept in a file on this computer: if the server does not answer, they are sent the next time the app starts.</source>
            <translation>Terminando el último guardado antes de cerrar…

Sus marcas ya están guardadas en un archivo de este equipo: si el servidor no responde, se enviarán la próxima vez que se inicie la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>MarkWriter</name>
        <message>
            <source>Row {row}</source>
            <translation>Fila {row}</translation>
        </message>
        <message>
            <source>The server can't be reached: this mark is kept on this computer and is sent when the server is back.</source>
            <translation>No se puede conectar con el servidor: esta marca se guarda en este equipo y se enviará cuando el servidor vuelva.</translation>
        </message>
        <message>
            <source>Someone changed this student on another computer at the same time. Choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>Alguien ha cambiado la marca de este alumno en otro equipo al mismo tiempo. Elija «Mantener el mío» o «Aceptar el otro» en la barra sobre la lista de asistencia.</translation>
        </message>
        <message>
            <source>{message} Trying again in {seconds} s.</source>
            <translation>{message} Se reintentará en {seconds} s.</translation>
        </message>
        <message>
            <source>An unexpected error stopped this mark: {error}.</source>
            <translation>Un error inesperado impidió guardar esta marca: {error}.</translation>
        </message>
        <message>
            <source>The server can't be reached and this computer cannot keep the mark either (its journal file cannot be written; the log says why). Keep the app open; it is retried.</source>
            <translation>No se puede conectar con el servidor y este equipo tampoco puede guardar la marca (no se puede escribir su archivo de diario; el registro de la aplicación explica por qué). Deje la aplicación abierta; se volverá a intentar.</translation>
        </message>
    </context>
    <context>
        <name>Marking</name>
        <message>
            <source>someone</source>
            <comment>who changed a mark, when not known</comment>
            <translation>alguien</translation>
        </message>
        <message>
            <source>{name} on {computer}</source>
            <translation>{name} en {computer}</translation>
        </message>
        <message>
            <source>{name} at {time}</source>
            <translation>{name} a las {time}</translation>
        </message>
        <message>
            <source>{name} on {computer} at {time}</source>
            <translation>{name} en {computer} a las {time}</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>Fila {row}</translation>
        </message>
        <message>
            <source>The server can't be reached.</source>
            <translation>No se puede conectar con el servidor.</translation>
        </message>
    </context>
    <context>
        <name>NewLesson</name>
        <message>
            <source>Class</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asignatura</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Alumnos</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>There are no classes yet. Import your school's roster with File &gt; Import roster…</source>
            <translation>Todavía no hay grupos. Importe las listas de alumnado de su centro con Archivo &gt; Importar listas de alumnado…</translation>
        </message>
        <message>
            <source>File &gt; Import roster…</source>
            <translation>Archivo &gt; Importar listas de alumnado…</translation>
        </message>
        <message>
            <source>New lesson</source>
            <translation>Nueva clase</translation>
        </message>
        <message>
            <source>Choose the class and take its register. If the class already has a lesson at that time, its register is used instead of a new one.</source>
            <translation>Elija el grupo y pase lista. Si el grupo ya tiene una clase a esa hora, se usa su lista en lugar de crear una nueva.</translation>
        </message>
        <message>
            <source>Type to find a class: name, subject or room</source>
            <translation>Escriba para buscar un grupo: nombre, asignatura o aula</translation>
        </message>
        <message>
            <source>Find a class</source>
            <translation>Buscar un grupo</translation>
        </message>
        <message>
            <source>Show &amp;all classes</source>
            <translation>Mostrar &amp;todos los grupos</translation>
        </message>
        <message>
            <source>Other teachers' classes too, for a cover lesson</source>
            <translation>También los grupos de otros docentes, para una sustitución</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Loading classes…</source>
            <translation>Cargando grupos…</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>QLocale date pattern: short weekday, day, month</comment>
            <translation>ddd, d MMM yyyy</translation>
        </message>
        <message>
            <source> minutes</source>
            <comment>after the lesson's length</comment>
            <translation> minutos</translation>
        </message>
        <message>
            <source>Lesson length in minutes</source>
            <translation>Duración de la clase en minutos</translation>
        </message>
        <message>
            <source>for</source>
            <comment>starts at 09:00 for 50 minutes</comment>
            <translation>durante</translation>
        </message>
        <message>
            <source>The class's usual room</source>
            <translation>El aula habitual del grupo</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Inicio:</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Aula:</translation>
        </message>
        <message>
            <source>Take register</source>
            <translation>Pasar lista</translation>
        </message>
        <message>
            <source>You</source>
            <comment>the Teacher column: a class of the person's own</comment>
            <translation>Usted</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>The classes could not be loaded.</source>
            <translation>No se pudieron cargar los grupos.</translation>
        </message>
        <message>
            <source>The classes could not be loaded because of a fault in the app.</source>
            <translation>No se pudieron cargar los grupos por un fallo de la aplicación.</translation>
        </message>
        <message>
            <source>No class matches “{typed}”.</source>
            <translation>Ningún grupo coincide con «{typed}».</translation>
        </message>
        <message>
            <source>None of your classes matches “{typed}”. Tick Show all classes to look in every class.</source>
            <translation>Ninguno de sus grupos coincide con «{typed}». Marque «Mostrar todos los grupos» para buscar en todos los grupos.</translation>
        </message>
        <message>
            <source>You have no classes of your own. Tick Show all classes to choose another.</source>
            <translation>No tiene grupos propios. Marque «Mostrar todos los grupos» para elegir otro.</translation>
        </message>
        <message>
            <source>You have no classes of your own in the roster, so every class is listed.</source>
            <translation>No tiene grupos propios en las listas de alumnado, así que se muestran todos los grupos.</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <source>until {time} (the next day)</source>
            <translation>hasta las {time} (del día siguiente)</translation>
        </message>
        <message>
            <source>until {time}, period {period}</source>
            <translation>hasta las {time}, franja {period}</translation>
        </message>
        <message>
            <source>until {time}</source>
            <translation>hasta las {time}</translation>
        </message>
        <message>
            <source>The lesson was not added. {reason}</source>
            <translation>No se añadió la clase. {reason}</translation>
        </message>
        <message>
            <source>The lesson was not added because of a fault in the app.</source>
            <translation>No se añadió la clase por un fallo de la aplicación.</translation>
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
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrada</translation>
        </message>
        <message>
            <source>{teacher} (covering for {class_teacher})</source>
            <translation>{teacher} (sustituye a {class_teacher})</translation>
        </message>
        <message>
            <source>{date}, {times}</source>
            <comment>when a lesson was: its date, then its times</comment>
            <translation>{date}, {times}</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Alumnos</translation>
        </message>
        <message>
            <source>#</source>
            <comment>the column of row numbers</comment>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Alumno</translation>
        </message>
        <message>
            <source>Roster ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Marca</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>No students were enrolled in this class on this day.</source>
            <translation>Ningún alumno estaba matriculado en este grupo ese día.</translation>
        </message>
        <message>
            <source>Key: {codes}.</source>
            <translation>Leyenda: {codes}.</translation>
        </message>
        <message>
            <source>Register: {class_name}</source>
            <translation>Lista de asistencia: {class_name}</translation>
        </message>
        <message>
            <source>Signature: {line}</source>
            <translation>Firma: {line}</translation>
        </message>
        <message>
            <source>Date: {line}</source>
            <comment>where the teacher writes the date they signed</comment>
            <translation>Fecha: {line}</translation>
        </message>
        <message>
            <source>Totals: {line}</source>
            <translation>Totales: {line}</translation>
        </message>
        <message>
            <source>Not taken in the app: to be marked by hand by {teacher} on {date}.</source>
            <translation>No se pasó en la aplicación: {teacher} debe completarla a mano el {date}.</translation>
        </message>
        <message>
            <source>Not marked {count}</source>
            <translation>Sin marcar {count}</translation>
        </message>
        <message>
            <source>{totals}.</source>
            <comment>the totals per code, ending a sentence</comment>
            <translation>{totals}.</translation>
        </message>
        <message numerus="yes">
            <source>{attended} of %n students marked attended ({rate}).</source>
            <translation>
                <numerusform>Asistieron {attended} de %n alumno marcado ({rate}).</numerusform>
                <numerusform>Asistieron {attended} de %n alumnos marcados ({rate}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody was marked.</source>
            <translation>No se marcó a nadie.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; the register is still open.</source>
            <translation>Pasada por {teacher} el {date}; la lista sigue abierta.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; closed at {time}.</source>
            <translation>Pasada por {teacher} el {date}; cerrada a las {time}.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; closed on {closed_date} at {time}.</source>
            <translation>Pasada por {teacher} el {date}; cerrada el {closed_date} a las {time}.</translation>
        </message>
        <message>
            <source>{class_name} register, {day} {time}</source>
            <translation>Lista de asistencia {class_name}, {day} {time}</translation>
        </message>
        <message>
            <source>({attended} of {marked} marked)</source>
            <translation>({attended} de {marked} marcadas)</translation>
        </message>
        <message numerus="yes">
            <source>{lessons} (%n registers taken)</source>
            <translation>
                <numerusform>{lessons} (%n lista pasada)</numerusform>
                <numerusform>{lessons} (%n listas pasadas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asignatura</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Clases</translation>
        </message>
        <message numerus="yes">
            <source>{chronic} of %n students chronically absent</source>
            <translation>
                <numerusform>{chronic} de %n alumno con absentismo crónico</numerusform>
                <numerusform>{chronic} de %n alumnos con absentismo crónico</numerusform>
            </translation>
        </message>
        <message>
            <source>{chronically_absent} (missed 10% or more of their marked lessons; highlighted below).</source>
            <translation>{chronically_absent} (faltaron al 10 % o más de sus clases marcadas; resaltados abajo).</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n students is chronically absent.</source>
            <translation>
                <numerusform>%n alumno, sin absentismo crónico.</numerusform>
                <numerusform>Ninguno de los %n alumnos tiene absentismo crónico.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Marcadas</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <source>Chronic</source>
            <translation>Absentismo</translation>
        </message>
        <message>
            <source>CHRONIC</source>
            <comment>the flag of a chronically absent student</comment>
            <translation>ABSENTISMO</translation>
        </message>
        <message>
            <source>No students were in this class in this period.</source>
            <translation>No hubo alumnos en este grupo en este periodo.</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Todo el grupo</translation>
        </message>
        <message>
            <source>Attendance rate = attended / marked sessions (Present and Late attend; Absent and Excused are missed). Chronic absence = missing 10% or more, excused included. Dates in {zone}.</source>
            <translation>Tasa de asistencia = clases asistidas / clases marcadas (Presente y Retraso cuentan como asistencia; Ausente y Justificado, como faltas). Absentismo crónico = faltar al 10 % o más, justificadas incluidas. Fechas y horas en la zona horaria {zone}.</translation>
        </message>
        <message>
            <source>Class summary: {class_name}</source>
            <translation>Resumen del grupo: {class_name}</translation>
        </message>
        <message>
            <source>{class_name} class summary, {period}</source>
            <translation>Resumen del grupo {class_name}, {period}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>The page could not be drawn for the printer or the PDF file.</source>
            <translation>No se pudo preparar la página para la impresora o el archivo PDF.</translation>
        </message>
        <message>
            <source>Check that the printer is ready, or save as PDF instead.</source>
            <translation>Compruebe que la impresora está lista o guarde como PDF.</translation>
        </message>
        <message>
            <source>{class_name} register, {day}</source>
            <comment>a document's title</comment>
            <translation>Lista de asistencia {class_name}, {day}</translation>
        </message>
        <message>
            <source>Print register</source>
            <translation>Imprimir la lista de asistencia</translation>
        </message>
        <message>
            <source>Print class summary</source>
            <translation>Imprimir el resumen del grupo</translation>
        </message>
        <message>
            <source>{class_name} register {day} {time}</source>
            <comment>a file name</comment>
            <translation>{class_name} lista {day} {time}</translation>
        </message>
        <message>
            <source>Save register as PDF</source>
            <translation>Guardar la lista de asistencia como PDF</translation>
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
            <translation>combinado</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Alumno</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Marca</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Last 5</source>
            <translation>Últimas 5</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>Saved: a tick once the mark is in the database</source>
            <translation>Guardado: una marca de verificación en cuanto la marca está en la base de datos</translation>
        </message>
        <message>
            <source>The student's last five lessons, oldest on the left</source>
            <translation>Las cinco últimas clases del alumno, la más antigua a la izquierda</translation>
        </message>
        <message>
            <source>Check-in time, recorded when marked present or late</source>
            <translation>Hora de llegada, registrada al marcar presente o retraso</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Not saved yet, retrying</source>
            <translation>Aún sin guardar, reintentando</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Sin guardar</translation>
        </message>
        <message>
            <source>Waiting: kept on this computer</source>
            <translation>En espera: guardado en este equipo</translation>
        </message>
        <message>
            <source>Changed on another computer too</source>
            <translation>Cambiado también en otro equipo</translation>
        </message>
        <message>
            <source>Type {number} to go to this student</source>
            <translation>Escriba {number} para ir a este alumno</translation>
        </message>
        <message>
            <source>{state}: {message}</source>
            <translation>{state}: {message}</translation>
        </message>
        <message>
            <source>Merged with {computer}: both changes are kept.</source>
            <translation>Combinado con {computer}: se conservan los dos cambios.</translation>
        </message>
        <message>
            <source>No earlier lessons recorded</source>
            <translation>No hay clases anteriores registradas</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>sin marcar</translation>
        </message>
        <message>
            <source>Earlier lessons, oldest first: {marks}</source>
            <translation>Clases anteriores, de la más antigua a la más reciente: {marks}</translation>
        </message>
        <message>
            <source>Arrived {time}</source>
            <translation>Llegó a las {time}</translation>
        </message>
        <message>
            <source>Press N to add a note</source>
            <translation>Pulse N para añadir una observación</translation>
        </message>
        <message>
            <source>Not marked yet. Press a code's key, or click to cycle.</source>
            <translation>Aún sin marcar. Pulse la tecla de una marca o haga clic para ir pasando.</translation>
        </message>
        <message>
            <source>{mark} ({key}). Click to change.</source>
            <translation>{mark} ({key}). Haga clic para cambiar.</translation>
        </message>
        <message>
            <source>Last changed by {person}</source>
            <translation>Último cambio de {person}</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>Students and their marks. A mark's key marks the selected student; a row's number goes to that student; other letters find a name.</source>
            <translation>El alumnado y sus marcas. La tecla de una marca marca al alumno seleccionado; el número de una fila va a ese alumno; las demás letras buscan un nombre.</translation>
        </message>
        <message>
            <source>Find: {typed}▏ (no student matches)</source>
            <translation>Buscar: {typed}▏ (ningún alumno coincide)</translation>
        </message>
        <message>
            <source>Find: {typed}▏</source>
            <translation>Buscar: {typed}▏</translation>
        </message>
        <message>
            <source>Row {number}: {name}</source>
            <translation>Fila {number}: {name}</translation>
        </message>
        <message numerus="yes">
            <source>Row {number}: there are %n students</source>
            <translation>
                <numerusform>Fila {number}: hay %n alumno</numerusform>
                <numerusform>Fila {number}: hay %n alumnos</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Editar observación…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <source>Room {room}</source>
            <translation>Aula {room}</translation>
        </message>
        <message>
            <source>Change a closed register</source>
            <translation>Cambiar una lista de asistencia cerrada</translation>
        </message>
        <message>
            <source>This register is closed. Why are you changing it?
(The reason is kept in the register's history.)</source>
            <translation>Esta lista de asistencia está cerrada. ¿Por qué la cambia?
(El motivo se guarda en el historial de la lista.)</translation>
        </message>
        <message>
            <source>Start register</source>
            <translation>Pasar lista</translation>
        </message>
        <message>
            <source>Creates a row for every student enrolled today (Enter)</source>
            <translation>Crea una fila para cada alumno matriculado hoy (Intro)</translation>
        </message>
        <message>
            <source>All present</source>
            <translation>Todos presentes</translation>
        </message>
        <message>
            <source>Everyone not marked yet becomes Present, Late after the grace period (Ctrl+Enter)</source>
            <translation>Quien aún no tenga marca pasa a presente, o a retraso tras el margen de cortesía (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Close register</source>
            <translation>Cerrar la lista</translation>
        </message>
        <message>
            <source>Marks the lesson as done; later changes ask for a reason</source>
            <translation>Marca la clase como terminada; los cambios posteriores piden un motivo</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Reintentar ahora</translation>
        </message>
        <message>
            <source>Try now</source>
            <translation>Intentar ahora</translation>
        </message>
        <message>
            <source>Ask the server again now (it is asked every few seconds)</source>
            <translation>Preguntar al servidor ahora (se le pregunta cada pocos segundos)</translation>
        </message>
        <message>
            <source>Close the register?</source>
            <translation>¿Cerrar la lista de asistencia?</translation>
        </message>
        <message numerus="yes">
            <source>%n students are not marked yet.

Close the register anyway? After closing, every change asks for a reason.</source>
            <translation>
                <numerusform>%n alumno aún no tiene marca.

¿Cerrar la lista de asistencia de todos modos? Después del cierre, cada cambio pide un motivo.</numerusform>
                <numerusform>%n alumnos aún no tienen marca.

¿Cerrar la lista de asistencia de todos modos? Después del cierre, cada cambio pide un motivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>No lesson selected</source>
            <translation>Ninguna clase seleccionada</translation>
        </message>
        <message>
            <source>Loading the register…</source>
            <translation>Cargando la lista de asistencia…</translation>
        </message>
        <message>
            <source>Pick a lesson on the left to take its register.</source>
            <translation>Elija una clase a la izquierda para pasar lista.</translation>
        </message>
        <message>
            <source>{class_name} · {subject}</source>
            <translation>{class_name} · {subject}</translation>
        </message>
        <message>
            <source>Starting the register…</source>
            <translation>Empezando la lista de asistencia…</translation>
        </message>
        <message>
            <source>This register has not been started.

Press Enter or click Start register: every student enrolled in {class_name} gets a row, all at once. Ctrl+Enter starts it with everyone marked present.</source>
            <translation>Esta lista de asistencia no se ha empezado.

Pulse Intro o haga clic en «Pasar lista»: cada alumno matriculado en {class_name} recibe una fila, todos a la vez. Ctrl+Intro la empieza con todos marcados como presentes.</translation>
        </message>
        <message>
            <source>No students are enrolled in this class.</source>
            <translation>No hay alumnos matriculados en este grupo.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrada</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>Late after %n min</source>
            <translation>
                <numerusform>Retraso tras %n min</numerusform>
                <numerusform>Retraso tras %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} {mark}</source>
            <translation>{mark}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n not marked</source>
            <translation>
                <numerusform>%n sin marcar</numerusform>
                <numerusform>%n sin marcar</numerusform>
            </translation>
        </message>
        <message>
            <source>all marked</source>
            <translation>todos marcados</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;The server can't be reached.&lt;/b&gt; Your marks are kept on this computer (&lt;b&gt;%n waiting&lt;/b&gt;) and will be sent when it's back.</source>
            <translation>
                <numerusform>&lt;b&gt;No se puede conectar con el servidor.&lt;/b&gt; Sus marcas se guardan en este equipo (&lt;b&gt;%n en espera&lt;/b&gt;) y se enviarán cuando vuelva.</numerusform>
                <numerusform>&lt;b&gt;No se puede conectar con el servidor.&lt;/b&gt; Sus marcas se guardan en este equipo (&lt;b&gt;%n en espera&lt;/b&gt;) y se enviarán cuando vuelva.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;The server can't be reached.&lt;/b&gt; Keep marking: your marks are kept on this computer and will be sent when it's back.</source>
            <translation>&lt;b&gt;No se puede conectar con el servidor.&lt;/b&gt; Siga marcando: sus marcas se guardan en este equipo y se enviarán cuando vuelva.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n marks kept on this computer…</source>
            <translation>
                <numerusform>Enviando %n marca guardada en este equipo…</numerusform>
                <numerusform>Enviando %n marcas guardadas en este equipo…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marks not saved yet</source>
            <translation>
                <numerusform>%n marca aún sin guardar</numerusform>
                <numerusform>%n marcas aún sin guardar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n alumno</numerusform>
                <numerusform>%n alumnos</numerusform>
            </translation>
        </message>
        <message>
            <source>{marks} ({students}). They stay in the register and are retried automatically (rows marked !); keep the app open until they are saved.</source>
            <translation>{marks} ({students}). Se quedan en la lista de asistencia y se reintentan automáticamente (filas con !); mantenga la aplicación abierta hasta que se guarden.</translation>
        </message>
        <message numerus="yes">
            <source>Register started: %n students.</source>
            <translation>
                <numerusform>Lista de asistencia empezada: %n alumno.</numerusform>
                <numerusform>Lista de asistencia empezada: %n alumnos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The register stays open.</source>
            <translation>La lista de asistencia sigue abierta.</translation>
        </message>
        <message>
            <source>Register closed. Changes from now on ask for a reason.</source>
            <translation>Lista de asistencia cerrada. A partir de ahora, los cambios piden un motivo.</translation>
        </message>
        <message>
            <source>The register stays closed: reopening it needs a reason.</source>
            <translation>La lista de asistencia sigue cerrada: para reabrirla hace falta un motivo.</translation>
        </message>
        <message>
            <source>Register reopened.</source>
            <translation>Lista de asistencia reabierta.</translation>
        </message>
        <message>
            <source>Nothing changed: a closed register needs a reason to change.</source>
            <translation>No se ha cambiado nada: una lista de asistencia cerrada necesita un motivo para cambiarla.</translation>
        </message>
        <message>
            <source>{student}: {mark} (override)</source>
            <translation>{student}: {mark} (forzada)</translation>
        </message>
        <message>
            <source>{student}: {mark}</source>
            <translation>{student}: {mark}</translation>
        </message>
        <message>
            <source>{students} marked {late}: {minutes} min after the start (grace {grace} min). Press {key} again to keep {present}.</source>
            <translation>{students}: marca {late}, {minutes} min después del inicio (margen {grace} min). Pulse {key} otra vez para mantener {present}.</translation>
        </message>
        <message>
            <source>late</source>
            <translation>retraso</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Everyone is already marked.</source>
            <translation>Todos tienen ya marca.</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n students present ({late} late: the grace period is over). Ctrl+Z undoes this in one go.</source>
            <translation>
                <numerusform>%n alumno marcado como presente ({late} con retraso: el margen de cortesía ha terminado). Ctrl+Z lo deshace de una vez.</numerusform>
                <numerusform>%n alumnos marcados como presentes ({late} con retraso: el margen de cortesía ha terminado). Ctrl+Z lo deshace de una vez.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked %n students present. Ctrl+Z undoes this in one go.</source>
            <translation>
                <numerusform>%n alumno marcado como presente. Ctrl+Z lo deshace de una vez.</numerusform>
                <numerusform>%n alumnos marcados como presentes. Ctrl+Z lo deshace de una vez.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo in this register.</source>
            <translation>No hay nada que deshacer en esta lista de asistencia.</translation>
        </message>
        <message>
            <source>Undone: {student}.</source>
            <translation>Deshecho: {student}.</translation>
        </message>
        <message numerus="yes">
            <source>Undone for %n students.</source>
            <translation>
                <numerusform>Deshecho para %n alumno.</numerusform>
                <numerusform>Deshecho para %n alumnos.</numerusform>
            </translation>
        </message>
        <message>
            <source>{student}: keeping yours, on top of theirs.</source>
            <translation>{student}: se mantiene la suya, por encima de la otra.</translation>
        </message>
        <message>
            <source>{student}: kept theirs; yours was not saved.</source>
            <translation>{student}: se mantiene la otra; la suya no se ha guardado.</translation>
        </message>
        <message numerus="yes">
            <source>{student} and %n more were changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>
                <numerusform>{student} y %n más se cambiaron a la vez en otro equipo: elija «Mantener el mío» o «Aceptar el otro» en la barra encima de la lista.</numerusform>
                <numerusform>{student} y %n más se cambiaron a la vez en otro equipo: elija «Mantener el mío» o «Aceptar el otro» en la barra encima de la lista.</numerusform>
            </translation>
        </message>
        <message>
            <source>{student} was changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>{student} se cambió a la vez en otro equipo: elija «Mantener el mío» o «Aceptar el otro» en la barra encima de la lista.</translation>
        </message>
        <message>
            <source>{student} ({who})</source>
            <translation>{student} ({who})</translation>
        </message>
        <message numerus="yes">
            <source>Changed on another computer: {students} and %n more.</source>
            <translation>
                <numerusform>Cambiado en otro equipo: {students} y %n más.</numerusform>
                <numerusform>Cambiado en otro equipo: {students} y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on another computer: {students}.</source>
            <translation>Cambiado en otro equipo: {students}.</translation>
        </message>
        <message>
            <source>another computer's change</source>
            <translation>otro equipo</translation>
        </message>
        <message>
            <source>{student}: your change was merged with one by {who}; both are kept.</source>
            <translation>{student}: su cambio se ha combinado con uno de {who}; se conservan los dos.</translation>
        </message>
        <message>
            <source>The server can't be reached: marks are kept on this computer and sent when it is back. Keep marking.</source>
            <translation>No se puede conectar con el servidor: las marcas se guardan en este equipo y se envían cuando vuelva. Siga marcando.</translation>
        </message>
        <message>
            <source>{student}'s mark is not saved yet: {error} Retrying automatically.</source>
            <translation>La marca de {student} aún no se ha guardado: {error} Se reintenta automáticamente.</translation>
        </message>
        <message>
            <source>A mark is not saved yet: {error} Retrying automatically.</source>
            <translation>Una marca aún no se ha guardado: {error} Se reintenta automáticamente.</translation>
        </message>
        <message>
            <source>{student}'s mark could not be saved. It is kept: use Retry to send it again.</source>
            <translation>La marca de {student} no se ha podido guardar. Se conserva: use Reintentar para enviarla de nuevo.</translation>
        </message>
        <message>
            <source>A mark could not be saved. It is kept: use Retry to send it again.</source>
            <translation>Una marca no se ha podido guardar. Se conserva: use Reintentar para enviarla de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ReportCli</name>
        <message>
            <source>print or export a report: a student's history, a class summary, missing registers, a lesson's register</source>
            <translation>mostrar o exportar un informe: historial de un alumno, resumen de un grupo, listas sin pasar, lista de asistencia de una clase</translation>
        </message>
        <message>
            <source>Reports in the school's local dates. Without --from/--to a report covers the last four weeks. Attendance rate = attended / marked sessions; chronic absence = missing 10% or more of them, excused absences included.</source>
            <translation>Informes con las fechas locales del centro. Sin --from/--to, un informe abarca las últimas cuatro semanas. Tasa de asistencia = clases asistidas / clases registradas; absentismo crónico = faltar al 10 % o más de ellas, incluidas las faltas justificadas.</translation>
        </message>
        <message>
            <source>one student's sessions, totals and rate</source>
            <translation>clases, totales y tasa de un alumno</translation>
        </message>
        <message>
            <source>the student's id, roster id or name</source>
            <translation>ID, ID de listas o nombre del alumno</translation>
        </message>
        <message>
            <source>a class: one line per student, chronic absence</source>
            <translation>un grupo: una línea por alumno, absentismo crónico</translation>
        </message>
        <message>
            <source>the class's id, roster id or name</source>
            <translation>ID, ID de listas o nombre del grupo</translation>
        </message>
        <message>
            <source>periods of the --chart (default: {default})</source>
            <translation>periodos de --chart (predeterminado: {default})</translation>
        </message>
        <message>
            <source>past lessons whose register was never taken</source>
            <translation>clases pasadas en las que nunca se pasó lista</translation>
        </message>
        <message>
            <source>only this teacher's (id, roster id or name)</source>
            <translation>solo las de este docente (ID, ID de listas o nombre)</translation>
        </message>
        <message>
            <source>one lesson's register, as filed on paper</source>
            <translation>la lista de asistencia de una clase, tal como se archiva en papel</translation>
        </message>
        <message>
            <source>the lesson's id</source>
            <translation>ID de la clase</translation>
        </message>
        <message>
            <source>IANA zone for times</source>
            <translation>zona horaria IANA para las horas</translation>
        </message>
        <message>
            <source>first day (default: four weeks before --to)</source>
            <translation>primer día (predeterminado: cuatro semanas antes de --to)</translation>
        </message>
        <message>
            <source>last day, included (default: today)</source>
            <translation>último día, incluido (predeterminado: hoy)</translation>
        </message>
        <message>
            <source>IANA zone for dates, e.g. Europe/London (default: the school's setting)</source>
            <translation>zona horaria IANA para las fechas, p. ej., Europe/Madrid (predeterminado: la configuración del centro)</translation>
        </message>
        <message>
            <source>table (printed), csv or xlsx (default: from --output's extension, else table)</source>
            <translation>table (en pantalla), csv o xlsx (predeterminado: según la extensión de --output; si no, table)</translation>
        </message>
        <message>
            <source>write to this file</source>
            <translation>escribir en este archivo</translation>
        </message>
        <message>
            <source>also draw the chart</source>
            <translation>dibujar también el gráfico</translation>
        </message>
        <message>
            <source>Chart written to {path}</source>
            <translation>Gráfico guardado en {path}</translation>
        </message>
        <message>
            <source>An xlsx report needs a file to go to.</source>
            <translation>Un informe xlsx necesita un archivo de destino.</translation>
        </message>
        <message>
            <source>Add --output report.xlsx.</source>
            <translation>Añada, por ejemplo, --output informe.xlsx.</translation>
        </message>
        <message>
            <source>{option} '{text}' is not a date.</source>
            <translation>{option} «{text}» no es una fecha.</translation>
        </message>
        <message>
            <source>Use YYYY-MM-DD, e.g. 2026-03-29.</source>
            <translation>Use AAAA-MM-DD, p. ej., 2026-03-29.</translation>
        </message>
        <message>
            <source>--from {first} is after --to {last}.</source>
            <translation>--from {first} es posterior a --to {last}.</translation>
        </message>
        <message>
            <source>Give the earlier date first.</source>
            <translation>Indique primero la fecha anterior.</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Informe guardado en {path}</translation>
        </message>
        <message>
            <source>{sheet}:</source>
            <comment>a table's heading</comment>
            <translation>{sheet}:</translation>
        </message>
        <message>
            <source>(nothing to show)</source>
            <translation>(nada que mostrar)</translation>
        </message>
    </context>
    <context>
        <name>ReportModels</name>
        <message>
            <source>Unmarked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Marcadas</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <source>Chronic absence</source>
            <translation>Absentismo crónico</translation>
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
            <translation>alta el {joined}, baja el {left}</translation>
        </message>
        <message>
            <source>joined {joined}</source>
            <translation>alta el {joined}</translation>
        </message>
        <message>
            <source>left {left}</source>
            <translation>baja el {left}</translation>
        </message>
        <message>
            <source>{name} (inactive)</source>
            <comment>a class no longer taught</comment>
            <translation>{name} (inactivo)</translation>
        </message>
        <message>
            <source>{name}: {subject}, {teacher}</source>
            <translation>{name}: {subject}, {teacher}</translation>
        </message>
        <message>
            <source>{name}: no subject, {teacher}</source>
            <translation>{name}: sin asignatura, {teacher}</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <comment>a student who left the school</comment>
            <translation>{name} (baja)</translation>
        </message>
        <message>
            <source>In no class</source>
            <translation>En ningún grupo</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Alumno</translation>
        </message>
        <message>
            <source>Lessons marked {label} ({code}); counted as attended</source>
            <translation>Clases marcadas {label} ({code}); cuentan como asistidas</translation>
        </message>
        <message>
            <source>Lessons marked {label} ({code}); counted as missed</source>
            <translation>Clases marcadas {label} ({code}); cuentan como faltas</translation>
        </message>
        <message>
            <source>Register started but this student was never marked (in no rate)</source>
            <translation>Lista empezada pero este alumno nunca se marcó (no cuenta en ninguna tasa)</translation>
        </message>
        <message>
            <source>Attended ÷ marked</source>
            <translation>Asistidas ÷ marcadas</translation>
        </message>
        <message>
            <source>Missed 10% or more of marked lessons (excused included)</source>
            <translation>Faltó al 10 % o más de las clases marcadas (justificadas incluidas)</translation>
        </message>
        <message numerus="yes">
            <source>{name}: attended {attended} of %n marked lessons, missed {missed} (10% or more): chronically absent</source>
            <translation>
                <numerusform>{name}: asistió a {attended} de %n clase marcada, faltó a {missed} (10 % o más): absentismo crónico</numerusform>
                <numerusform>{name}: asistió a {attended} de %n clases marcadas, faltó a {missed} (10 % o más): absentismo crónico</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: attended {attended} of %n marked lessons</source>
            <translation>
                <numerusform>{name}: asistió a {attended} de %n clase marcada</numerusform>
                <numerusform>{name}: asistió a {attended} de %n clases marcadas</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}  ({joined_or_left})</source>
            <translation>{name}  ({joined_or_left})</translation>
        </message>
        <message>
            <source>⚠ Chronic absence</source>
            <translation>⚠ Absentismo crónico</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Marca</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>{label} ({code})</source>
            <comment>a mark: its name, then its code</comment>
            <translation>{label} ({code})</translation>
        </message>
        <message>
            <source>Teacher / date</source>
            <translation>Docente / fecha</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Never started</source>
            <translation>Nunca empezada</translation>
        </message>
        <message>
            <source>Started, nobody marked</source>
            <translation>Empezada, nadie marcado</translation>
        </message>
        <message numerus="yes">
            <source>%n not taken</source>
            <translation>
                <numerusform>%n sin pasar</numerusform>
                <numerusform>%n sin pasar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>Rate = attended ÷ marked lessons (Present and Late attend). Chronic absence: missing 10% or more of marked lessons, excused absences included.</source>
            <translation>Tasa = clases asistidas ÷ clases marcadas (Presente y Retraso cuentan como asistencia). Absentismo crónico: faltar al 10 % o más de las clases marcadas, ausencias justificadas incluidas.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>no teacher</source>
            <translation>sin docente</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone this computer knows.</source>
            <translation>«{zone}» no es una zona horaria que conozca este equipo.</translation>
        </message>
        <message>
            <source>Use an IANA name such as Europe/London or America/New_York.</source>
            <translation>Use un nombre IANA como Europe/Madrid o America/New_York.</translation>
        </message>
        <message>
            <source>this computer's time zone ({abbreviation})</source>
            <translation>zona horaria de este equipo ({abbreviation})</translation>
        </message>
        <message>
            <source>The report would start on {first}, after it ends on {last}.</source>
            <translation>El informe empezaría el {first}, después de terminar el {last}.</translation>
        </message>
        <message>
            <source>Give the earlier date first.</source>
            <translation>Indique primero la fecha anterior.</translation>
        </message>
        <message>
            <source>There is no student with id {id}.</source>
            <translation>No hay ningún alumno con el ID {id}.</translation>
        </message>
        <message>
            <source>There is no class with id {id}.</source>
            <translation>No hay ningún grupo con el ID {id}.</translation>
        </message>
        <message>
            <source>never started</source>
            <translation>nunca empezada</translation>
        </message>
        <message>
            <source>started, nobody marked</source>
            <translation>empezada, nadie marcado</translation>
        </message>
        <message>
            <source>'{bucket}' is not a period for a chart; use week or day.</source>
            <translation>«{bucket}» no es un periodo para un gráfico; use week o day.</translation>
        </message>
        <message>
            <source>There is no lesson with id {id}.</source>
            <translation>No hay ninguna clase con el ID {id}.</translation>
        </message>
        <message>
            <source>No student was given.</source>
            <translation>No se indicó ningún alumno.</translation>
        </message>
        <message>
            <source>Give a student's id or roster id.</source>
            <translation>Indique el ID o el ID de listas de un alumno.</translation>
        </message>
        <message numerus="yes">
            <source>%n students are called '{name}' (ids {ids}).</source>
            <translation>
                <numerusform>%n alumno se llama «{name}» (ID {ids}).</numerusform>
                <numerusform>%n alumnos se llaman «{name}» (ID {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the id of the one you mean.</source>
            <translation>Indique el ID del que busca.</translation>
        </message>
        <message>
            <source>No student has the id, roster id or name '{name}'.</source>
            <translation>Ningún alumno tiene el ID, el ID de listas o el nombre «{name}».</translation>
        </message>
        <message>
            <source>Check the spelling, or look the student up in the app.</source>
            <translation>Compruebe la ortografía o busque al alumno en la aplicación.</translation>
        </message>
        <message>
            <source>No class was given.</source>
            <translation>No se indicó ningún grupo.</translation>
        </message>
        <message>
            <source>Give a class's id or name.</source>
            <translation>Indique el ID o el nombre de un grupo.</translation>
        </message>
        <message numerus="yes">
            <source>%n classes are called '{name}' (ids {ids}).</source>
            <translation>
                <numerusform>%n grupo se llama «{name}» (ID {ids}).</numerusform>
                <numerusform>%n grupos se llaman «{name}» (ID {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <source>No class has the id, roster id or name '{name}'.</source>
            <translation>Ningún grupo tiene el ID, el ID de listas o el nombre «{name}».</translation>
        </message>
        <message>
            <source>Check the spelling, or look the class up in the app.</source>
            <translation>Compruebe la ortografía o busque el grupo en la aplicación.</translation>
        </message>
        <message numerus="yes">
            <source>%n teachers are called '{name}'.</source>
            <translation>
                <numerusform>%n docente se llama «{name}».</numerusform>
                <numerusform>%n docentes se llaman «{name}».</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the teacher's id.</source>
            <translation>Indique el ID del docente.</translation>
        </message>
        <message>
            <source>No teacher has the id, roster id or name '{name}'.</source>
            <translation>Ningún docente tiene el ID, el ID de listas o el nombre «{name}».</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>QLocale date pattern: day and short month name, no year</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>This term (since {date})</source>
            <translation>Este trimestre (desde el {date})</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>Últimas 4 semanas</translation>
        </message>
        <message>
            <source>This school year (since {date})</source>
            <translation>Este curso (desde el {date})</translation>
        </message>
    </context>
    <context>
        <name>ReportsWindow</name>
        <message>
            <source>Custom dates</source>
            <translation>Fechas personalizadas</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Class summary</source>
            <translation>Resumen del grupo</translation>
        </message>
        <message>
            <source>Student history</source>
            <translation>Historial del alumno</translation>
        </message>
        <message>
            <source>Missing registers</source>
            <translation>Listas sin pasar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Period and export</source>
            <translation>Periodo y exportación</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>QLocale date pattern of the period's two dates: day, short month, year</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <source>from</source>
            <comment>Period: [This term] from [date] to [date]</comment>
            <translation>del</translation>
        </message>
        <message>
            <source>to</source>
            <comment>Period: [This term] from [date] to [date]</comment>
            <translation>al</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Save this report as a CSV file (for any spreadsheet)</source>
            <translation>Guardar este informe como archivo CSV (para cualquier hoja de cálculo)</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Exportar Excel…</translation>
        </message>
        <message>
            <source>Save this report as an Excel workbook (.xlsx)</source>
            <translation>Guardar este informe como libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print the class summary with its chart ({shortcut})</source>
            <translation>Imprimir el resumen del grupo con su gráfico ({shortcut})</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Save the class summary with its chart as a PDF, to file or email</source>
            <translation>Guardar el resumen del grupo con su gráfico como PDF, para archivarlo o enviarlo por correo</translation>
        </message>
        <message>
            <source>Find a class or teacher…</source>
            <translation>Buscar un grupo o docente…</translation>
        </message>
        <message>
            <source>Loading the classes…</source>
            <translation>Cargando los grupos…</translation>
        </message>
        <message>
            <source>Find a student, roster id or class…</source>
            <translation>Buscar un alumno, ID o grupo…</translation>
        </message>
        <message>
            <source>Find a student on the left to see every lesson they had in the period.</source>
            <translation>Busque un alumno a la izquierda para ver todas sus clases del periodo.</translation>
        </message>
        <message>
            <source>Only my lessons</source>
            <translation>Solo mis clases</translation>
        </message>
        <message>
            <source>Only the lessons the teacher at this computer takes</source>
            <translation>Solo las clases del docente que usa este ordenador</translation>
        </message>
        <message>
            <source>There are no classes yet. Import a roster (File &gt; Import roster) first.</source>
            <translation>Todavía no hay grupos. Importe primero las listas de alumnado (Archivo &gt; Importar listas de alumnado).</translation>
        </message>
        <message>
            <source>Loading the class summary…</source>
            <translation>Cargando el resumen del grupo…</translation>
        </message>
        <message>
            <source>Loading the student's history…</source>
            <translation>Cargando el historial del alumno…</translation>
        </message>
        <message>
            <source>Looking for registers not taken…</source>
            <translation>Buscando listas sin pasar…</translation>
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
                <numerusform>{class_name}: %n alumno, {period}</numerusform>
                <numerusform>{class_name}: %n alumnos, {period}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{chronic} of %n students chronically absent</source>
            <translation>
                <numerusform>{chronic} de %n alumno con absentismo crónico</numerusform>
                <numerusform>{chronic} de %n alumnos con absentismo crónico</numerusform>
            </translation>
        </message>
        <message>
            <source>{chronically_absent} (highlighted)</source>
            <comment>rich text</comment>
            <translation>{chronically_absent} (resaltados)</translation>
        </message>
        <message numerus="yes">
            <source>none of the %n students chronically absent</source>
            <translation>
                <numerusform>%n alumno, sin absentismo crónico</numerusform>
                <numerusform>ninguno de los %n alumnos con absentismo crónico</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n clase</numerusform>
                <numerusform>%n clases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registers taken</source>
            <translation>
                <numerusform>%n lista pasada</numerusform>
                <numerusform>%n listas pasadas</numerusform>
            </translation>
        </message>
        <message>
            <source>{lessons}, {registers_taken} · class attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of {marked} marked) · {chronic}</source>
            <comment>rich text: keep &lt;b&gt; and &lt;/b&gt;</comment>
            <translation>{lessons}, {registers_taken} · asistencia del grupo &lt;b&gt;{rate}&lt;/b&gt; ({attended} de {marked} marcadas) · {chronic}</translation>
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
                <numerusform>{name}: %n clase</numerusform>
                <numerusform>{name}: %n clases</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked &lt;b&gt;{count}&lt;/b&gt;</source>
            <comment>rich text</comment>
            <translation>Sin marcar &lt;b&gt;{count}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of %n marked lessons)</source>
            <comment>rich text</comment>
            <translation>
                <numerusform>Asistencia &lt;b&gt;{rate}&lt;/b&gt; ({attended} de %n clase marcada)</numerusform>
                <numerusform>Asistencia &lt;b&gt;{rate}&lt;/b&gt; ({attended} de %n clases marcadas)</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ chronically absent</source>
            <translation>⚠ absentismo crónico</translation>
        </message>
        <message numerus="yes">
            <source>%n registers not taken</source>
            <translation>
                <numerusform>%n lista sin pasar</numerusform>
                <numerusform>%n listas sin pasar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n teachers</source>
            <translation>
                <numerusform>%n docente</numerusform>
                <numerusform>%n docentes</numerusform>
            </translation>
        </message>
        <message>
            <source>{registers_not_taken}, {teachers}</source>
            <translation>{registers_not_taken}, {teachers}</translation>
        </message>
        <message>
            <source>Lessons from {first_day} that ended by {day} {time} with no register: never started, or started with nobody marked. A lesson counts for the teacher who takes it (cover included).</source>
            <translation>Clases desde el {first_day} que terminaron hasta el {day} a las {time} sin lista: nunca empezada, o empezada sin nadie marcado. Una clase cuenta para el docente que la imparte (sustituciones incluidas).</translation>
        </message>
        <message>
            <source>{class_name} summary {first} to {last}</source>
            <comment>a file name</comment>
            <translation>{class_name} resumen del {first} al {last}</translation>
        </message>
        <message>
            <source>{name} attendance {first} to {last}</source>
            <comment>a file name</comment>
            <translation>{name} asistencia del {first} al {last}</translation>
        </message>
        <message>
            <source>Registers not taken to {day}</source>
            <comment>a file name</comment>
            <translation>Listas sin pasar hasta {day}</translation>
        </message>
        <message>
            <source>report</source>
            <comment>a file name</comment>
            <translation>informe</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exportar como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export as an Excel workbook</source>
            <translation>Exportar como libro de Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>Guardando {file}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado: {path}</translation>
        </message>
        <message>
            <source>Save class summary as PDF</source>
            <translation>Guardar el resumen del grupo como PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n pages)</source>
            <translation>
                <numerusform>Guardado: {path} (%n página)</numerusform>
                <numerusform>Guardado: {path} (%n páginas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent {class_name}'s summary to the printer</source>
            <translation>Resumen del grupo {class_name} enviado a la impresora</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the log.</source>
            <translation>Algo salió mal; los detalles están en el registro.</translation>
        </message>
    </context>
    <context>
        <name>Repository</name>
        <message>
            <source>This register is not yours, so the database did not accept the change.</source>
            <translation>Esta lista de asistencia no es suya, así que la base de datos no aceptó el cambio.</translation>
        </message>
        <message>
            <source>Ask the office to make the change, or to give you this register (cover) if you are teaching it.</source>
            <translation>Pida a secretaría que haga el cambio o que le asigne esta lista de asistencia (sustitución) si es usted quien da esta clase.</translation>
        </message>
        <message>
            <source>Make the mark again, retyping the note. ({detail})</source>
            <translation>Vuelva a poner la marca y escriba de nuevo la observación. ({detail})</translation>
        </message>
        <message>
            <source>Make the mark again, retyping the note.</source>
            <translation>Vuelva a poner la marca y escriba de nuevo la observación.</translation>
        </message>
        <message>
            <source>The database cannot store this mark as it is (its note holds a character the database refuses), so it was set aside.</source>
            <translation>La base de datos no puede guardar esta marca tal como está (su observación contiene un carácter que la base de datos rechaza), así que se ha apartado.</translation>
        </message>
        <message>
            <source>Attendance row {row} no longer exists.</source>
            <translation>La fila {row} de la lista de asistencia ya no existe.</translation>
        </message>
        <message>
            <source>Lesson {lesson} no longer exists.</source>
            <translation>La clase {lesson} ya no existe.</translation>
        </message>
        <message>
            <source>Reopening a closed register needs a reason; it stays closed.</source>
            <translation>Para reabrir una lista de asistencia cerrada hace falta un motivo; sigue cerrada.</translation>
        </message>
        <message>
            <source>Reopen it again and say why (for example: a student arrived late).</source>
            <translation>Vuelva a abrirla e indique el motivo (por ejemplo: un alumno llegó tarde).</translation>
        </message>
        <message>
            <source>A lesson has to end after it starts.</source>
            <translation>Una clase tiene que terminar después de empezar.</translation>
        </message>
        <message>
            <source>Check the start time and the length.</source>
            <translation>Compruebe la hora de inicio y la duración.</translation>
        </message>
        <message>
            <source>The class you chose is no longer in the register.</source>
            <translation>El grupo que eligió ya no existe.</translation>
        </message>
        <message>
            <source>It may have been removed by a roster import. Choose another class.</source>
            <translation>Puede que una importación de las listas de alumnado lo haya eliminado. Elija otro grupo.</translation>
        </message>
        <message>
            <source>{class_name} is no longer in use (a roster import withdrew it), so no lesson can be added to it.</source>
            <translation>El grupo {class_name} ya no está en uso (una importación de las listas de alumnado lo retiró), así que no se le pueden añadir clases.</translation>
        </message>
        <message>
            <source>Choose another class.</source>
            <translation>Elija otro grupo.</translation>
        </message>
        <message>
            <source>Your name is no longer in this database's list of teachers.</source>
            <translation>Su nombre ya no figura en la lista de docentes de esta base de datos.</translation>
        </message>
        <message>
            <source>Choose your name again with Change teacher…, then add the lesson.</source>
            <translation>Vuelva a elegir su nombre con «Cambiar de docente…» y después añada la clase.</translation>
        </message>
        <message>
            <source>{teacher} is no longer an active teacher, so cannot take a new register.</source>
            <translation>{teacher} ya no es docente en activo, así que no puede pasar lista en una clase nueva.</translation>
        </message>
        <message>
            <source>Attendance row {row} keeps changing on other computers; your change was not saved.</source>
            <translation>La fila {row} de la lista de asistencia no deja de cambiar en otros equipos; su cambio no se ha guardado.</translation>
        </message>
        <message>
            <source>Wait a moment and make it again.</source>
            <translation>Espere un momento y vuelva a hacerlo.</translation>
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
            <translation>Compruebe que sea la exportación de las listas; las listas de un distrito con 200.000 inscripciones ocupan unos 15 MB.</translation>
        </message>
        <message>
            <source>{name} is larger than {size}; that is far more than any school's roster.</source>
            <translation>{name} ocupa más de {size}; es mucho más que las listas de cualquier centro.</translation>
        </message>
        <message>
            <source>The roster files in {where} are larger than {size} together; that is far more than any school's roster.</source>
            <translation>Los archivos de listas de {where} ocupan en total más de {size}; es mucho más que las listas de cualquier centro.</translation>
        </message>
        <message>
            <source>{name} unpacks to more than {ratio} times its packed size ({packed} bytes become over {unpacked}); it was not unpacked.</source>
            <translation>{name} se descomprime en más de {ratio} veces su tamaño comprimido ({packed} bytes pasan a más de {unpacked}); no se ha descomprimido.</translation>
        </message>
        <message>
            <source>A real roster export never packs that tightly: export it again from the student information system, or unpack it with the file manager, check it and import the folder.</source>
            <translation>Una exportación real de listas nunca se comprime tanto: vuelva a exportarla desde el sistema de gestión, o descomprímala con el explorador de archivos, revísela e importe la carpeta.</translation>
        </message>
        <message>
            <source>{name} is not a readable .zip file ({error}).</source>
            <translation>{name} no es un archivo .zip legible ({error}).</translation>
        </message>
        <message>
            <source>Export the roster again, or unpack it and import the folder.</source>
            <translation>Vuelva a exportar las listas, o descomprímalas e importe la carpeta.</translation>
        </message>
        <message>
            <source>{name} cannot be unpacked here ({error}).</source>
            <translation>{name} no se puede descomprimir aquí ({error}).</translation>
        </message>
        <message>
            <source>Unpack it with the file manager and import the folder instead.</source>
            <translation>Descomprímalo con el explorador de archivos e importe la carpeta en su lugar.</translation>
        </message>
        <message>
            <source>The folder {where} is not a roster export this program knows: it has neither manifest.csv (OneRoster), users.csv and enrollments.csv (School Data Sync v2), Student.csv and Section.csv (School Data Sync v1) nor students.csv and sections.csv (Clever).</source>
            <translation>La carpeta {where} no es una exportación de listas que este programa conozca: no tiene manifest.csv (OneRoster), ni users.csv y enrollments.csv (School Data Sync v2), ni Student.csv y Section.csv (School Data Sync v1), ni students.csv y sections.csv (Clever).</translation>
        </message>
        <message>
            <source>{where} is not a roster export this program knows: it has neither manifest.csv (OneRoster), users.csv and enrollments.csv (School Data Sync v2), Student.csv and Section.csv (School Data Sync v1) nor students.csv and sections.csv (Clever).</source>
            <translation>{where} no es una exportación de listas que este programa conozca: no tiene manifest.csv (OneRoster), ni users.csv y enrollments.csv (School Data Sync v2), ni Student.csv y Section.csv (School Data Sync v1), ni students.csv y sections.csv (Clever).</translation>
        </message>
        <message>
            <source>Choose the folder or .zip the student information system exported, or a plain .csv file.</source>
            <translation>Elija la carpeta o el .zip que exportó el sistema de gestión, o un archivo .csv sencillo.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in this file or in the register.</source>
            <translation>no hay ningún docente "{id}" en este archivo ni en el programa.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in this file or in the register.</source>
            <translation>no hay ningún alumno "{id}" en este archivo ni en el programa.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in this file or in the register.</source>
            <translation>no hay ningún grupo "{id}" en este archivo ni en el programa.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in this bundle or in the register.</source>
            <translation>no hay ningún docente "{id}" en esta exportación ni en el programa.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in this bundle or in the register.</source>
            <translation>no hay ningún alumno "{id}" en esta exportación ni en el programa.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in this bundle or in the register.</source>
            <translation>no hay ningún grupo "{id}" en esta exportación ni en el programa.</translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} y {count} más</translation>
        </message>
        <message numerus="yes">
            <source>%n new classes have no teacher yet ({names}); anyone can take their registers until a roster names the teacher.</source>
            <translation>
                <numerusform>%n grupo nuevo aún no tiene docente ({names}); cualquiera puede pasar lista hasta que unas listas indiquen el docente.</numerusform>
                <numerusform>%n grupos nuevos aún no tienen docente ({names}); cualquiera puede pasar lista hasta que unas listas indiquen el docente.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows to be deleted were not in the register; nothing to do.</source>
            <translation>
                <numerusform>%n fila que había que borrar no estaba en el programa; no hay nada que hacer.</numerusform>
                <numerusform>%n filas que había que borrar no estaban en el programa; no hay nada que hacer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrollments to be deleted were not in the register; nothing to withdraw.</source>
            <translation>
                <numerusform>%n inscripción que había que borrar no estaba en el programa; no hay nada que dar de baja.</numerusform>
                <numerusform>%n inscripciones que había que borrar no estaban en el programa; no hay nada que dar de baja.</numerusform>
            </translation>
        </message>
        <message>
            <source>the value holds a NUL character at character {position}; a roster value cannot hold one (was the file damaged, or saved from another program?). Remove it and save again.</source>
            <translation>el valor contiene un carácter NUL en la posición {position}; un valor de las listas no puede contenerlo (¿se ha dañado el archivo o se guardó desde otro programa?). Elimínelo y vuelva a guardar.</translation>
        </message>
        <message>
            <source>the value holds a control character ({code}) at character {position}; a roster value cannot hold one (was the file damaged, or saved from another program?). Remove it and save again.</source>
            <translation>el valor contiene un carácter de control ({code}) en la posición {position}; un valor de las listas no puede contenerlo (¿se ha dañado el archivo o se guardó desde otro programa?). Elimínelo y vuelva a guardar.</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>columna {number}</translation>
        </message>
        <message>
            <source>a quoted value is never closed (a " is missing), so the rest of the file cannot be read.</source>
            <translation>un valor entre comillas no se cierra nunca (falta una "), así que el resto del archivo no se puede leer.</translation>
        </message>
        <message>
            <source>there is text after a closing quote; put the whole value in quotes and write any " inside it as "".</source>
            <translation>hay texto después de unas comillas de cierre; ponga todo el valor entre comillas y escriba cada " que contenga como "".</translation>
        </message>
        <message>
            <source>a value is far too long; is this really a roster CSV file?</source>
            <translation>un valor es demasiado largo; ¿es realmente un archivo CSV de listas?</translation>
        </message>
        <message>
            <source>the line cannot be read as CSV ({error}).</source>
            <translation>la línea no se puede leer como CSV ({error}).</translation>
        </message>
        <message>
            <source>the file is not text in UTF-8 or Windows-1252; save it again as "CSV UTF-8" from the spreadsheet program.</source>
            <translation>el archivo no es texto en UTF-8 ni en Windows-1252; vuelva a guardarlo como "CSV UTF-8" desde la hoja de cálculo.</translation>
        </message>
        <message>
            <source>the header holds a control character; is this really a CSV file?</source>
            <translation>el encabezado contiene un carácter de control; ¿es realmente un archivo CSV?</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>el archivo está vacío.</translation>
        </message>
        <message>
            <source>{file} was read as Windows-1252 (it is not UTF-8).</source>
            <translation>{file} se ha leído como Windows-1252 (no está en UTF-8).</translation>
        </message>
        <message>
            <source>{file} was read as UTF-16.</source>
            <translation>{file} se ha leído como UTF-16.</translation>
        </message>
        <message>
            <source>the column is missing (it is required).</source>
            <translation>falta la columna (es obligatoria).</translation>
        </message>
        <message>
            <source>the id is empty.</source>
            <translation>el identificador está vacío.</translation>
        </message>
        <message>
            <source>the id "{id}" is already used on line {old_line}.</source>
            <translation>el identificador "{id}" ya se usa en la línea {old_line}.</translation>
        </message>
        <message>
            <source>the status "{status}" is not "active" or "tobedeleted".</source>
            <translation>el estado "{status}" no es "active" ni "tobedeleted".</translation>
        </message>
        <message>
            <source>"{value}" is not an ISO 8601 date and time, e.g. 2026-11-24T09:30:00Z.</source>
            <translation>"{value}" no es una fecha y hora ISO 8601, por ejemplo 2026-11-24T09:30:00Z.</translation>
        </message>
        <message>
            <source>"{value}" is not a date; OneRoster writes dates as YYYY-MM-DD, e.g. 2026-09-01.</source>
            <translation>"{value}" no es una fecha; OneRoster escribe las fechas como AAAA-MM-DD, por ejemplo 2026-09-01.</translation>
        </message>
        <message>
            <source>the role is empty.</source>
            <translation>el rol está vacío.</translation>
        </message>
        <message>
            <source>the end date {end} is before the begin date {start}.</source>
            <translation>la fecha de fin {end} es anterior a la fecha de inicio {start}.</translation>
        </message>
        <message>
            <source>{files} ignored (the register does not use them).</source>
            <translation>{files} ignorados (el programa no los usa).</translation>
        </message>
        <message>
            <source>the manifest must have the columns "propertyName,value".</source>
            <translation>el manifiesto debe tener las columnas "propertyName,value".</translation>
        </message>
        <message>
            <source>manifest.csv has no "oneroster.version"; read as OneRoster {version}.</source>
            <translation>manifest.csv no tiene "oneroster.version"; se ha leído como OneRoster {version}.</translation>
        </message>
        <message>
            <source>OneRoster version "{version}" cannot be imported; export as OneRoster 1.1 or 1.2.</source>
            <translation>La versión de OneRoster "{version}" no se puede importar; exporte como OneRoster 1.1 o 1.2.</translation>
        </message>
        <message>
            <source>"{value}" for {property} is not one of bulk, delta, absent.</source>
            <translation>"{value}" para {property} no es ninguno de bulk, delta, absent.</translation>
        </message>
        <message>
            <source>the manifest lists {file} as {mode}, but the bundle has no {file}.</source>
            <translation>el manifiesto indica {file} como {mode}, pero la exportación no contiene {file}.</translation>
        </message>
        <message>
            <source>{file} ignored: the manifest says it is absent.</source>
            <translation>{file} ignorado: el manifiesto lo indica como ausente.</translation>
        </message>
        <message>
            <source>{file} ignored (the register does not use it).</source>
            <translation>{file} ignorado (el programa no lo usa).</translation>
        </message>
        <message>
            <source>{file} has no role column: each user's role was taken from enrollments.csv.</source>
            <translation>{file} no tiene columna de rol: el rol de cada usuario se ha tomado de enrollments.csv.</translation>
        </message>
        <message>
            <source>there is no user "{id}" in users.csv.</source>
            <translation>no hay ningún usuario "{id}" en users.csv.</translation>
        </message>
        <message>
            <source>the course title is empty.</source>
            <translation>el título del curso está vacío.</translation>
        </message>
        <message>
            <source>the class title is empty.</source>
            <translation>el título del grupo está vacío.</translation>
        </message>
        <message>
            <source>there is no course "{id}" in courses.csv.</source>
            <translation>no hay ningún curso "{id}" en courses.csv.</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n enrollments with role "{role}" ignored (only students and teachers are imported).</source>
            <translation>
                <numerusform>{file}: %n inscripción con el rol "{role}" ignorada (solo se importan alumnos y docentes).</numerusform>
                <numerusform>{file}: %n inscripciones con el rol "{role}" ignoradas (solo se importan alumnos y docentes).</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}, line {line}: class "{id}" is to be deleted, so this enrollment ends with it.</source>
            <translation>{file}, línea {line}: el grupo "{id}" se va a borrar, así que esta inscripción termina con él.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in classes.csv.</source>
            <translation>no hay ningún grupo "{id}" en classes.csv.</translation>
        </message>
        <message>
            <source>{file}, line {line}: user "{id}" is to be deleted, so this enrollment ends with them.</source>
            <translation>{file}, línea {line}: el usuario "{id}" se va a borrar, así que esta inscripción termina con él.</translation>
        </message>
        <message>
            <source>"{id}" is enrolled as a student here, but the roster gives them the role {roles}; imported as a student in this class.</source>
            <translation>"{id}" está inscrito aquí como alumno, pero las listas le dan el rol {roles}; se importa como alumno en este grupo.</translation>
        </message>
        <message>
            <source>"{id}" is enrolled as a teacher here, but the roster gives them the role {roles}; imported as a teacher in this class.</source>
            <translation>"{id}" está inscrito aquí como docente, pero las listas le dan el rol {roles}; se importa como docente en este grupo.</translation>
        </message>
        <message>
            <source>{file}, line {line}: student "{student}" is already enrolled in class "{class_id}" on line {old_line}; line {line} is used.</source>
            <translation>{file}, línea {line}: el alumno "{student}" ya está inscrito en el grupo "{class_id}" en la línea {old_line}; se usa la línea {line}.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the enrollment to be deleted is also listed as active; the active one is used.</source>
            <translation>{file}, línea {line}: la inscripción que se va a borrar también aparece como activa; se usa la activa.</translation>
        </message>
        <message numerus="yes">
            <source>More than one teacher teaches %n classes; the primary (or first) one is the class teacher in the register.</source>
            <translation>
                <numerusform>Más de un docente imparte clase en %n grupo; el principal (o el primero) es el docente del grupo en la lista de asistencia.</numerusform>
                <numerusform>Más de un docente imparte clase en %n grupos; el principal (o el primero) es el docente del grupo en la lista de asistencia.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n users not imported (neither students nor teachers: administrators, parents, ...).</source>
            <translation>
                <numerusform>{file}: %n usuario no importado (ni alumno ni docente: administración, familias…).</numerusform>
                <numerusform>{file}: %n usuarios no importados (ni alumnos ni docentes: administración, familias…).</numerusform>
            </translation>
        </message>
        <message>
            <source>the name is too long.</source>
            <translation>el nombre es demasiado largo.</translation>
        </message>
        <message>
            <source>{file} read past: the register keeps no schools or terms.</source>
            <translation>{file} omitido: el programa no guarda centros ni trimestres.</translation>
        </message>
        <message>
            <source>{file} and {other} read past: the register keeps no schools or terms.</source>
            <translation>{file} y {other} omitidos: el programa no guarda centros ni trimestres.</translation>
        </message>
        <message>
            <source>the first name is empty.</source>
            <translation>el nombre está vacío.</translation>
        </message>
        <message>
            <source>the last name is empty.</source>
            <translation>los apellidos están vacíos.</translation>
        </message>
        <message>
            <source>the e-mail address is too long.</source>
            <translation>la dirección de correo electrónico es demasiado larga.</translation>
        </message>
        <message>
            <source>the teacher's name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>el nombre del docente es "{old}" en la línea {old_line} pero "{new}" aquí.</translation>
        </message>
        <message>
            <source>the teacher's e-mail is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>el correo del docente es "{old}" en la línea {old_line} pero "{new}" aquí.</translation>
        </message>
        <message>
            <source>the student id "{id}"'s name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>el nombre del alumno con identificador "{id}" es "{old}" en la línea {old_line} pero "{new}" aquí.</translation>
        </message>
        <message>
            <source>the same student's name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>el nombre del mismo alumno es "{old}" en la línea {old_line} pero "{new}" aquí.</translation>
        </message>
        <message>
            <source>the preferred name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>el nombre preferido es "{old}" en la línea {old_line} pero "{new}" aquí.</translation>
        </message>
        <message>
            <source>class "{id}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>el grupo "{id}" se llama "{old}" en la línea {old_line} pero "{new}" aquí.</translation>
        </message>
        <message>
            <source>the subject of class "{name}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>la asignatura del grupo "{name}" es "{old}" en la línea {old_line} pero "{new}" aquí.</translation>
        </message>
        <message>
            <source>the room of class "{name}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>el aula del grupo "{name}" es "{old}" en la línea {old_line} pero "{new}" aquí.</translation>
        </message>
        <message>
            <source>this is one file of a OneRoster bundle; import the whole folder or .zip (the one with manifest.csv) instead.</source>
            <translation>este es un solo archivo de una exportación de OneRoster; importe en su lugar toda la carpeta o el .zip (el que contiene manifest.csv).</translation>
        </message>
        <message>
            <source>the file has no rows below the header.</source>
            <translation>el archivo no tiene filas debajo del encabezado.</translation>
        </message>
        <message>
            <source>this column means the same as column "{column}"; keep one of them.</source>
            <translation>esta columna significa lo mismo que la columna "{column}"; conserve solo una.</translation>
        </message>
        <message>
            <source>{file}: column(s) {columns} not used.</source>
            <translation>{file}: columna(s) {columns} sin usar.</translation>
        </message>
        <message>
            <source>{file} lists teachers (its name and columns say so): every row is imported as a teacher.</source>
            <translation>{file} contiene docentes (así lo indican su nombre y sus columnas): cada fila se importa como docente.</translation>
        </message>
        <message>
            <source>{file}: column "{column}" read but not stored (the register keeps no student e-mail addresses).</source>
            <translation>{file}: columna "{column}" leída pero no guardada (el programa no guarda direcciones de correo del alumnado).</translation>
        </message>
        <message>
            <source>there is no column for the students' names: expected "First name" and "Last name" (or one "Name" column).</source>
            <translation>no hay ninguna columna para los nombres del alumnado: se esperan "First name" y "Last name" (o una sola columna "Name").</translation>
        </message>
        <message>
            <source>there is no "{column}" column.</source>
            <translation>no hay ninguna columna "{column}".</translation>
        </message>
        <message>
            <source>the line has {values} values but the header has {columns} columns; is there a comma or semicolon in a value without quotes around it?</source>
            <translation>la línea tiene {values} valores pero el encabezado tiene {columns} columnas; ¿hay una coma o un punto y coma en un valor sin comillas?</translation>
        </message>
        <message>
            <source>the teacher's name is empty.</source>
            <translation>el nombre del docente está vacío.</translation>
        </message>
        <message>
            <source>class "{name}" has teacher "{old}" on line {old_line} but "{new}" here; a class has one teacher (if these are two classes, give them different names or a Class ID column).</source>
            <translation>el grupo "{name}" tiene el docente "{old}" en la línea {old_line} pero "{new}" aquí; un grupo tiene un solo docente (si son dos grupos, deles nombres distintos o una columna "Class ID").</translation>
        </message>
        <message>
            <source>"{value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.</source>
            <translation>"{value}" no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2026-09-01.</translation>
        </message>
        <message>
            <source>the end date {end} is before the start date {start}.</source>
            <translation>la fecha de fin {end} es anterior a la fecha de inicio {start}.</translation>
        </message>
        <message>
            <source>{file}, line {line}: repeats line {old_line}; used once.</source>
            <translation>{file}, línea {line}: repite la línea {old_line}; se usa una sola vez.</translation>
        </message>
        <message>
            <source>the student is already in this class on line {old_line}, with other dates; keep one of the lines.</source>
            <translation>el alumno ya está en este grupo en la línea {old_line}, con otras fechas; conserve solo una de las líneas.</translation>
        </message>
        <message>
            <source>{file} has no teacher column: its classes keep the teacher the register gives them (a new class has none until a roster names one).</source>
            <translation>{file} no tiene columna de docente: sus grupos conservan el docente que tienen en el programa (un grupo nuevo no tiene ninguno hasta que unas listas lo indiquen).</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n rows of type "{role}" skipped (only students and teachers are imported).</source>
            <translation>
                <numerusform>{file}: %n fila de tipo "{role}" omitida (solo se importan alumnos y docentes).</numerusform>
                <numerusform>{file}: %n filas de tipo "{role}" omitidas (solo se importan alumnos y docentes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows with no role or type skipped (lines {lines}); fill in student or teacher to import them.</source>
            <translation>
                <numerusform>%n fila sin rol ni tipo omitida (líneas {lines}); escriba student o teacher para importarla.</numerusform>
                <numerusform>%n filas sin rol ni tipo omitidas (líneas {lines}); escriba student o teacher para importarlas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than one teacher teaches %n classes; the first listed is the class teacher in the register.</source>
            <translation>
                <numerusform>Más de un docente imparte clase en %n grupo; el primero indicado es el docente del grupo en la lista de asistencia.</numerusform>
                <numerusform>Más de un docente imparte clase en %n grupos; el primero indicado es el docente del grupo en la lista de asistencia.</numerusform>
            </translation>
        </message>
        <message>
            <source>plain CSV</source>
            <translation>CSV sencillo</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Alumnado</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Enrollments</source>
            <translation>Inscripciones</translation>
        </message>
        <message>
            <source>Weekly lessons</source>
            <translation>Clases semanales</translation>
        </message>
        <message>
            <source>{file}, line {line}, column "{column}": {message}</source>
            <translation>{file}, línea {line}, columna "{column}": {message}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {message}</source>
            <translation>{file}, línea {line}: {message}</translation>
        </message>
        <message>
            <source>{file}, column "{column}": {message}</source>
            <translation>{file}, columna "{column}": {message}</translation>
        </message>
        <message>
            <source>{file}: {message}</source>
            <translation>{file}: {message}</translation>
        </message>
        <message>
            <source>line {line}, column "{column}": {message}</source>
            <translation>línea {line}, columna "{column}": {message}</translation>
        </message>
        <message>
            <source>line {line}: {message}</source>
            <translation>línea {line}: {message}</translation>
        </message>
        <message>
            <source>column "{column}": {message}</source>
            <translation>columna "{column}": {message}</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more problems.</source>
            <translation>
                <numerusform>… y %n problema más.</numerusform>
                <numerusform>… y %n problemas más.</numerusform>
            </translation>
        </message>
        <message>
            <source>{format}: {teachers}, {students}, {classes}, {enrollments}</source>
            <translation>{format}: {teachers}, {students}, {classes}, {enrollments}</translation>
        </message>
        <message numerus="yes">
            <source>%n teachers</source>
            <translation>
                <numerusform>%n docente</numerusform>
                <numerusform>%n docentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n alumno</numerusform>
                <numerusform>%n alumnos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrollments</source>
            <translation>
                <numerusform>%n inscripción</numerusform>
                <numerusform>%n inscripciones</numerusform>
            </translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 con BOM</translation>
        </message>
        <message>
            <source>{kind}: {created} created, {updated} updated, {unchanged} unchanged, {withdrawn} withdrawn.</source>
            <translation>{kind}: {created} creados, {updated} actualizados, {unchanged} sin cambios, {withdrawn} dados de baja.</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems; nothing was imported.</source>
            <translation>
                <numerusform>Las listas tienen %n problema; no se ha importado nada.</numerusform>
                <numerusform>Las listas tienen %n problemas; no se ha importado nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix them in the file and import it again:
{problems}</source>
            <translation>Corríjalos en el archivo y vuelva a importarlo:
{problems}</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>La importación se ha cancelado; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>the id is longer than {limit} characters.</source>
            <translation>el identificador tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>the name is longer than {limit} characters.</source>
            <translation>el nombre tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>the number is longer than {limit} characters.</source>
            <translation>el número tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>the title is longer than {limit} characters.</source>
            <translation>el título tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>the identifier is longer than {limit} characters.</source>
            <translation>el identificador tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>the value is longer than {limit} characters.</source>
            <translation>el valor tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>the period "{period}" is longer than {limit} characters; write the period's name as the bell times name it (1, 2, P3 ...).</source>
            <translation>la franja "{period}" tiene más de {limit} caracteres; escriba su nombre como aparece en el horario de timbres (1, 2, P3…).</translation>
        </message>
        <message>
            <source>There is no file or folder at {path}.</source>
            <translation>No hay ningún archivo ni carpeta en {path}.</translation>
        </message>
        <message>
            <source>Check the path; a roster is a .csv file, or an export's folder or .zip.</source>
            <translation>Compruebe la ruta; unas listas son un archivo .csv, o la carpeta o el .zip de una exportación.</translation>
        </message>
        <message>
            <source>{name} is a spreadsheet, not a CSV file.</source>
            <translation>{name} es una hoja de cálculo, no un archivo CSV.</translation>
        </message>
        <message>
            <source>Open it in the spreadsheet program and save it as "CSV UTF-8", then import that file.</source>
            <translation>Ábrala en la hoja de cálculo, guárdela como "CSV UTF-8" e importe ese archivo.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({reason}).</source>
            <translation>{path} no se puede leer ({reason}).</translation>
        </message>
        <message>
            <source>Check that it exists and that your account may open it.</source>
            <translation>Compruebe que existe y que su cuenta puede abrirlo.</translation>
        </message>
        <message>
            <source>{files} read past: the register keeps no schools, terms or courses.</source>
            <translation>{files} omitidos: el programa no guarda centros, trimestres ni cursos.</translation>
        </message>
        <message>
            <source>the class name is empty.</source>
            <translation>el nombre del grupo está vacío.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in {file}.</source>
            <translation>no hay ningún alumno "{id}" en {file}.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in {file}.</source>
            <translation>no hay ningún docente "{id}" en {file}.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in {file}.</source>
            <translation>no hay ningún grupo "{id}" en {file}.</translation>
        </message>
        <message numerus="yes">
            <source>%n classes keep the lessons of the timetable file imported for them; the roster's periods for them are not used.</source>
            <translation>
                <numerusform>%n grupo conserva las clases del horario importado para él; las franjas de las listas no se usan para él.</numerusform>
                <numerusform>%n grupos conservan las clases del horario importado para ellos; las franjas de las listas no se usan para ellos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster gives %n classes their periods; import the bell times (a CSV with period,start,end) for the lessons to appear.</source>
            <translation>
                <numerusform>Las listas dan a %n grupo sus franjas; importe el horario de timbres (un CSV con period,start,end) para que aparezcan las clases.</numerusform>
                <numerusform>Las listas dan a %n grupos sus franjas; importe el horario de timbres (un CSV con period,start,end) para que aparezcan las clases.</numerusform>
            </translation>
        </message>
        <message>
            <source>The bell times have no period {period}: classes meeting in it have no lesson then until the bell times name it.</source>
            <translation>El horario de timbres no tiene la franja {period}: los grupos que tienen clase en ella no la tendrán hasta que el horario de timbres la incluya.</translation>
        </message>
        <message>
            <source>The bell times have no period {periods}: classes meeting in them have no lesson then until the bell times name them.</source>
            <translation>El horario de timbres no tiene las franjas {periods}: los grupos que tienen clase en ellas no la tendrán hasta que el horario de timbres las incluya.</translation>
        </message>
    </context>
    <context>
        <name>School</name>
        <message>
            <source>J cannot be a code's key: in the register it moves down.</source>
            <translation>La J no puede ser la tecla de una marca: en la lista de asistencia baja una fila.</translation>
        </message>
        <message>
            <source>K cannot be a code's key: in the register it moves up.</source>
            <translation>La K no puede ser la tecla de una marca: en la lista de asistencia sube una fila.</translation>
        </message>
        <message>
            <source>N cannot be a code's key: in the register it opens the note.</source>
            <translation>La N no puede ser la tecla de una marca: en la lista de asistencia abre la observación.</translation>
        </message>
        <message>
            <source>The code “{label}” was removed on another computer meanwhile.</source>
            <translation>La marca «{label}» se ha eliminado en otro equipo mientras tanto.</translation>
        </message>
        <message>
            <source>Close Settings and open it again to see the current codes.</source>
            <translation>Cierre la configuración y vuelva a abrirla para ver las marcas actuales.</translation>
        </message>
        <message>
            <source>A code's key is one letter, A to Z.</source>
            <translation>La tecla de una marca es una letra, de la A a la Z.</translation>
        </message>
        <message>
            <source>The key {key} is already used by “{label}”. Give that code another key first.</source>
            <translation>La tecla {key} ya la usa «{label}». Asigne primero otra tecla a esa marca.</translation>
        </message>
        <message>
            <source>The key {key} is already used by “{label}” (not in use, but its key is still taken). Give that code another key first.</source>
            <translation>La tecla {key} ya la usa «{label}» (sin uso, pero su tecla sigue ocupada). Asigne primero otra tecla a esa marca.</translation>
        </message>
        <message>
            <source>A code needs a short code (up to 8 characters), for example P or SICK.</source>
            <translation>Una marca necesita un código corto (hasta 8 caracteres), por ejemplo P o ENFERMO.</translation>
        </message>
        <message>
            <source>A short code has at most 8 characters.</source>
            <translation>Un código corto tiene como máximo 8 caracteres.</translation>
        </message>
        <message>
            <source>The short code {code} is already used by “{label}”.</source>
            <translation>El código corto {code} ya lo usa «{label}».</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>fila {number}</translation>
        </message>
        <message>
            <source>The code in row {number} needs a label, for example Present.</source>
            <translation>La marca de la fila {number} necesita un nombre, por ejemplo Presente.</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <source>{name}: choose what the code means (present, late, absent...).</source>
            <translation>{name}: elija qué significa la marca (presente, retraso, ausente…).</translation>
        </message>
        <message>
            <source>{name}: the colour must look like #2E7D32.</source>
            <translation>{name}: el color debe tener este aspecto: #2E7D32.</translation>
        </message>
        <message>
            <source>At least one code in use must mean Present, for the register to work.</source>
            <translation>Al menos una marca en uso debe significar Presente para que la lista de asistencia funcione.</translation>
        </message>
    </context>
    <context>
        <name>SchoolDay</name>
        <message>
            <source>The bell times already match the file: nothing was changed.</source>
            <translation>El horario de timbres ya coincide con el archivo: no se cambió nada.</translation>
        </message>
        <message>
            <source>The lessons of the timetable already match the file: nothing was changed.</source>
            <translation>Las clases del horario ya coinciden con el archivo: no se cambió nada.</translation>
        </message>
        <message>
            <source>The non-school days already match the file: nothing was changed.</source>
            <translation>Los días no lectivos ya coinciden con el archivo: no se cambió nada.</translation>
        </message>
        <message>
            <source>The terms already match the file: nothing was changed.</source>
            <translation>Los trimestres ya coinciden con el archivo: no se cambió nada.</translation>
        </message>
        <message>
            <source>{what}: {added} added, {removed} removed, {kept} unchanged.</source>
            <translation>{what}: {added} añadidos, {removed} quitados, {kept} sin cambios.</translation>
        </message>
        <message>
            <source>Bell times</source>
            <translation>Horario de timbres</translation>
        </message>
        <message>
            <source>The timetable's lessons</source>
            <translation>Las clases del horario</translation>
        </message>
        <message>
            <source>Non-school days</source>
            <translation>Días no lectivos</translation>
        </message>
        <message>
            <source>there is no class called "{name}" in the register; import the roster first, or write the class as the roster names it.</source>
            <translation>no hay ningún grupo llamado «{name}»; importe primero las listas de alumnado o escriba el grupo como lo llaman las listas.</translation>
        </message>
        <message numerus="yes">
            <source>there are %n classes called "{name}" in the register; write the class as the roster names it, or its roster id.</source>
            <translation>
                <numerusform>hay %n grupo llamado «{name}»; escriba el grupo como lo llaman las listas, o su identificador.</numerusform>
                <numerusform>hay %n grupos llamados «{name}»; escriba el grupo como lo llaman las listas, o su identificador.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no teacher called "{name}"; write the name, e-mail or roster id as the roster has it, or leave it empty for the class teacher.</source>
            <translation>no hay ningún docente llamado «{name}»; escriba el nombre, el correo o el identificador como en las listas, o déjelo vacío para el docente del grupo.</translation>
        </message>
        <message numerus="yes">
            <source>there are %n teachers called "{name}"; write the e-mail or roster id as the roster has it, or leave it empty for the class teacher.</source>
            <translation>
                <numerusform>hay %n docente llamado «{name}»; escriba el correo o el identificador como en las listas, o déjelo vacío para el docente del grupo.</numerusform>
                <numerusform>hay %n docentes llamados «{name}»; escriba el correo o el identificador como en las listas, o déjelo vacío para el docente del grupo.</numerusform>
            </translation>
        </message>
        <message>
            <source>period {period} has no bell times yet: its lessons appear once the bell times are imported.</source>
            <translation>la franja {period} aún no tiene horas: sus clases aparecerán cuando se importe el horario de timbres.</translation>
        </message>
        <message>
            <source>{name} ({dates}) overlaps {other} ({other_dates}); remove one of them on the School day page, or correct the file.</source>
            <translation>{name} ({dates}) se solapa con {other} ({other_dates}); quite uno de los dos en la pestaña «Jornada escolar» o corrija el archivo.</translation>
        </message>
        <message>
            <source>this file holds {kind}, not {expected}. Choose a file of {expected}, or use File &gt; Import timetable for this one.</source>
            <translation>este archivo contiene {kind}, no {expected}. Elija un archivo de {expected} o use Archivo &gt; Importar horario para este.</translation>
        </message>
        <message>
            <source>the period has no name; write 1, 2, 3... or Reg.</source>
            <translation>la franja no tiene nombre; escriba 1, 2, 3… o Reg.</translation>
        </message>
        <message>
            <source>it ends at {end}, before it starts at {start}.</source>
            <translation>termina a las {end}, antes de empezar a las {start}.</translation>
        </message>
        <message>
            <source>{days} is for week A or B only; turn on the Week A / Week B rotation, or write the days without A- or B-.</source>
            <translation>{days} es solo para la semana A o B; active la alternancia de semana A / semana B o escriba los días sin A- ni B-.</translation>
        </message>
        <message>
            <source>Bell times, row {row} (period {period})</source>
            <translation>Horario de timbres, fila {row} (franja {period})</translation>
        </message>
        <message>
            <source>Bell times, row {row}</source>
            <translation>Horario de timbres, fila {row}</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>Non-school days, row {row}: give it a name, such as Half term or INSET day.</source>
            <translation>Días no lectivos, fila {row}: póngale un nombre, por ejemplo Semana Santa o Día de formación.</translation>
        </message>
        <message>
            <source>Non-school days, row {row} ({name}): it ends on {last}, before it starts on {first}.</source>
            <translation>Días no lectivos, fila {row} ({name}): terminan el {last}, antes de empezar el {first}.</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>Terms, row {row}: give it a name, such as Autumn term.</source>
            <translation>Trimestres, fila {row}: póngale un nombre, por ejemplo Primer trimestre.</translation>
        </message>
        <message>
            <source>Terms, row {row} ({name}): it ends on {last}, before it starts on {first}.</source>
            <translation>Trimestres, fila {row} ({name}): termina el {last}, antes de empezar el {first}.</translation>
        </message>
        <message>
            <source>Terms, row {row} ({name}): it overlaps row {other_row} ({other}), which runs {dates}.</source>
            <translation>Trimestres, fila {row} ({name}): se solapa con la fila {other_row} ({other}), que va {dates}.</translation>
        </message>
        <message>
            <source>Give it a name, such as Half term or INSET day.</source>
            <translation>Póngale un nombre, por ejemplo Semana Santa o Día de formación.</translation>
        </message>
        <message>
            <source>It ends on {last}, before it starts on {first}.</source>
            <translation>Termina el {last}, antes de empezar el {first}.</translation>
        </message>
        <message>
            <source>{name} from {first} is in the list already.</source>
            <translation>{name} desde el {first} ya está en la lista.</translation>
        </message>
        <message>
            <source>Give the term a name, such as Autumn term.</source>
            <translation>Póngale un nombre al trimestre, por ejemplo Primer trimestre.</translation>
        </message>
        <message>
            <source>This term ends on {last}, before it starts on {first}.</source>
            <translation>Este trimestre termina el {last}, antes de empezar el {first}.</translation>
        </message>
        <message>
            <source>This term overlaps {other}, which runs {dates}.</source>
            <translation>Este trimestre se solapa con {other}, que va {dates}.</translation>
        </message>
        <message>
            <source>between {earlier} and {later}</source>
            <translation>entre {earlier} y {later}</translation>
        </message>
        <message>
            <source>before {term} starts</source>
            <translation>antes de que empiece {term}</translation>
        </message>
        <message>
            <source>after {term}, the last term set</source>
            <translation>después de {term}, el último trimestre indicado</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message numerus="yes">
            <source>{name}: {first} to {last}, %n days</source>
            <translation>
                <numerusform>{name}: del {first} al {last}, %n día</numerusform>
                <numerusform>{name}: del {first} al {last}, %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Holidays and terms</source>
            <translation>Vacaciones y trimestres</translation>
        </message>
        <message>
            <source>Holidays and closure days</source>
            <translation>Vacaciones y días de cierre</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Trimestres</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Franja</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>The period's name as the timetable writes it: 1, 2, 3 or Reg</source>
            <translation>El nombre de la franja tal como lo escribe el horario: 1, 2, 3 o Reg</translation>
        </message>
        <message>
            <source>When it starts, as 08:50</source>
            <translation>Cuándo empieza, por ejemplo 08:50</translation>
        </message>
        <message>
            <source>When it ends, as 09:45</source>
            <translation>Cuándo termina, por ejemplo 09:45</translation>
        </message>
        <message>
            <source>Mon-Fri, Wed, Mon,Tue,Thu; A-Mon or B-Fri on a two-week timetable</source>
            <translation>Mon-Fri, Wed, Mon,Tue,Thu; A-Mon o B-Fri en un horario de dos semanas (días abreviados en inglés)</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>QLocale date pattern: short weekday, day, month, year</comment>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>d</source>
            <comment>QLocale date pattern: the first day of a range</comment>
            <translation>d</translation>
        </message>
        <message>
            <source>{first}–{last}</source>
            <comment>a range of days in one month</comment>
            <translation>{first}–{last}</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>QLocale date pattern: the first day of a range, with its month</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>Add period</source>
            <translation>Añadir franja</translation>
        </message>
        <message>
            <source>Import bell times…</source>
            <translation>Importar horario de timbres…</translation>
        </message>
        <message>
            <source>A CSV file with the columns period, start, end and optionally days</source>
            <translation>Un archivo CSV con las columnas period, start, end y, si hace falta, days</translation>
        </message>
        <message>
            <source>Double-click a cell to change it. Days: Mon-Fri, Wed or Mon,Tue,Thu; A-Mon or B-Fri on a two-week timetable.</source>
            <translation>Haga doble clic en una celda para cambiarla. Días (abreviados en inglés): Mon-Fri, Wed o Mon,Tue,Thu; A-Mon o B-Fri en un horario de dos semanas.</translation>
        </message>
        <message>
            <source>Week A and Week B alternate</source>
            <translation>Semana A y semana B se alternan</translation>
        </message>
        <message>
            <source>A Monday of Week A</source>
            <translation>Un lunes de la semana A</translation>
        </message>
        <message>
            <source>Week A includes:</source>
            <translation>La semana A incluye:</translation>
        </message>
        <message>
            <source>Two-week timetable</source>
            <translation>Horario de dos semanas</translation>
        </message>
        <message>
            <source>No lessons on these days. Your authority's term-dates calendar (.ics) has them.</source>
            <translation>No hay clase estos días. El calendario escolar (.ics) de su administración educativa los incluye.</translation>
        </message>
        <message>
            <source>Add days closed:</source>
            <translation>Añadir días de cierre:</translation>
        </message>
        <message>
            <source>First day closed</source>
            <translation>Primer día de cierre</translation>
        </message>
        <message>
            <source>Last day closed</source>
            <translation>Último día de cierre</translation>
        </message>
        <message>
            <source>Name of the holiday</source>
            <translation>Nombre de las vacaciones</translation>
        </message>
        <message>
            <source>Name, such as Half term</source>
            <translation>Nombre, por ejemplo Semana Santa</translation>
        </message>
        <message>
            <source>Import holidays…</source>
            <translation>Importar vacaciones…</translation>
        </message>
        <message>
            <source>An iCalendar (.ics) file of all-day events, such as your authority's term dates</source>
            <translation>Un archivo iCalendar (.ics) de eventos de día completo, como el calendario escolar de su administración educativa</translation>
        </message>
        <message>
            <source>With terms listed, days outside every term have no lessons. Leave the list empty to use the holidays alone.</source>
            <translation>Con trimestres en la lista, los días fuera de todo trimestre no tienen clase. Deje la lista vacía para usar solo las vacaciones.</translation>
        </message>
        <message>
            <source>Add a term:</source>
            <translation>Añadir un trimestre:</translation>
        </message>
        <message>
            <source>First day of the term</source>
            <translation>Primer día del trimestre</translation>
        </message>
        <message>
            <source>Last day of the term</source>
            <translation>Último día del trimestre</translation>
        </message>
        <message>
            <source>Name of the term</source>
            <translation>Nombre del trimestre</translation>
        </message>
        <message>
            <source>Name, such as Autumn term</source>
            <translation>Nombre, por ejemplo Primer trimestre</translation>
        </message>
        <message>
            <source>Import terms…</source>
            <translation>Importar trimestres…</translation>
        </message>
        <message>
            <source>An iCalendar (.ics) file with one all-day event for each term</source>
            <translation>Un archivo iCalendar (.ics) con un evento de día completo por trimestre</translation>
        </message>
        <message>
            <source>Every week has the same timetable.</source>
            <translation>Todas las semanas tienen el mismo horario.</translation>
        </message>
        <message>
            <source>This week (from {monday}) is Week {week}.</source>
            <translation>Esta semana (desde el {monday}) es la semana {week}.</translation>
        </message>
        <message>
            <source>Loading what was imported…</source>
            <translation>Cargando lo importado…</translation>
        </message>
        <message>
            <source>The school day could not be read again; the details are in the log.</source>
            <translation>No se pudo volver a leer la jornada escolar; los detalles están en el registro.</translation>
        </message>
        <message>
            <source>bell times</source>
            <translation>un horario de timbres</translation>
        </message>
        <message>
            <source>a timetable</source>
            <translation>un horario</translation>
        </message>
        <message>
            <source>lessons from a calendar</source>
            <translation>clases de un calendario</translation>
        </message>
        <message>
            <source>non-school days</source>
            <translation>días no lectivos</translation>
        </message>
        <message>
            <source>terms</source>
            <translation>trimestres</translation>
        </message>
        <message numerus="yes">
            <source>bell times, %n periods</source>
            <translation>
                <numerusform>horario de timbres, %n franja</numerusform>
                <numerusform>horario de timbres, %n franjas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a timetable, %n lessons a week</source>
            <translation>
                <numerusform>un horario, %n clase a la semana</numerusform>
                <numerusform>un horario, %n clases a la semana</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lessons from a calendar, %n weekly lessons</source>
            <translation>
                <numerusform>clases de un calendario, %n clase semanal</numerusform>
                <numerusform>clases de un calendario, %n clases semanales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>non-school days, %n non-school days or holidays</source>
            <translation>
                <numerusform>días no lectivos, %n día no lectivo o vacaciones</numerusform>
                <numerusform>días no lectivos, %n días no lectivos o vacaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>terms, %n terms</source>
            <translation>
                <numerusform>trimestres, %n trimestre</numerusform>
                <numerusform>trimestres, %n trimestres</numerusform>
            </translation>
        </message>
        <message>
            <source>not recognised</source>
            <translation>no reconocido</translation>
        </message>
        <message>
            <source>{file}: {what}</source>
            <translation>{file}: {what}</translation>
        </message>
        <message>
            <source>the file is {size} MB; a timetable is far smaller: is this the right file?</source>
            <translation>el archivo ocupa {size} MB; un horario es mucho más pequeño: ¿es el archivo correcto?</translation>
        </message>
        <message>
            <source>the file cannot be read ({error}).</source>
            <translation>no se puede leer el archivo ({error}).</translation>
        </message>
        <message>
            <source>this is neither bell times (columns period, start, end and optionally days) nor a timetable (columns class, day, period, room, teacher).</source>
            <translation>no es ni un horario de timbres (columnas period, start, end y, si hace falta, days) ni un horario (columnas class, day, period, room, teacher).</translation>
        </message>
        <message>
            <source>the period is empty.</source>
            <translation>la franja está vacía.</translation>
        </message>
        <message>
            <source>period {period} ends before it starts.</source>
            <translation>la franja {period} termina antes de empezar.</translation>
        </message>
        <message>
            <source>period {period} is given twice for {day} (also on row {n}).</source>
            <translation>la franja {period} aparece dos veces para {day} (también en la fila {n}).</translation>
        </message>
        <message>
            <source>on {day}, period {period} starts before period {other} ends (row {n}).</source>
            <translation>el {day}, la franja {period} empieza antes de que termine la franja {other} (fila {n}).</translation>
        </message>
        <message>
            <source>period {period} is given twice for {day} (also on line {n}).</source>
            <translation>la franja {period} aparece dos veces para {day} (también en la línea {n}).</translation>
        </message>
        <message>
            <source>on {day}, period {period} starts before period {other} ends (line {n}).</source>
            <translation>el {day}, la franja {period} empieza antes de que termine la franja {other} (línea {n}).</translation>
        </message>
        <message>
            <source>a timetable needs a period column, or start and end columns.</source>
            <translation>un horario necesita una columna period, o las columnas start y end.</translation>
        </message>
        <message>
            <source>the class is empty.</source>
            <translation>el grupo está vacío.</translation>
        </message>
        <message>
            <source>the lesson ends before it starts.</source>
            <translation>la clase termina antes de empezar.</translation>
        </message>
        <message>
            <source>the calendar file cannot be read ({error}).</source>
            <translation>no se puede leer el archivo de calendario ({error}).</translation>
        </message>
        <message>
            <source>the calendar holds no events.</source>
            <translation>el calendario no contiene eventos.</translation>
        </message>
        <message>
            <source>the calendar mixes {all_day} all-day events (holidays) with {timed} timed events (lessons); import them as two files.</source>
            <translation>el calendario mezcla {all_day} eventos de día completo (vacaciones) con {timed} eventos con hora (clases); impórtelos como dos archivos.</translation>
        </message>
        <message>
            <source>School closed</source>
            <translation>Centro cerrado</translation>
        </message>
        <message>
            <source>event {number} ("{summary}")</source>
            <translation>evento {number} («{summary}»)</translation>
        </message>
        <message>
            <source>event {number}</source>
            <translation>evento {number}</translation>
        </message>
        <message>
            <source>the event has no summary naming its class.</source>
            <translation>el evento no tiene un título que nombre su grupo.</translation>
        </message>
        <message>
            <source>only weekly lessons can be imported (FREQ=WEEKLY).</source>
            <translation>solo se pueden importar clases semanales (FREQ=WEEKLY).</translation>
        </message>
        <message>
            <source>"{text}" is not a day of the week; write Mon, Tue, Wed, Thu or Fri.</source>
            <translation>«{text}» no es un día de la semana; escriba Mon, Tue, Wed, Thu o Fri.</translation>
        </message>
        <message>
            <source>"{text}" is not a day; write Mon..Fri, or A-Mon..B-Fri on a rotation.</source>
            <translation>«{text}» no es un día; escriba Mon..Fri, o A-Mon..B-Fri con alternancia de semanas.</translation>
        </message>
        <message>
            <source>"{text}": the first day comes after the last.</source>
            <translation>«{text}»: el primer día va después del último.</translation>
        </message>
        <message>
            <source>"{text}" is not a time of day; write it as 08:50.</source>
            <translation>«{text}» no es una hora; escríbala como 08:50.</translation>
        </message>
        <message>
            <source>Timetable files (*.csv *.ics *.txt);;All files (*)</source>
            <translation>Archivos de horario (*.csv *.ics *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Bell times (*.csv *.txt);;All files (*)</source>
            <translation>Horario de timbres (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Calendars (*.ics);;All files (*)</source>
            <translation>Calendarios (*.ics);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Bell times&lt;/b&gt;: a CSV file with the columns &lt;i&gt;period, start, end&lt;/i&gt; and, when some days differ, &lt;i&gt;days&lt;/i&gt; (Mon-Fri, Wed, A-Mon...).&lt;br&gt;&lt;b&gt;A timetable&lt;/b&gt;: a CSV file with &lt;i&gt;class, day, period, room, teacher&lt;/i&gt; (day Mon..Fri, or A-Mon..B-Fri on a two-week rotation; &lt;i&gt;start, end&lt;/i&gt; may stand for the period), or an iCalendar (.ics) export of weekly lessons.&lt;br&gt;&lt;b&gt;Holidays and closure days&lt;/b&gt;: an iCalendar (.ics) file of all-day events, as education authorities publish term dates.&lt;br&gt;&lt;br&gt;The kind of file is recognised from what it holds. Nothing is written until you press &lt;b&gt;Import&lt;/b&gt;; an import is all or nothing. Bell times and a timetable replace the ones there; holidays are added to those already known. Lessons already registered never move.</source>
            <translation>&lt;b&gt;Horario de timbres&lt;/b&gt;: un archivo CSV con las columnas &lt;i&gt;period, start, end&lt;/i&gt; y, si algunos días difieren, &lt;i&gt;days&lt;/i&gt; (Mon-Fri, Wed, A-Mon…; días abreviados en inglés).&lt;br&gt;&lt;b&gt;Un horario&lt;/b&gt;: un archivo CSV con &lt;i&gt;class, day, period, room, teacher&lt;/i&gt; (day Mon..Fri, o A-Mon..B-Fri con alternancia de dos semanas; &lt;i&gt;start, end&lt;/i&gt; pueden sustituir a la franja), o una exportación iCalendar (.ics) de clases semanales.&lt;br&gt;&lt;b&gt;Vacaciones y días de cierre&lt;/b&gt;: un archivo iCalendar (.ics) de eventos de día completo, como publican las administraciones educativas el calendario escolar.&lt;br&gt;&lt;br&gt;El tipo de archivo se reconoce por su contenido. No se escribe nada hasta que pulse &lt;b&gt;Importar&lt;/b&gt;; una importación se hace entera o no se hace. El horario de timbres y el horario sustituyen a los existentes; las vacaciones se añaden a las ya conocidas. Las clases con la lista ya pasada nunca se mueven.</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Franjas</translation>
        </message>
        <message>
            <source>Weekly lessons</source>
            <translation>Clases semanales</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadidos</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Cambiados</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Quitados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Not in the register yet: will be added</source>
            <translation>Aún no está registrado: se añadirá</translation>
        </message>
        <message>
            <source>The same period, or the same class on the same day, with new times, room or teacher</source>
            <translation>La misma franja, o el mismo grupo el mismo día, con nuevas horas, aula o docente</translation>
        </message>
        <message>
            <source>In the register but not in the file: future lessons made from it go; lessons already registered stay</source>
            <translation>Registrado pero no en el archivo: las clases futuras que salen de ahí desaparecen; las clases con la lista ya pasada se quedan</translation>
        </message>
        <message>
            <source>Already in the register exactly as in this file</source>
            <translation>Ya registrado exactamente como en este archivo</translation>
        </message>
        <message numerus="yes">
            <source>{file} holds bell times: %n periods.</source>
            <translation>
                <numerusform>{file} contiene un horario de timbres: %n franja.</numerusform>
                <numerusform>{file} contiene un horario de timbres: %n franjas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds a timetable: %n lessons a week.</source>
            <translation>
                <numerusform>{file} contiene un horario: %n clase a la semana.</numerusform>
                <numerusform>{file} contiene un horario: %n clases a la semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds lessons from a calendar: %n weekly lessons.</source>
            <translation>
                <numerusform>{file} contiene clases de un calendario: %n clase semanal.</numerusform>
                <numerusform>{file} contiene clases de un calendario: %n clases semanales.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds non-school days: %n holidays or closure days.</source>
            <translation>
                <numerusform>{file} contiene días no lectivos: %n vacaciones o día de cierre.</numerusform>
                <numerusform>{file} contiene días no lectivos: %n vacaciones o días de cierre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds terms: %n terms.</source>
            <translation>
                <numerusform>{file} contiene trimestres: %n trimestre.</numerusform>
                <numerusform>{file} contiene trimestres: %n trimestres.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} holds nothing that can be imported.</source>
            <translation>{file} no contiene nada que se pueda importar.</translation>
        </message>
        <message>
            <source>period {period}</source>
            <translation>franja {period}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Aula</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the bell times:</source>
            <translation>Importado. Se hicieron estos cambios en el horario de timbres:</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the timetable:</source>
            <translation>Importado. Se hicieron estos cambios en el horario:</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the non-school days:</source>
            <translation>Importado. Se hicieron estos cambios en los días no lectivos:</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the terms:</source>
            <translation>Importado. Se hicieron estos cambios en los trimestres:</translation>
        </message>
        <message>
            <source>Importing this file would change the bell times:</source>
            <translation>Importar este archivo cambiaría así el horario de timbres:</translation>
        </message>
        <message>
            <source>Importing this file would change the timetable:</source>
            <translation>Importar este archivo cambiaría así el horario:</translation>
        </message>
        <message>
            <source>Importing this file would change the non-school days:</source>
            <translation>Importar este archivo cambiaría así los días no lectivos:</translation>
        </message>
        <message>
            <source>Importing this file would change the terms:</source>
            <translation>Importar este archivo cambiaría así los trimestres:</translation>
        </message>
        <message>
            <source>Import bell times</source>
            <translation>Importar horario de timbres</translation>
        </message>
        <message>
            <source>Import holidays and closure days</source>
            <translation>Importar vacaciones y días de cierre</translation>
        </message>
        <message>
            <source>Import terms</source>
            <translation>Importar trimestres</translation>
        </message>
        <message>
            <source>Import timetable</source>
            <translation>Importar horario</translation>
        </message>
        <message>
            <source>Bring in the times of the school day's periods from a CSV file.</source>
            <translation>Traiga las horas de las franjas de la jornada desde un archivo CSV.</translation>
        </message>
        <message>
            <source>Bring in holidays and closure days from an iCalendar (.ics) file, such as your education authority's term dates.</source>
            <translation>Traiga las vacaciones y los días de cierre desde un archivo iCalendar (.ics), como el calendario escolar de su administración educativa.</translation>
        </message>
        <message>
            <source>Bring in the terms from an iCalendar (.ics) file with one all-day event for each term, such as your education authority's term dates.</source>
            <translation>Traiga los trimestres desde un archivo iCalendar (.ics) con un evento de día completo por trimestre, como el calendario de su administración educativa.</translation>
        </message>
        <message>
            <source>Bring in bell times, the weekly timetable, or holidays from a file your school's information system or education authority exports.</source>
            <translation>Traiga el horario de timbres, el horario semanal o las vacaciones desde un archivo que exporte el sistema de gestión del centro o su administración educativa.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Archivo que importar</translation>
        </message>
        <message>
            <source>A .ics file</source>
            <translation>Un archivo .ics</translation>
        </message>
        <message>
            <source>A .csv or .ics file</source>
            <translation>Un archivo .csv o .ics</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>What the import changes</source>
            <translation>Lo que cambia la importación</translation>
        </message>
        <message>
            <source>In the file:</source>
            <translation>En el archivo:</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Lo que contiene el archivo</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problemas en el archivo</translation>
        </message>
        <message>
            <source>Nothing has been written. Fix these in the file (or in your school's system and export again), then choose the file again.</source>
            <translation>No se ha escrito nada. Corrija esto en el archivo (o en el sistema del centro y vuelva a exportar) y elija de nuevo el archivo.</translation>
        </message>
        <message>
            <source>Copy problems</source>
            <translation>Copiar los problemas</translation>
        </message>
        <message>
            <source>Copy the list, to send to whoever keeps the file</source>
            <translation>Copiar la lista para enviarla a quien mantiene el archivo</translation>
        </message>
        <message>
            <source>Reading {file} and comparing it with the register…</source>
            <translation>Leyendo {file} y comparándolo con lo registrado…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>No se pudo leer el archivo.</translation>
        </message>
        <message>
            <source>The register already matches this file: there is nothing to change.</source>
            <translation>Los datos ya coinciden con este archivo: no hay nada que cambiar.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Nada que hacer.</translation>
        </message>
        <message>
            <source>Press Import to write these changes, all in one go.</source>
            <translation>Pulse «Importar» para escribir estos cambios de una sola vez.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… y %n más.</numerusform>
                <numerusform>… y %n más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings (the import can go ahead)</source>
            <translation>
                <numerusform>%n aviso (la importación puede seguir)</numerusform>
                <numerusform>%n avisos (la importación puede seguir)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problems. It cannot be imported until they are fixed.</source>
            <translation>
                <numerusform>El archivo tiene %n problema. No se puede importar hasta que se corrija.</numerusform>
                <numerusform>El archivo tiene %n problemas. No se puede importar hasta que se corrijan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in {file}.</source>
            <translation>
                <numerusform>No se importó nada: %n problema en {file}.</numerusform>
                <numerusform>No se importó nada: %n problemas en {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in the file.</source>
            <translation>
                <numerusform>No se importó nada: %n problema en el archivo.</numerusform>
                <numerusform>No se importó nada: %n problemas en el archivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>The import failed. Nothing was imported.</source>
            <translation>La importación falló. No se importó nada.</translation>
        </message>
        <message>
            <source>{file} was imported. Lessons from today on follow it; registers already taken are left as they are.</source>
            <translation>{file} se ha importado. Las clases desde hoy lo siguen; las listas ya pasadas se quedan como están.</translation>
        </message>
        <message>
            <source>{what} {why}</source>
            <translation>{what} {why}</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Elija el archivo que importar.</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>attendance-desktop: cannot write the log file: {error}</source>
            <translation>attendance-desktop: no se puede escribir el archivo de registro: {error}</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details are in the log file{log}.</source>
            <translation>error inesperado ({kind}); los detalles están en el archivo de registro{log}.</translation>
        </message>
        <message>
            <source>self-test: passed</source>
            <translation>autoprueba: superada</translation>
        </message>
        <message>
            <source>attendance-desktop: self-test failed: {reason}</source>
            <translation>attendance-desktop: autoprueba fallida: {reason}</translation>
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
            <translation>se quedó bloqueada y se detuvo a los {seconds} s; los detalles están en el archivo de registro{log}.</translation>
        </message>
        <message>
            <source>self-test: {message}</source>
            <translation>autoprueba: {message}</translation>
        </message>
        <message>
            <source>no answer within the {seconds} s allowed</source>
            <translation>sin respuesta en los {seconds} s permitidos</translation>
        </message>
        <message>
            <source>starting Qt</source>
            <translation>iniciando Qt</translation>
        </message>
        <message>
            <source>attendance-desktop {version}, Qt {qt}, platform {platform}</source>
            <translation>attendance-desktop {version}, Qt {qt}, plataforma {platform}</translation>
        </message>
        <message>
            <source>a non-GUI Qt application is already running</source>
            <translation>ya se está ejecutando una aplicación Qt sin interfaz gráfica</translation>
        </message>
        <message>
            <source>creating and migrating a database</source>
            <translation>creando y migrando una base de datos</translation>
        </message>
        <message>
            <source>database created and migrated to revision {revision} (SQLite, temporary)</source>
            <translation>base de datos creada y migrada a la revisión {revision} (SQLite, temporal)</translation>
        </message>
        <message>
            <source>reading the school's time zone</source>
            <translation>leyendo la zona horaria del centro</translation>
        </message>
        <message>
            <source>loading the demo school</source>
            <translation>cargando el centro de demostración</translation>
        </message>
        <message>
            <source>the demo school has no lessons today ({date})</source>
            <translation>el centro de demostración no tiene clases hoy ({date})</translation>
        </message>
        <message>
            <source>demo school loaded: {students} in {classes}, {lessons} today</source>
            <translation>centro de demostración cargado: {students} en {classes}, {lessons} hoy</translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n alumno</numerusform>
                <numerusform>%n alumnos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n clase</numerusform>
                <numerusform>%n clases</numerusform>
            </translation>
        </message>
        <message>
            <source>opening the main window</source>
            <translation>abriendo la ventana principal</translation>
        </message>
        <message>
            <source>closing the main window</source>
            <translation>cerrando la ventana principal</translation>
        </message>
        <message>
            <source>opening today's first lesson</source>
            <translation>abriendo la primera clase de hoy</translation>
        </message>
        <message>
            <source>main window opened on {lesson}, {time}, {teacher}</source>
            <translation>ventana principal abierta en {lesson}, {time}, {teacher}</translation>
        </message>
        <message>
            <source>starting the register</source>
            <translation>iniciando la lista de asistencia</translation>
        </message>
        <message numerus="yes">
            <source>register started: %n students</source>
            <translation>
                <numerusform>lista de asistencia iniciada: %n alumno</numerusform>
                <numerusform>lista de asistencia iniciada: %n alumnos</numerusform>
            </translation>
        </message>
        <message>
            <source>today's lesson is {status} with {students} students; a demo lesson should be ready to take</source>
            <translation>la clase de hoy está en {status} con {students} alumnos; una clase de demostración debería estar lista para pasar lista</translation>
        </message>
        <message>
            <source>marking a student</source>
            <translation>marcando a un alumno</translation>
        </message>
        <message>
            <source>the database has no Present code with a key</source>
            <translation>la base de datos no tiene ningún código Presente con una tecla</translation>
        </message>
        <message>
            <source>every student is already marked</source>
            <translation>todos los alumnos ya tienen marca</translation>
        </message>
        <message>
            <source>the {key} key did not mark {name}</source>
            <translation>la tecla {key} no ha marcado a {name}</translation>
        </message>
        <message>
            <source>saving the mark of {name}</source>
            <translation>guardando la marca de {name}</translation>
        </message>
        <message>
            <source>the register shows {state}</source>
            <translation>la lista de asistencia muestra {state}</translation>
        </message>
        <message>
            <source>marked {name} as {mark} with the {key} key; the register shows it saved</source>
            <translation>{name} marcado como {mark} con la tecla {key}; la lista de asistencia lo muestra como guardado</translation>
        </message>
        <message>
            <source>reading the mark back from the database</source>
            <translation>releyendo la marca de la base de datos</translation>
        </message>
        <message>
            <source>attendance row {row} is not there</source>
            <translation>la fila de asistencia {row} no está</translation>
        </message>
        <message>
            <source>no mark</source>
            <translation>ninguna marca</translation>
        </message>
        <message>
            <source>the register showed {shown} saved, but the database has {stored} (version {version}; it was {before} before the mark)</source>
            <translation>la lista de asistencia mostraba {shown} como guardado, pero la base de datos tiene {stored} (versión {version}; era {before} antes de la marca)</translation>
        </message>
        <message>
            <source>the change history does not record the mark by {name} (found {found}, row changed by {changed_by})</source>
            <translation>el historial de cambios no recoge la marca de {name} (encontrado {found}, fila cambiada por {changed_by})</translation>
        </message>
        <message>
            <source>the mark was read back from the database (version {version}, by {name})</source>
            <translation>la marca se ha releído de la base de datos (versión {version}, de {name})</translation>
        </message>
        <message>
            <source>printing the register to a PDF file</source>
            <translation>imprimiendo la lista de asistencia en un archivo PDF</translation>
        </message>
        <message>
            <source>no complete PDF file was written ({bytes} bytes at {file})</source>
            <translation>no se ha escrito ningún archivo PDF completo ({bytes} bytes en {file})</translation>
        </message>
        <message>
            <source>register printed to a PDF file ({size} KB)</source>
            <translation>lista de asistencia impresa en un archivo PDF ({size} KB)</translation>
        </message>
        <message>
            <source>loading the app icon</source>
            <translation>cargando el icono del programa</translation>
        </message>
        <message>
            <source>Qt cannot read {file}</source>
            <translation>Qt no puede leer {file}</translation>
        </message>
        <message>
            <source>app icon loaded (PNG and SVG)</source>
            <translation>icono del programa cargado (PNG y SVG)</translation>
        </message>
        <message>
            <source>code {number}</source>
            <translation>código {number}</translation>
        </message>
        <message>
            <source>the student</source>
            <translation>el alumno</translation>
        </message>
        <message>
            <source>unexpected error ({kind}: {error}); details are in the log file{log}</source>
            <translation>error inesperado ({kind}: {error}); los detalles están en el archivo de registro{log}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>On a shared PostgreSQL server (several computers)</source>
            <translation>En un servidor PostgreSQL compartido (varios ordenadores)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Secciones de la configuración</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Attendance codes</source>
            <translation>Códigos de asistencia</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>School day</source>
            <translation>Jornada escolar</translation>
        </message>
        <message>
            <source>Not connected to a database. Fix the database settings and restart the app to change these.</source>
            <translation>No hay conexión con una base de datos. Corrija la configuración de la base de datos y reinicie la aplicación para cambiar esto.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>The settings could not be read from the database; the details are in the log.</source>
            <translation>No se pudo leer la configuración de la base de datos; los detalles están en el registro.</translation>
        </message>
        <message>
            <source>Nothing was saved to the database: {error}</source>
            <translation>No se guardó nada en la base de datos: {error}</translation>
        </message>
        <message>
            <source>Nothing was saved to the database because of a fault in the app; the details are in the log file.</source>
            <translation>No se guardó nada en la base de datos por un fallo de la aplicación; los detalles están en el archivo de registro.</translation>
        </message>
        <message>
            <source>Off (disable)</source>
            <translation>Desactivado (disable)</translation>
        </message>
        <message>
            <source>Only if the server insists (allow)</source>
            <translation>Solo si el servidor lo exige (allow)</translation>
        </message>
        <message>
            <source>When the server offers it (prefer)</source>
            <translation>Cuando el servidor lo ofrece (prefer)</translation>
        </message>
        <message>
            <source>Always, certificate not checked (require)</source>
            <translation>Siempre, sin comprobar el certificado (require)</translation>
        </message>
        <message>
            <source>Always, certificate checked (verify-ca)</source>
            <translation>Siempre, comprobando el certificado (verify-ca)</translation>
        </message>
        <message>
            <source>Always, certificate and server name checked (verify-full)</source>
            <translation>Siempre, comprobando el certificado y el nombre del servidor (verify-full)</translation>
        </message>
        <message>
            <source>Names and marks cross the network readable by anyone on it.</source>
            <translation>Los nombres y las marcas viajan por la red legibles para cualquiera conectado a ella.</translation>
        </message>
        <message>
            <source>Usually unencrypted: names and marks may cross the network readable.</source>
            <translation>Normalmente sin cifrar: los nombres y las marcas pueden viajar legibles por la red.</translation>
        </message>
        <message>
            <source>Encrypted when the server offers it, but another computer could pretend to be the server.</source>
            <translation>Cifrado cuando el servidor lo ofrece, pero otro equipo podría hacerse pasar por el servidor.</translation>
        </message>
        <message>
            <source>Encrypted, but another computer could pretend to be the server.</source>
            <translation>Cifrado, pero otro equipo podría hacerse pasar por el servidor.</translation>
        </message>
        <message>
            <source>Encrypted, to a server whose certificate the school's certificate authority signed.</source>
            <translation>Cifrado, hacia un servidor cuyo certificado firmó la autoridad de certificación del centro.</translation>
        </message>
        <message>
            <source>Recommended: encrypted, to this very server, checked by its certificate.</source>
            <translation>Recomendado: cifrado, hacia este mismo servidor, comprobado por su certificado.</translation>
        </message>
        <message>
            <source>On this computer only (a database file)</source>
            <translation>Solo en este equipo (un archivo de base de datos)</translation>
        </message>
        <message>
            <source>Where are the registers kept?</source>
            <translation>¿Dónde se guardan las listas de asistencia?</translation>
        </message>
        <message>
            <source>A change here takes effect the next time attendance-desktop starts.</source>
            <translation>Un cambio aquí surte efecto la próxima vez que se inicie attendance-desktop.</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Archivo de base de datos</translation>
        </message>
        <message>
            <source>Default: {path}</source>
            <translation>Predeterminado: {path}</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>Leave empty for the usual place. Keep the file on this computer's own disk: a shared network folder can damage it.</source>
            <translation>Déjelo vacío para la ubicación habitual. Guarde el archivo en el disco de este equipo: una carpeta de red compartida puede dañarlo.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>for example attendance.school.local</source>
            <translation>por ejemplo attendance.school.local</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Nombre de la base de datos</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translation>Servidor PostgreSQL</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Puerto:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de datos:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Nombre de usuario:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Cifrado (TLS)</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Cifrado:</translation>
        </message>
        <message>
            <source>Certificate authority file</source>
            <translation>Archivo de la autoridad de certificación</translation>
        </message>
        <message>
            <source>Default: root.crt in the .postgresql folder of your home folder</source>
            <translation>Predeterminado: root.crt en la carpeta .postgresql de su carpeta personal</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>CA certificate:</source>
            <translation>Certificado de la CA:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>Sistema ({language})</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <source>Takes effect the next time the app starts.</source>
            <translation>Surte efecto la próxima vez que se inicie la aplicación.</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <source>Not available until the app is connected to a database.</source>
            <translation>No disponible hasta que la aplicación esté conectada a una base de datos.</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Resultado de la prueba de conexión</translation>
        </message>
        <message>
            <source>Enter the server's name or address, for example attendance.school.local.</source>
            <translation>Escriba el nombre o la dirección del servidor, por ejemplo attendance.school.local.</translation>
        </message>
        <message>
            <source>The server's name cannot contain spaces or slashes.</source>
            <translation>El nombre del servidor no puede contener espacios ni barras.</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535 (PostgreSQL usually uses 5432).</source>
            <translation>El puerto es un número de 1 a 65535 (PostgreSQL suele usar el 5432).</translation>
        </message>
        <message>
            <source>Enter the name of the database on the server, for example attendance.</source>
            <translation>Escriba el nombre de la base de datos en el servidor, por ejemplo attendance.</translation>
        </message>
        <message>
            <source>Enter the user name the server expects.</source>
            <translation>Escriba el nombre de usuario que espera el servidor.</translation>
        </message>
        <message>
            <source>The CA certificate file {path} does not exist. Choose the file IT gave you with Browse…, or clear the field.</source>
            <translation>El archivo de certificado de la CA {path} no existe. Elija con «Examinar…» el archivo que le dio el servicio informático, o vacíe el campo.</translation>
        </message>
        <message>
            <source>The password could not be saved in the system keyring, and it is never written to the settings file. Ask IT to set up a keyring for this account, or clear the password field to save the other settings.</source>
            <translation>No se pudo guardar la contraseña en el llavero del sistema, y nunca se escribe en el archivo de configuración. Pida al servicio informático que configure un llavero para esta cuenta, o vacíe el campo de la contraseña para guardar el resto de la configuración.</translation>
        </message>
        <message>
            <source>Saved in the system keyring</source>
            <translation>Guardada en el llavero del sistema</translation>
        </message>
        <message>
            <source>Kept in the system keyring, never in the settings file. Leave empty to keep the saved one.</source>
            <translation>Se guarda en el llavero del sistema, nunca en el archivo de configuración. Déjelo vacío para conservar la guardada.</translation>
        </message>
        <message>
            <source>Kept in the system keyring, never in the settings file.</source>
            <translation>Se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
        </message>
        <message>
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Attendance database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Base de datos de asistencia (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Probando…</translation>
        </message>
        <message>
            <source>The connection test failed unexpectedly ({error}).</source>
            <translation>La prueba de conexión falló de forma inesperada ({error}).</translation>
        </message>
        <message>
            <source>The details are in the log file; please report it.</source>
            <translation>Los detalles están en el archivo de registro; por favor, comuníquelo.</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation>Qué hacer: {hint}</translation>
        </message>
        <message>
            <source>Give the database file's full path, or choose it with Choose….</source>
            <translation>Indique la ruta completa del archivo de base de datos, o elíjalo con «Elegir…».</translation>
        </message>
        <message>
            <source>{path} is a folder: add a file name, such as attendance.sqlite3.</source>
            <translation>{path} es una carpeta: añada un nombre de archivo, como attendance.sqlite3.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>Add code</source>
            <translation>Añadir código</translation>
        </message>
        <message>
            <source>Take out of use</source>
            <translation>Dejar de usar</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>The marks teachers can give, in the order Space steps through them. Each has one letter to press in the register. Double-click a cell to change it. Codes used in old registers cannot be deleted, only taken out of use.</source>
            <translation>Las marcas que pueden poner los docentes, en el orden en que las recorre la barra espaciadora. Cada una tiene una letra que se pulsa en la lista de asistencia. Haga doble clic en una celda para cambiarla. Los códigos usados en listas antiguas no se pueden eliminar, solo dejar de usar.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Put back in use</source>
            <translation>Volver a usar</translation>
        </message>
        <message>
            <source>School name</source>
            <translation>Nombre del centro</translation>
        </message>
        <message>
            <source>for example Riverside Academy</source>
            <translation>por ejemplo IES Ribera</translation>
        </message>
        <message>
            <source>Late after (minutes)</source>
            <translation>Retraso después de (minutos)</translation>
        </message>
        <message>
            <source> minutes</source>
            <comment>after a number of minutes</comment>
            <translation> minutos</translation>
        </message>
        <message>
            <source>School name:</source>
            <translation>Nombre del centro:</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Zona horaria:</translation>
        </message>
        <message>
            <source>Used for school days and reports, on every computer.</source>
            <translation>Se usa para las jornadas escolares y los informes, en todos los equipos.</translation>
        </message>
        <message>
            <source>Grace period:</source>
            <translation>Margen de cortesía:</translation>
        </message>
        <message>
            <source>A student marked present later than this after the lesson starts is marked Late. This is the default for new classes; each class can have its own.</source>
            <translation>Un alumno marcado como presente más tarde que este margen tras el inicio de la clase se marca con retraso. Es el valor predeterminado de los grupos nuevos; cada grupo puede tener el suyo.</translation>
        </message>
        <message>
            <source>These settings are shared by every computer using this database.</source>
            <translation>Esta configuración la comparten todos los equipos que usan esta base de datos.</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone this computer knows. Pick one from the list, for example Europe/London or America/New_York.</source>
            <translation>«{zone}» no es una zona horaria que este equipo conozca. Elija una de la lista, por ejemplo Europe/Madrid o America/New_York.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>This computer's time zone</source>
            <translation>Zona horaria de este equipo</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>teacher</source>
            <translation>docente</translation>
        </message>
        <message>
            <source>office</source>
            <translation>secretaría</translation>
        </message>
        <message>
            <source>database owner</source>
            <translation>propietario de la base de datos</translation>
        </message>
        <message>
            <source>Signed in as {name} ({kind})</source>
            <translation>Sesión iniciada como {name} ({kind})</translation>
        </message>
        <message>
            <source>The login name or password is not right.</source>
            <translation>El nombre de usuario o la contraseña no son correctos.</translation>
        </message>
        <message>
            <source>This server wants a password.</source>
            <translation>Este servidor pide una contraseña.</translation>
        </message>
        <message>
            <source>This login is switched off.</source>
            <translation>Este usuario está desactivado.</translation>
        </message>
        <message>
            <source>The login name is not this computer's user.</source>
            <translation>El nombre de usuario no es el usuario de este ordenador.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's Windows or Kerberos sign-in.</source>
            <translation>El servidor no aceptó el inicio de sesión de Windows o Kerberos de este ordenador.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's Windows sign-in.</source>
            <translation>El servidor no aceptó el inicio de sesión de Windows de este ordenador.</translation>
        </message>
        <message>
            <source>There is no such login on the server.</source>
            <translation>Ese usuario no existe en el servidor.</translation>
        </message>
        <message>
            <source>The server does not let this login in from this computer.</source>
            <translation>El servidor no admite este usuario desde este ordenador.</translation>
        </message>
        <message>
            <source>Check the login name and password and try again (passwords are case-sensitive). Forgotten it? Ask IT to reset it.</source>
            <translation>Compruebe el nombre de usuario y la contraseña y vuelva a intentarlo (las contraseñas distinguen mayúsculas y minúsculas). ¿La ha olvidado? Pida al servicio informático que la restablezca.</translation>
        </message>
        <message>
            <source>The login “{login}” is not one of this school's staff logins.</source>
            <translation>El usuario «{login}» no es uno de los usuarios del personal de este centro.</translation>
        </message>
        <message>
            <source>Ask IT to run `attendance-desktop staff sync` after importing the roster.</source>
            <translation>Pida al servicio informático que ejecute `attendance-desktop staff sync` después de importar las listas de alumnado.</translation>
        </message>
        <message>
            <source>Sign in — Attendance register</source>
            <translation>Iniciar sesión — Lista de asistencia</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>to the attendance register on {server}.</source>
            <translation>en la lista de asistencia de {server}.</translation>
        </message>
        <message>
            <source>as IT gave it to you, e.g. att_jsmith</source>
            <translation>el que le dio informática, p. ej. att_jsmith</translation>
        </message>
        <message>
            <source>&amp;Remember on this PC</source>
            <translation>&amp;Recordar en este PC</translation>
        </message>
        <message>
            <source>Only on a computer that is yours alone: the password goes into this computer's keyring, and the register opens without asking next time.</source>
            <translation>Solo en un ordenador que sea únicamente suyo: la contraseña se guarda en el llavero de este ordenador y la lista de asistencia se abrirá sin preguntar la próxima vez.</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>&amp;Nombre de usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Type your login name.</source>
            <translation>Escriba su nombre de usuario.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <source>Signing in failed because of a fault in the app; it has been reported.</source>
            <translation>No se pudo iniciar sesión por un fallo de la aplicación; se ha notificado.</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Staff logins exist only on a shared PostgreSQL server.</source>
            <translation>Los usuarios del personal solo existen en un servidor PostgreSQL compartido.</translation>
        </message>
        <message>
            <source>On a single PC (SQLite) the teacher picker is the way in.</source>
            <translation>En un solo PC (SQLite) se entra eligiendo al docente en la lista.</translation>
        </message>
        <message>
            <source>There is no staff login “{login}”.</source>
            <translation>No existe el usuario del personal «{login}».</translation>
        </message>
        <message>
            <source>Run `attendance-desktop staff list` to see them.</source>
            <translation>Ejecute `attendance-desktop staff list` para verlos.</translation>
        </message>
        <message>
            <source>There is no login “{login}” on this server.</source>
            <translation>No existe el usuario «{login}» en este servidor.</translation>
        </message>
        <message>
            <source>Run `attendance-desktop staff list` to see the staff logins.</source>
            <translation>Ejecute `attendance-desktop staff list` para ver los usuarios del personal.</translation>
        </message>
        <message>
            <source>The database is owned by the superuser “{owner}”; an upgrade login would get a superuser's powers.</source>
            <translation>La base de datos pertenece al superusuario «{owner}»; un usuario de actualización obtendría los poderes de un superusuario.</translation>
        </message>
        <message>
            <source>Give the database and its tables to an owner role that is not a superuser first (docs/deploy.md).</source>
            <translation>Asigne antes la base de datos y sus tablas a un rol propietario que no sea superusuario (docs/deploy.md).</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>La contraseña está vacía.</translation>
        </message>
        <message>
            <source>Type a password.</source>
            <translation>Escriba una contraseña.</translation>
        </message>
        <message>
            <source>server logins for the staff (PostgreSQL; run as the database owner)</source>
            <translation>usuarios del servidor para el personal (PostgreSQL; ejecutar como propietario de la base de datos)</translation>
        </message>
        <message>
            <source>One server login per member of staff, made from the roster's teachers. Teachers write only their own registers; office logins every register, the roster, codes and settings. The database enforces it (docs/deploy.md).</source>
            <translation>Un usuario del servidor por cada miembro del personal, creado a partir de los docentes de las listas. Los docentes solo escriben sus propias listas de asistencia; los usuarios de secretaría, todas las listas, el alumnado, los códigos y la configuración. La base de datos lo garantiza (docs/deploy.md).</translation>
        </message>
        <message>
            <source>create or update a login per teacher; disable leavers</source>
            <translation>crear o actualizar un usuario por docente; desactivar a quienes se han ido</translation>
        </message>
        <message>
            <source>print each login: role, tab, name, tab, teacher|office</source>
            <translation>mostrar cada usuario: rol, tabulador, nombre, tabulador, teacher|office</translation>
        </message>
        <message>
            <source>make a login an office login</source>
            <translation>convertir un usuario en usuario de secretaría</translation>
        </message>
        <message>
            <source>let a login upgrade the schema at start-up (the office's or IT's PC)</source>
            <translation>permitir que un usuario actualice el esquema al iniciar (el PC de secretaría o del servicio informático)</translation>
        </message>
        <message>
            <source>set or reset a login's password (asked for, never on the command line)</source>
            <translation>establecer o restablecer la contraseña de un usuario (se pide, nunca en la línea de órdenes)</translation>
        </message>
        <message>
            <source>Logins created: {created}; disabled: {disabled}.</source>
            <translation>Usuarios creados: {created}; desactivados: {disabled}.</translation>
        </message>
        <message>
            <source>{login} is now an office login.</source>
            <translation>{login} es ahora un usuario de secretaría.</translation>
        </message>
        <message>
            <source>{login} may now upgrade the database when the app starts.</source>
            <translation>{login} ya puede actualizar la base de datos al iniciar la aplicación.</translation>
        </message>
        <message>
            <source>New password for {login}: </source>
            <translation>Nueva contraseña para {login}: </translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Escríbala de nuevo: </translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Las dos contraseñas no coinciden; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Password of {login} set.</source>
            <translation>Contraseña de {login} establecida.</translation>
        </message>
    </context>
    <context>
        <name>TeacherPicker</name>
        <message>
            <source>Who are you?</source>
            <translation>¿Quién es usted?</translation>
        </message>
        <message>
            <source>Choose your name so your registers open first. This computer remembers it; you can change it later.</source>
            <translation>Elija su nombre para que sus listas aparezcan primero. Este equipo lo recordará; puede cambiarlo más adelante.</translation>
        </message>
        <message>
            <source>Type to find your name</source>
            <translation>Escriba para buscar su nombre</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Buscar su nombre</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>There are no teachers in this database yet. Import a roster or load the demo school first.</source>
            <translation>Todavía no hay docentes en esta base de datos. Importe primero las listas de alumnado o cargue el centro de demostración.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Soy yo</translation>
        </message>
        <message>
            <source>No teacher's name matches “{typed}”.</source>
            <translation>Ningún nombre de docente coincide con «{typed}».</translation>
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
            <translation>importar el horario de timbres, un horario o días no lectivos; mostrar las clases de un día</translation>
        </message>
        <message>
            <source>The school day. Bell times: a CSV with period,start,end and an optional days column (Mon-Fri, Wed, A-Mon). A timetable: a CSV with class,day,period,room,teacher (day Mon..Fri or A-Mon..B-Fri; start,end may replace period), or an iCalendar (.ics) export of weekly lessons. Non-school days: an iCalendar file of all-day events. Lessons appear by themselves on school days.</source>
            <translation>La jornada escolar. Horario de timbres: un CSV con period,start,end y una columna days opcional (Mon-Fri, Wed, A-Mon). Un horario: un CSV con class,day,period,room,teacher (day Mon..Fri o A-Mon..B-Fri; start,end pueden sustituir a period), o una exportación iCalendar (.ics) de las clases semanales. Días no lectivos: un archivo iCalendar de eventos de día completo. Las clases aparecen solas los días lectivos.</translation>
        </message>
        <message>
            <source>import one file (recognised by its content)</source>
            <translation>importar un archivo (reconocido por su contenido)</translation>
        </message>
        <message>
            <source>a .csv or .ics file</source>
            <translation>un archivo .csv o .ics</translation>
        </message>
        <message>
            <source>check and show what would change; write nothing</source>
            <translation>comprobar y mostrar lo que cambiaría; no escribir nada</translation>
        </message>
        <message>
            <source>print a day's lessons in the school's local time</source>
            <translation>mostrar las clases de un día en la hora local del centro</translation>
        </message>
        <message>
            <source>the day (default: today in the school's time zone)</source>
            <translation>el día (por defecto: hoy en la zona horaria del centro)</translation>
        </message>
        <message>
            <source>only this teacher's lessons (name, e-mail or roster id)</source>
            <translation>solo las clases de este docente (nombre, correo electrónico o identificador de las listas)</translation>
        </message>
        <message>
            <source>{file} was not imported:</source>
            <translation>{file} no se ha importado:</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>advertencia: {warning}</translation>
        </message>
        <message>
            <source>Dry run, nothing written. {what}.</source>
            <translation>Simulación, no se ha escrito nada. {what}.</translation>
        </message>
        <message>
            <source>Imported {what}.</source>
            <translation>Importado: {what}.</translation>
        </message>
        <message>
            <source>There is no teacher "{name}".</source>
            <translation>No hay ningún docente «{name}».</translation>
        </message>
        <message>
            <source>Give the name, e-mail or roster id as the roster has it.</source>
            <translation>Indique el nombre, el correo electrónico o el identificador tal como figura en las listas.</translation>
        </message>
        <message>
            <source>{date}: no lessons ({reason}).</source>
            <translation>{date}: no hay clases ({reason}).</translation>
        </message>
        <message>
            <source>{date}: no lessons.</source>
            <translation>{date}: no hay clases.</translation>
        </message>
        <message>
            <source>cover for {teacher}</source>
            <translation>sustitución de {teacher}</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Attendance register</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Abriendo la lista de asistencia…</translation>
        </message>
    </context>
</TS>
