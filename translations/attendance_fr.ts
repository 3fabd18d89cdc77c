<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>Révision du schéma</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <source>Running on</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field} :</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
        <message>
            <source>{app} {version}</source>
            <translation>{app} {version}</translation>
        </message>
        <message>
            <source>A keyboard-first attendance register for classroom PCs, on an embedded SQLite file or a shared PostgreSQL server. Every mark is saved the moment it is made.
Open source under the MIT licence.</source>
            <translation>Un logiciel d'appel pour les ordinateurs de classe, pensé pour le clavier, sur un fichier SQLite intégré ou un serveur PostgreSQL partagé. Chaque marque est enregistrée dès qu'elle est saisie.
Logiciel libre sous licence MIT.</translation>
        </message>
        <message>
            <source>SQLite (embedded file)</source>
            <translation>SQLite (fichier intégré)</translation>
        </message>
        <message>
            <source>PostgreSQL (server)</source>
            <translation>PostgreSQL (serveur)</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>lecture…</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copier les détails</translation>
        </message>
        <message>
            <source>Copy all of this as text, for a support request</source>
            <translation>Copier tout cela sous forme de texte, pour une demande d'assistance</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier du &amp;journal</translation>
        </message>
        <message>
            <source>not available ({reason})</source>
            <translation>indisponible ({reason})</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The database is being upgraded; this window will continue by itself.
(The office's or IT's computer upgrades it; nothing needs doing here.)</source>
            <translation>La base de données est en cours de mise à jour ; cette fenêtre continuera d'elle-même.
(L'ordinateur de la vie scolaire ou du service informatique s'en charge ; rien à faire ici.)</translation>
        </message>
        <message>
            <source>{app}: cannot open a window: system libraries that Qt needs on X11 are missing.
On Debian or Ubuntu, install them with:
    sudo apt install {packages}</source>
            <translation>{app} : impossible d'ouvrir une fenêtre : il manque des bibliothèques système dont Qt a besoin sous X11.
Sous Debian ou Ubuntu, installez-les avec :
    sudo apt install {packages}</translation>
        </message>
        <message>
            <source>{app}: cannot write the log file: {reason}</source>
            <translation>{app} : impossible d'écrire le fichier journal : {reason}</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>The register could not be opened.</source>
            <translation>L'appel n'a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>Upgrading the database to this version of the app…
(Other computers starting now wait until it is done.)</source>
            <translation>Mise à jour de la base de données pour cette version de l'application…
(Les autres ordinateurs qui démarrent maintenant attendent qu'elle soit terminée.)</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Ouverture de l'appel…</translation>
        </message>
        <message>
            <source>The password remembered on this PC was not accepted. {reason}</source>
            <translation>Le mot de passe mémorisé sur ce PC n'a pas été accepté. {reason}</translation>
        </message>
        <message>
            <source>Sign in to open the register.</source>
            <translation>Connectez-vous pour ouvrir l'appel.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>{server} (database “{database}”)</source>
            <translation>{server} (base de données « {database} »)</translation>
        </message>
        <message>
            <source>Loading the demo school…</source>
            <translation>Chargement de l'établissement de démonstration…</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Paramètres enregistrés</translation>
        </message>
        <message>
            <source>Start attendance-desktop again to use the new database.</source>
            <translation>Redémarrez attendance-desktop pour utiliser la nouvelle base de données.</translation>
        </message>
        <message>
            <source>{title} — {signed_in}</source>
            <translation>{title} — {signed_in}</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>Close the register and let the next person sign in</source>
            <translation>Fermer l'appel et laisser la personne suivante se connecter</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>afficher le numéro de version et quitter</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>ces arguments sont obligatoires : %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments inconnus : %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix non valide : %(value)r (possibles : %(choices)s)</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus un argument attendu</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s non valide : %(value)r</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>non autorisé avec l’argument %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l’un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>No registers taken in this period</source>
            <translation>Aucun appel fait sur cette période</translation>
        </message>
        <message>
            <source>{class_name}: attendance by week</source>
            <translation>{class_name} : présence par semaine</translation>
        </message>
        <message>
            <source>{class_name}: attendance by day</source>
            <translation>{class_name} : présence par jour</translation>
        </message>
        <message>
            <source>{percent}: chronic absence threshold</source>
            <translation>{percent} : seuil d'absentéisme chronique</translation>
        </message>
        <message>
            <source>Week beginning</source>
            <translation>Semaine du</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Taux de présence</translation>
        </message>
        <message numerus="yes">
            <source>{range} · {rate} of %n marked sessions attended</source>
            <translation>
                <numerusform>{range} · {rate} de présence sur %n cours renseigné</numerusform>
                <numerusform>{range} · {rate} de présence sur %n cours renseignés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{range} · attended {attended} of %n marked sessions ({rate}) · chronically absent</source>
            <translation>
                <numerusform>{range} · présent à {attended} cours sur %n renseigné ({rate}) · absentéisme chronique</numerusform>
                <numerusform>{range} · présent à {attended} cours sur %n renseignés ({rate}) · absentéisme chronique</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{range} · attended {attended} of %n marked sessions ({rate})</source>
            <translation>
                <numerusform>{range} · présent à {attended} cours sur %n renseigné ({rate})</numerusform>
                <numerusform>{range} · présent à {attended} cours sur %n renseignés ({rate})</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>{student}: marks by code</source>
            <translation>{student} : statuts par code</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Cours</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Take attendance on classroom PCs.</source>
            <translation>Faire l'appel sur les ordinateurs des salles de classe.</translation>
        </message>
        <message>
            <source>database URL or SQLite file path (default: ${variable}, then the settings file, then the embedded database in your data folder)</source>
            <translation>URL de la base de données ou chemin d'un fichier SQLite (par défaut : ${variable}, puis le fichier de paramètres, puis la base intégrée dans votre dossier de données)</translation>
        </message>
        <message>
            <source>log more detail</source>
            <translation>journaliser plus de détails</translation>
        </message>
        <message>
            <source>start on a throwaway demo school (nothing is kept)</source>
            <translation>démarrer sur une école de démonstration jetable (rien n'est conservé)</translation>
        </message>
        <message>
            <source>check that this installation works (database, window, a mark saved and read back, printing) on a throwaway database, then exit: 0 passed, 1 failed</source>
            <translation>vérifier que cette installation fonctionne (base de données, fenêtre, une marque enregistrée et relue, impression) sur une base jetable, puis quitter : 0 réussi, 1 échoué</translation>
        </message>
        <message>
            <source>look after the database (for IT staff)</source>
            <translation>gérer la base de données (pour le service informatique)</translation>
        </message>
        <message>
            <source>migrate the database to this version of the app</source>
            <translation>mettre la base de données à niveau pour cette version du logiciel</translation>
        </message>
        <message>
            <source>print the database's schema revision</source>
            <translation>afficher la révision du schéma de la base de données</translation>
        </message>
        <message>
            <source>exit 0 if the database is at this version's schema, 1 if it needs upgrading</source>
            <translation>code de sortie 0 si la base de données est au schéma de cette version, 1 si elle doit être mise à niveau</translation>
        </message>
        <message>
            <source>write a timestamped copy of the database</source>
            <translation>écrire une copie horodatée de la base de données</translation>
        </message>
        <message>
            <source>where to write the copy: a file name, or an existing folder to put the timestamped copy in</source>
            <translation>où écrire la copie : un nom de fichier, ou un dossier existant où mettre la copie horodatée</translation>
        </message>
        <message>
            <source>import a roster: a CSV file, or a school information system's export (folder or .zip: OneRoster 1.0-1.2, Microsoft School Data Sync v1/v2/v2.1, Clever)</source>
            <translation>importer des listes : un fichier CSV, ou l'export d'un logiciel de vie scolaire (dossier ou .zip : OneRoster 1.0-1.2, Microsoft School Data Sync v1/v2/v2.1, Clever)</translation>
        </message>
        <message>
            <source>Import students, teachers, classes and enrollments. Everything is checked first; any problem is listed with its file, line and column and nothing is written. Warnings (shown by --dry-run too) do not stop the import. Importing the same file again changes nothing.</source>
            <translation>Importer les élèves, les enseignants, les classes et les inscriptions. Tout est vérifié d'abord ; chaque problème est indiqué avec son fichier, sa ligne et sa colonne, et rien n'est écrit. Les avertissements (affichés aussi par --dry-run) n'empêchent pas l'import. Importer à nouveau le même fichier ne change rien.</translation>
        </message>
        <message>
            <source>the CSV file, folder or .zip</source>
            <translation>le fichier CSV, le dossier ou le .zip</translation>
        </message>
        <message>
            <source>check and show what would change; write nothing</source>
            <translation>vérifier et montrer ce qui changerait ; ne rien écrire</translation>
        </message>
        <message>
            <source>write every teacher, class, student and enrollment to a CSV roster file</source>
            <translation>écrire tous les enseignants, classes, élèves et inscriptions dans un fichier CSV de listes</translation>
        </message>
        <message>
            <source>Write the register's roster as a plain CSV file (UTF-8 with a byte-order mark, comma-separated, one row per enrollment; students, classes and teachers without one get a row of their own), with the same columns `import` reads: importing the file again changes nothing. An existing file is replaced. Attendance marks are not included (see `report`).</source>
            <translation>Écrire les listes du logiciel dans un simple fichier CSV (UTF-8 avec indicateur d'ordre des octets, séparé par des virgules, une ligne par inscription ; les élèves, classes et enseignants sans inscription ont leur propre ligne), avec les colonnes que lit `import` : importer à nouveau le fichier ne change rien. Un fichier existant est remplacé. Les marques de présence n'y figurent pas (voir `report`).</translation>
        </message>
        <message>
            <source>the CSV file to write</source>
            <translation>le fichier CSV à écrire</translation>
        </message>
        <message>
            <source>--self-test uses its own throwaway database: give it nothing else</source>
            <translation>--self-test utilise sa propre base jetable : ne lui donnez rien d'autre</translation>
        </message>
        <message>
            <source>attendance-desktop: cannot write the log file: {error}</source>
            <translation>attendance-desktop : impossible d'écrire le fichier journal : {error}</translation>
        </message>
        <message>
            <source>attendance-desktop: error: {message}</source>
            <translation>attendance-desktop : erreur : {message}</translation>
        </message>
        <message>
            <source>attendance-desktop: unexpected error ({kind}); details are in the log file. Please report it.</source>
            <translation>attendance-desktop : erreur inattendue ({kind}) ; les détails sont dans le fichier journal. Merci de la signaler.</translation>
        </message>
        <message>
            <source>No database file yet at {path}; `attendance-desktop db upgrade` creates it.</source>
            <translation>Pas encore de fichier de base de données à {path} ; `attendance-desktop db upgrade` le crée.</translation>
        </message>
        <message>
            <source>Upgraded {database}: {previous} -&gt; {current}</source>
            <translation>{database} mise à niveau : {previous} -&gt; {current}</translation>
        </message>
        <message>
            <source>{database} is up to date (revision {revision}).</source>
            <translation>{database} est à jour (révision {revision}).</translation>
        </message>
        <message>
            <source>empty (no schema yet)</source>
            <translation>vide (pas encore de schéma)</translation>
        </message>
        <message>
            <source>OK: at revision {revision}.</source>
            <translation>OK : révision {revision}.</translation>
        </message>
        <message>
            <source>Needs upgrading: at {current}, this version expects {head}. Run: attendance-desktop db upgrade</source>
            <translation>Mise à niveau nécessaire : à {current}, cette version attend {head}. Lancez : attendance-desktop db upgrade</translation>
        </message>
        <message>
            <source>empty</source>
            <comment>a database's revision when it has no schema yet</comment>
            <translation>vide</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <translation>Il n'y a pas de fichier de base de données à {path}.</translation>
        </message>
        <message>
            <source>Backup written to {path}</source>
            <translation>Sauvegarde écrite dans {path}</translation>
        </message>
        <message>
            <source>Roster of {database} written to {path}</source>
            <translation>Listes de {database} écrites dans {path}</translation>
        </message>
        <message>
            <source>The database is at revision {current}; this version of attendance-desktop needs {head}.</source>
            <translation>La base de données est à la révision {current} ; cette version d'attendance-desktop a besoin de {head}.</translation>
        </message>
        <message>
            <source>Run: attendance-desktop db upgrade</source>
            <translation>Lancez : attendance-desktop db upgrade</translation>
        </message>
        <message>
            <source>pg_dump was not found, so a PostgreSQL database cannot be backed up from here.</source>
            <translation>pg_dump est introuvable : une base PostgreSQL ne peut donc pas être sauvegardée d'ici.</translation>
        </message>
        <message>
            <source>Install the PostgreSQL client tools, or back up on the server itself.</source>
            <translation>Installez les outils clients de PostgreSQL, ou faites la sauvegarde sur le serveur lui-même.</translation>
        </message>
        <message>
            <source>pg_dump could not back up {database}: {reason}</source>
            <translation>pg_dump n'a pas pu sauvegarder {database} : {reason}</translation>
        </message>
        <message>
            <source>Cannot write the backup to {path}: there is no folder {folder}.</source>
            <translation>Impossible d'écrire la sauvegarde dans {path} : le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>Create it first, or give --to an existing folder or a file in one.</source>
            <translation>Créez-le d'abord, ou donnez à --to un dossier existant ou un fichier dans un tel dossier.</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <source>Excused absence</source>
            <translation>Absence excusée</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>Signification</translation>
        </message>
        <message>
            <source>Counts as present</source>
            <translation>Compte comme présent</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Utilisé</translation>
        </message>
        <message>
            <source>{column}: yes</source>
            <translation>{column} : oui</translation>
        </message>
        <message>
            <source>{column}: no</source>
            <translation>{column} : non</translation>
        </message>
        <message>
            <source>Double-click to choose a colour</source>
            <translation>Double-cliquez pour choisir une couleur</translation>
        </message>
        <message>
            <source>Not in use: teachers cannot give this mark; old registers keep it.</source>
            <translation>Non utilisé : les enseignants ne peuvent plus donner ce statut ; les anciens appels le conservent.</translation>
        </message>
        <message>
            <source>A code needs a label, for example Present.</source>
            <translation>Un statut a besoin d'un libellé, par exemple Présent.</translation>
        </message>
        <message>
            <source>A label has at most 100 characters.</source>
            <translation>Un libellé compte au plus 100 caractères.</translation>
        </message>
        <message>
            <source>Choose what the code means: present, late, absent or excused.</source>
            <translation>Choisissez ce que signifie le statut : présent, en retard, absent ou excusé.</translation>
        </message>
        <message>
            <source>A colour looks like #2E7D32.</source>
            <translation>Une couleur s'écrit ainsi : #2E7D32.</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Nouveau statut</translation>
        </message>
        <message>
            <source>“{label}” is the only code meaning Present; the register needs one. Add another Present code first.</source>
            <translation>« {label} » est le seul statut signifiant Présent ; l'appel en a besoin d'un. Ajoutez d'abord un autre statut Présent.</translation>
        </message>
        <message>
            <source>The name teachers see, for example Present or Medical appointment</source>
            <translation>Le nom que voient les enseignants, par exemple Présent ou Rendez-vous médical</translation>
        </message>
        <message>
            <source>A short code for reports and exports (up to 8 characters)</source>
            <translation>Un code court pour les bilans et les exports (8 caractères au plus)</translation>
        </message>
        <message>
            <source>The colour of the mark in the register (double-click to change)</source>
            <translation>La couleur du statut dans l'appel (double-cliquez pour la changer)</translation>
        </message>
        <message>
            <source>The one letter a teacher presses in the register to give this mark</source>
            <translation>La lettre qu'un enseignant tape pendant l'appel pour donner ce statut</translation>
        </message>
        <message>
            <source>What the mark means for reports: present, late, absent or an excused absence</source>
            <translation>Ce que le statut signifie pour les bilans : présent, en retard, absent ou absence excusée</translation>
        </message>
        <message>
            <source>Whether the student counts as in school for attendance figures</source>
            <translation>Si l'élève compte comme présent dans l'établissement pour les chiffres d'assiduité</translation>
        </message>
        <message>
            <source>Codes not in use cannot be given any more; old registers keep them</source>
            <translation>Les statuts non utilisés ne peuvent plus être donnés ; les anciens appels les conservent</translation>
        </message>
    </context>
    <context>
        <name>ConflictBar</name>
        <message>
            <source>note “{note}”</source>
            <translation>remarque « {note} »</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>aucune remarque</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Non noté</translation>
        </message>
        <message>
            <source>{mark} (arrived {time})</source>
            <translation>{mark} (arrivé à {time})</translation>
        </message>
        <message>
            <source>Conflicts to settle</source>
            <translation>Conflits à régler</translation>
        </message>
        <message>
            <source>Previous conflict</source>
            <translation>Conflit précédent</translation>
        </message>
        <message>
            <source>Next conflict</source>
            <translation>Conflit suivant</translation>
        </message>
        <message>
            <source>Keep mine  (Alt+K)</source>
            <translation>Garder le mien  (Alt+K)</translation>
        </message>
        <message>
            <source>Save yours on top of theirs (their change stays in the history). Alt+K</source>
            <translation>Enregistrer le vôtre par-dessus l'autre (l'autre modification reste dans l'historique). Alt+K</translation>
        </message>
        <message>
            <source>Take theirs  (Alt+T)</source>
            <translation>Prendre l'autre  (Alt+T)</translation>
        </message>
        <message>
            <source>Leave theirs as it is; yours is not saved. Alt+T</source>
            <translation>Laisser l'autre tel quel ; le vôtre n'est pas enregistré. Alt+T</translation>
        </message>
        <message>
            <source>{student}'s note was changed differently on another computer meanwhile.</source>
            <translation>La remarque de {student} a été modifiée autrement sur un autre ordinateur entre-temps.</translation>
        </message>
        <message>
            <source>{student} was marked differently on another computer meanwhile.</source>
            <translation>{student} a été noté autrement sur un autre ordinateur entre-temps.</translation>
        </message>
        <message>
            <source>Theirs: &lt;b&gt;{theirs}&lt;/b&gt; by {who} &amp;nbsp;·&amp;nbsp; Yours: &lt;b&gt;{mine}&lt;/b&gt;</source>
            <translation>L'autre : &lt;b&gt;{theirs}&lt;/b&gt; par {who} &amp;nbsp;·&amp;nbsp; Le vôtre : &lt;b&gt;{mine}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Keep mine: {mark}  (Alt+K)</source>
            <translation>Garder le mien : {mark}  (Alt+K)</translation>
        </message>
        <message>
            <source>Take theirs: {mark}  (Alt+T)</source>
            <translation>Prendre l'autre : {mark}  (Alt+T)</translation>
        </message>
        <message>
            <source>{position} of {count}</source>
            <translation>{position} sur {count}</translation>
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
            <translation>{lesson} : {detail}.</translation>
        </message>
        <message>
            <source>its register was already taken by {teacher}, so it stays with them</source>
            <translation>l'appel a déjà été fait par {teacher}, le cours reste donc inchangé</translation>
        </message>
        <message>
            <source>{teacher} already teaches {class_name} at {time}</source>
            <translation>{teacher} a déjà cours ({class_name}) à {time}</translation>
        </message>
        <message>
            <source>Only the school office can give cover.</source>
            <translation>Seule la vie scolaire peut attribuer des remplacements.</translation>
        </message>
        <message>
            <source>Ask the office, or IT, to give these lessons to a colleague.</source>
            <translation>Demandez à la vie scolaire, ou au service informatique, de confier ces cours à un collègue.</translation>
        </message>
        <message>
            <source>That cover teacher is no longer in the register.</source>
            <translation>Cet enseignant remplaçant ne figure plus dans les listes.</translation>
        </message>
        <message>
            <source>One of these lessons no longer exists (the timetable changed).</source>
            <translation>Un de ces cours n'existe plus (l'emploi du temps a changé).</translation>
        </message>
        <message>
            <source>Look at the day again and choose the lessons once more.</source>
            <translation>Affichez de nouveau la journée et choisissez encore une fois les cours.</translation>
        </message>
        <message>
            <source>Cover was not given: {reasons}</source>
            <translation>Le remplacement n'a pas été attribué : {reasons}</translation>
        </message>
        <message>
            <source>Nothing was changed. Choose the other lessons only.</source>
            <translation>Rien n'a été modifié. Choisissez uniquement les autres cours.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>teaching {class_name} at {time}</source>
            <translation>en cours à {time} ({class_name})</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Remplacement</translation>
        </message>
        <message>
            <source>Give an absent teacher's lessons to a colleague: the lessons move to the cover teacher's day, who takes their registers.</source>
            <translation>Confiez les cours d'un enseignant absent à un collègue : les cours passent dans la journée de l'enseignant remplaçant, qui fait l'appel.</translation>
        </message>
        <message>
            <source>Type to find who is away</source>
            <translation>Tapez pour trouver l'enseignant absent</translation>
        </message>
        <message>
            <source>Absent teacher</source>
            <translation>Enseignant absent</translation>
        </message>
        <message>
            <source>Find the absent teacher</source>
            <translation>Rechercher l'enseignant absent</translation>
        </message>
        <message>
            <source>Type to find who covers</source>
            <translation>Tapez pour trouver le remplaçant</translation>
        </message>
        <message>
            <source>Cover teacher</source>
            <translation>Enseignant remplaçant</translation>
        </message>
        <message>
            <source>Find the cover teacher</source>
            <translation>Rechercher l'enseignant remplaçant</translation>
        </message>
        <message>
            <source>&amp;Who is away?</source>
            <translation>&amp;Qui est absent ?</translation>
        </message>
        <message>
            <source>Who &amp;covers?</source>
            <translation>Qui &amp;remplace ?</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>QLocale date pattern: short weekday, day, month</comment>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>Lessons to cover</source>
            <translation>Cours à remplacer</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Lessons:</source>
            <translation>&amp;Cours :</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>Ce qui va se passer</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ce qui se passe</translation>
        </message>
        <message>
            <source>Reading the day…</source>
            <translation>Lecture de la journée…</translation>
        </message>
        <message>
            <source>Give cover</source>
            <translation>Attribuer le remplacement</translation>
        </message>
        <message>
            <source>no lessons</source>
            <translation>aucun cours</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n cours</numerusform>
                <numerusform>%n cours</numerusform>
            </translation>
        </message>
        <message>
            <source>The day could not be read. {reason}</source>
            <translation>La journée n'a pas pu être lue. {reason}</translation>
        </message>
        <message>
            <source>The day could not be read because of a fault in the app.</source>
            <translation>La journée n'a pas pu être lue à cause d'une erreur de l'application.</translation>
        </message>
        <message numerus="yes">
            <source>All their lessons that day (%n)</source>
            <translation>
                <numerusform>Son seul cours ce jour-là (%n)</numerusform>
                <numerusform>Tous ses cours ce jour-là (%n)</numerusform>
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
            <translation>absent</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>Stays: {reason}</source>
            <translation>Reste : {reason}</translation>
        </message>
        <message>
            <source>Covered by {teacher} now</source>
            <translation>Actuellement remplacé par {teacher}</translation>
        </message>
        <message>
            <source>Not covered yet</source>
            <translation>Pas encore remplacé</translation>
        </message>
        <message>
            <source>{teacher} has it already</source>
            <translation>{teacher} a déjà ce cours</translation>
        </message>
        <message>
            <source>Back to {teacher} (ends the cover)</source>
            <translation>Retour à {teacher} (fin du remplacement)</translation>
        </message>
        <message>
            <source>To {teacher}, but {reason}</source>
            <translation>À {teacher}, mais {reason}</translation>
        </message>
        <message>
            <source>To {teacher}</source>
            <translation>À {teacher}</translation>
        </message>
        <message>
            <source>Only the school office can give cover: ask the office, or IT, to give these lessons to a colleague.</source>
            <translation>Seule la vie scolaire peut attribuer des remplacements : demandez à la vie scolaire, ou au service informatique, de confier ces cours à un collègue.</translation>
        </message>
        <message>
            <source>Choose who is away.</source>
            <translation>Choisissez qui est absent.</translation>
        </message>
        <message>
            <source>They have no lessons on {day}.</source>
            <translation>Cet enseignant n'a aucun cours le {day}.</translation>
        </message>
        <message>
            <source>Choose who covers.</source>
            <translation>Choisissez qui remplace.</translation>
        </message>
        <message>
            <source>Choose someone other than the teacher who is away.</source>
            <translation>Choisissez quelqu'un d'autre que l'enseignant absent.</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons will move to {teacher}'s day.</source>
            <translation>
                <numerusform>%n cours passera dans la journée de {teacher}.</numerusform>
                <numerusform>%n cours passeront dans la journée de {teacher}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot be covered: their register was already taken.</source>
            <translation>
                <numerusform>%n cours ne peut pas être remplacé : son appel a déjà été fait.</numerusform>
                <numerusform>%n cours ne peuvent pas être remplacés : leur appel a déjà été fait.</numerusform>
            </translation>
        </message>
        <message>
            <source>{teacher} already teaches then: you will be asked to confirm.</source>
            <translation>{teacher} a déjà cours à ce moment-là : il vous sera demandé de confirmer.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Rien à modifier.</translation>
        </message>
        <message>
            <source>The cover teacher is teaching then</source>
            <translation>L'enseignant remplaçant a cours à ce moment-là</translation>
        </message>
        <message>
            <source>{clashes}

Give the cover anyway?</source>
            <translation>{clashes}

Attribuer quand même le remplacement ?</translation>
        </message>
        <message>
            <source>Giving cover…</source>
            <translation>Attribution du remplacement…</translation>
        </message>
        <message>
            <source>Cover was not given because of a fault in the app.</source>
            <translation>Le remplacement n'a pas été attribué à cause d'une erreur de l'application.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>none (the database is empty)</source>
            <translation>aucune (la base de données est vide)</translation>
        </message>
        <message>
            <source>{revision} (up to date)</source>
            <translation>{revision} (à jour)</translation>
        </message>
        <message>
            <source>{revision} (this version expects {expected})</source>
            <translation>{revision} (cette version attend {expected})</translation>
        </message>
        <message>
            <source>Connected to “{database}” on {host}:{port} (PostgreSQL {version}). {schema}</source>
            <translation>Connecté à « {database} » sur {host}:{port} (PostgreSQL {version}). {schema}</translation>
        </message>
        <message>
            <source>{path} is a folder.</source>
            <translation>{path} est un dossier.</translation>
        </message>
        <message>
            <source>Choose a file name inside it, such as attendance.sqlite3.</source>
            <translation>Choisissez un nom de fichier à l'intérieur, par exemple attendance.sqlite3.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>Choose another folder, or create this one first.</source>
            <translation>Choisissez un autre dossier ou créez d'abord celui-ci.</translation>
        </message>
        <message>
            <source>This account cannot create files in {folder}.</source>
            <translation>Ce compte ne peut pas créer de fichiers dans {folder}.</translation>
        </message>
        <message>
            <source>Choose a folder of your own, or ask IT for write access.</source>
            <translation>Choisissez un dossier personnel ou demandez l'accès en écriture au service informatique.</translation>
        </message>
        <message>
            <source>No database there yet: a new one will be created at {path} on the next start.</source>
            <translation>Pas encore de base de données à cet endroit : une nouvelle sera créée dans {path} au prochain démarrage.</translation>
        </message>
        <message>
            <source>The database file {path} can be read but not written to.</source>
            <translation>Le fichier de base de données {path} peut être lu mais pas modifié.</translation>
        </message>
        <message>
            <source>Ask IT to give your account write access to it and its folder.</source>
            <translation>Demandez au service informatique de donner à votre compte l'accès en écriture au fichier et à son dossier.</translation>
        </message>
        <message>
            <source>Found the database file {path}. {schema}</source>
            <translation>Fichier de base de données {path} trouvé. {schema}</translation>
        </message>
        <message>
            <source>It is empty; the app will set it up on the next start.</source>
            <translation>Elle est vide ; l'application la préparera au prochain démarrage.</translation>
        </message>
        <message>
            <source>It holds an attendance register, up to date.</source>
            <translation>Elle contient des appels et elle est à jour.</translation>
        </message>
        <message>
            <source>It holds an attendance register from an older version; it will be upgraded on start.</source>
            <translation>Elle contient des appels d'une version plus ancienne ; elle sera mise à jour au démarrage.</translation>
        </message>
        <message>
            <source>The database URL is empty.</source>
            <translation>L'URL de la base de données est vide.</translation>
        </message>
        <message>
            <source>“{url}” is not a database URL.</source>
            <translation>« {url} » n'est pas une URL de base de données.</translation>
        </message>
        <message>
            <source>Use postgresql://user@host:5432/dbname or sqlite:///path/to/file.sqlite3.</source>
            <translation>Utilisez postgresql://utilisateur@hote:5432/base ou sqlite:///chemin/vers/fichier.sqlite3.</translation>
        </message>
        <message>
            <source>An in-memory SQLite database would lose every mark when the app closes.</source>
            <translation>Une base SQLite en mémoire perdrait toutes les marques à la fermeture de l'application.</translation>
        </message>
        <message>
            <source>Give a file path: sqlite:///path/to/attendance.sqlite3.</source>
            <translation>Indiquez un chemin de fichier : sqlite:///chemin/vers/attendance.sqlite3.</translation>
        </message>
        <message>
            <source>“{url}” names no database.</source>
            <translation>« {url} » ne désigne aucune base de données.</translation>
        </message>
        <message>
            <source>Add the database name: postgresql://user@host:5432/attendance.</source>
            <translation>Ajoutez le nom de la base de données : postgresql://utilisateur@hote:5432/attendance.</translation>
        </message>
        <message>
            <source>attendance-desktop cannot use a '{kind}' database.</source>
            <translation>attendance-desktop ne peut pas utiliser une base de données « {kind} ».</translation>
        </message>
        <message>
            <source>Use SQLite (the default, one computer) or PostgreSQL (shared by many computers).</source>
            <translation>Utilisez SQLite (par défaut, un seul ordinateur) ou PostgreSQL (partagé par plusieurs ordinateurs).</translation>
        </message>
        <message>
            <source>The database URL’s {part} holds a line break.</source>
            <translation>La partie « {part} » de l'URL de la base de données contient un saut de ligne.</translation>
        </message>
        <message>
            <source>The folder for the database file does not exist: {folder}.</source>
            <translation>Le dossier du fichier de base de données n'existe pas : {folder}.</translation>
        </message>
        <message>
            <source>Check the path, or create the folder first.</source>
            <translation>Vérifiez le chemin ou créez d'abord le dossier.</translation>
        </message>
        <message>
            <source>That record already exists; a second copy was not created.</source>
            <translation>Cet enregistrement existe déjà ; aucune deuxième copie n'a été créée.</translation>
        </message>
        <message>
            <source>The disk is full; the last change was not saved.</source>
            <translation>Le disque est plein ; la dernière modification n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>Free some space.</source>
            <translation>Libérez de l'espace.</translation>
        </message>
        <message>
            <source>The database file {path} is locked by another program.</source>
            <translation>Le fichier de base de données {path} est verrouillé par un autre programme.</translation>
        </message>
        <message>
            <source>Wait a moment and try again; if it persists, close other copies of the app or any program that has the file open.</source>
            <translation>Patientez un instant et réessayez ; si cela persiste, fermez les autres copies de l'application et tout programme qui a ouvert le fichier.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be written to (it is read-only).</source>
            <translation>Impossible d'écrire dans le fichier de base de données {path} (il est en lecture seule).</translation>
        </message>
        <message>
            <source>Check the file's permissions, or ask IT to give your account write access to it and its folder.</source>
            <translation>Vérifiez les droits du fichier ou demandez au service informatique de donner à votre compte l'accès en écriture au fichier et à son dossier.</translation>
        </message>
        <message>
            <source>The file {path} is not a readable attendance database (it may be damaged).</source>
            <translation>Le fichier {path} n'est pas une base d'appel lisible (il est peut-être endommagé).</translation>
        </message>
        <message>
            <source>Restore the latest backup beside it ({backups}), or point the app at another file.</source>
            <translation>Restaurez la sauvegarde la plus récente qui se trouve à côté ({backups}) ou indiquez un autre fichier à l'application.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; the last change was not saved.</source>
            <translation>Le disque qui contient {path} est plein ; la dernière modification n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>Free some space and try again.</source>
            <translation>Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>The database file {path} cannot be opened.</source>
            <translation>Impossible d'ouvrir le fichier de base de données {path}.</translation>
        </message>
        <message>
            <source>Check that the folder exists and that your account may write to it.</source>
            <translation>Vérifiez que le dossier existe et que votre compte peut y écrire.</translation>
        </message>
        <message>
            <source>The server at {server} refused the user name or password.</source>
            <translation>Le serveur {server} a refusé le nom d'utilisateur ou le mot de passe.</translation>
        </message>
        <message>
            <source>Check them in Settings &gt; Database (the password is kept in the system keyring).</source>
            <translation>Vérifiez-les dans Paramètres &gt; Base de données (le mot de passe est conservé dans le trousseau du système).</translation>
        </message>
        <message>
            <source>The secure connection (TLS) to {server} could not be set up.</source>
            <translation>La connexion sécurisée (TLS) avec {server} n'a pas pu être établie.</translation>
        </message>
        <message>
            <source>Check the server name, and the school's certificate file (CA) in Settings &gt; Database; IT can say which TLS mode the server needs. Details: {details}</source>
            <translation>Vérifiez le nom du serveur et le fichier de certificat de l'établissement (CA) dans Paramètres &gt; Base de données ; le service informatique peut vous dire quel mode TLS le serveur exige. Détails : {details}</translation>
        </message>
        <message>
            <source>The server is reachable but has no such database: {server}.</source>
            <translation>Le serveur est joignable mais n'a pas cette base de données : {server}.</translation>
        </message>
        <message>
            <source>Ask IT to create it, or check the name in Settings &gt; Database.</source>
            <translation>Demandez au service informatique de la créer ou vérifiez le nom dans Paramètres &gt; Base de données.</translation>
        </message>
        <message>
            <source>This login may not use the database {server}.</source>
            <translation>Cet identifiant n’a pas accès à la base de données {server}.</translation>
        </message>
        <message>
            <source>Ask IT to run “attendance-desktop staff sync”, which lets staff logins connect, or to check that this login is a member of a staff group.</source>
            <translation>Demandez au service informatique de lancer « attendance-desktop staff sync », qui autorise la connexion des identifiants du personnel, ou de vérifier que cet identifiant appartient à un groupe du personnel.</translation>
        </message>
        <message>
            <source>The database server's disk is full; the last change was not saved.</source>
            <translation>Le disque du serveur de base de données est plein ; la dernière modification n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>Tell IT: the server needs more space.</source>
            <translation>Prévenez le service informatique : le serveur a besoin de plus d'espace.</translation>
        </message>
        <message>
            <source>The database was busy with another computer's change; yours was not saved.</source>
            <translation>La base de données était occupée par la modification d'un autre ordinateur ; la vôtre n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Réessayez.</translation>
        </message>
        <message>
            <source>Cannot reach the attendance database server ({server}).</source>
            <translation>Impossible de joindre le serveur de la base d'appel ({server}).</translation>
        </message>
        <message>
            <source>Check the network cable or Wi-Fi, and that the server is running. Details: {details}</source>
            <translation>Vérifiez le câble réseau ou le Wi-Fi, et que le serveur est en marche. Détails : {details}</translation>
        </message>
        <message>
            <source>This database already has tables but was not created by attendance-desktop.</source>
            <translation>Cette base de données contient déjà des tables mais n'a pas été créée par attendance-desktop.</translation>
        </message>
        <message>
            <source>Point the app at an empty database or at an attendance-desktop database.</source>
            <translation>Indiquez à l'application une base de données vide ou une base d'attendance-desktop.</translation>
        </message>
        <message>
            <source>This database records several schema revisions at once ({revisions}).</source>
            <translation>Cette base de données enregistre plusieurs révisions du schéma à la fois ({revisions}).</translation>
        </message>
        <message>
            <source>It was changed by hand; restore a backup or ask the developers.</source>
            <translation>Elle a été modifiée à la main ; restaurez une sauvegarde ou contactez les développeurs.</translation>
        </message>
        <message>
            <source>The login “{login}” may not upgrade the database.</source>
            <translation>L'identifiant « {login} » ne peut pas mettre à jour la base de données.</translation>
        </message>
        <message>
            <source>The database's owner, or a login IT made an upgrade login (`attendance-desktop staff grant-upgrade`), upgrades it.</source>
            <translation>C'est le propriétaire de la base de données, ou un identifiant que le service informatique a autorisé à la mettre à jour (`attendance-desktop staff grant-upgrade`), qui s'en charge.</translation>
        </message>
        <message numerus="yes">
            <source>The upgrade would leave %n broken references; nothing was changed.</source>
            <translation>
                <numerusform>La mise à jour laisserait %n référence cassée ; rien n'a été modifié.</numerusform>
                <numerusform>La mise à jour laisserait %n références cassées ; rien n'a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send the log file to the developers.</source>
            <translation>Envoyez le fichier journal aux développeurs.</translation>
        </message>
        <message>
            <source>a network share (UNC path)</source>
            <translation>un partage réseau (chemin UNC)</translation>
        </message>
        <message>
            <source>a network drive ({type})</source>
            <translation>un lecteur réseau ({type})</translation>
        </message>
        <message>
            <source>a mapped network drive ({drive})</source>
            <translation>un lecteur réseau connecté ({drive})</translation>
        </message>
        <message>
            <source>The database file {path} is on {where}. SQLite cannot be shared safely over a network: marks could be lost or the file damaged.</source>
            <translation>Le fichier de base de données {path} est sur {where}. SQLite ne peut pas être partagé sans risque sur un réseau : des marques pourraient être perdues ou le fichier endommagé.</translation>
        </message>
        <message>
            <source>To share one register between several computers, use a PostgreSQL server (File &gt; Settings… &gt; Database: “{option}”; see {guide}). To use this computer alone, keep the database on a local disk.</source>
            <translation>Pour partager les appels entre plusieurs ordinateurs, utilisez un serveur PostgreSQL (Fichier &gt; Paramètres… &gt; Base de données : « {option} » ; voir {guide}). Pour n'utiliser que cet ordinateur, gardez la base de données sur un disque local.</translation>
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
            <translation>dddd d MMM</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Riverside Academy (demo)</source>
            <translation>Collège des Rives (démo)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Maths</source>
            <translation>Mathématiques</translation>
        </message>
        <message>
            <source>Science</source>
            <translation>Sciences</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histoire</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Bus was late</source>
            <translation>Bus en retard</translation>
        </message>
        <message>
            <source>Came from a music lesson</source>
            <translation>Revenait d'un cours de musique</translation>
        </message>
        <message>
            <source>Overslept</source>
            <translation>Panne de réveil</translation>
        </message>
        <message>
            <source>Was at the nurse</source>
            <translation>Était à l'infirmerie</translation>
        </message>
        <message>
            <source>Dentist appointment</source>
            <translation>Rendez-vous chez le dentiste</translation>
        </message>
        <message>
            <source>School trip</source>
            <translation>Sortie scolaire</translation>
        </message>
        <message>
            <source>Sports fixture</source>
            <translation>Rencontre sportive</translation>
        </message>
        <message>
            <source>Hospital appointment</source>
            <translation>Rendez-vous à l'hôpital</translation>
        </message>
        <message>
            <source>Ill - parent phoned the office</source>
            <translation>Malade – un parent a appelé la vie scolaire</translation>
        </message>
        <message>
            <source>Mrs Hall (office)</source>
            <translation>Mme Hall (vie scolaire)</translation>
        </message>
        <message>
            <source>Note from home</source>
            <translation>Mot des parents</translation>
        </message>
        <message>
            <source>No note from home yet</source>
            <translation>Pas encore de mot des parents</translation>
        </message>
        <message>
            <source>The demo school can only be loaded into an empty database; this one already has teachers, classes or students.</source>
            <translation>L'établissement de démonstration ne peut être chargé que dans une base de données vide ; celle-ci contient déjà des enseignants, des classes ou des élèves.</translation>
        </message>
        <message>
            <source>Start the demo on its own with `attendance-desktop --demo`, or point the app at a new database file in Settings &gt; Database.</source>
            <translation>Lancez la démonstration à part avec `attendance-desktop --demo`, ou indiquez à l'application un nouveau fichier de base de données dans Paramètres &gt; Base de données.</translation>
        </message>
        <message>
            <source>The demo school needs an attendance code for each of present, late, absent and excused; this database has none for {categories}.</source>
            <translation>L'établissement de démonstration a besoin d'un code pour présent, en retard, absent et excusé ; cette base de données n'en a aucun pour {categories}.</translation>
        </message>
        <message>
            <source>Add them in Settings &gt; Attendance codes, or start the demo on its own with `attendance-desktop --demo`.</source>
            <translation>Ajoutez-les dans Paramètres &gt; Codes d'appel, ou lancez la démonstration à part avec `attendance-desktop --demo`.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialogs</name>
        <message>
            <source>A newer version of the app is needed</source>
            <translation>Une version plus récente de l'application est nécessaire</translation>
        </message>
        <message>
            <source>The database setting is not right</source>
            <translation>Le réglage de la base de données n'est pas correct</translation>
        </message>
        <message>
            <source>Cannot reach the attendance database</source>
            <translation>Impossible de joindre la base d'appel</translation>
        </message>
        <message>
            <source>The attendance database is busy</source>
            <translation>La base d'appel est occupée</translation>
        </message>
        <message>
            <source>The attendance database is read-only</source>
            <translation>La base d'appel est en lecture seule</translation>
        </message>
        <message>
            <source>The attendance database is damaged</source>
            <translation>La base d'appel est endommagée</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Le disque est plein</translation>
        </message>
        <message>
            <source>This is not an attendance database</source>
            <translation>Ce n'est pas une base d'appel</translation>
        </message>
        <message>
            <source>Someone else changed this mark</source>
            <translation>Quelqu'un d'autre a modifié cette marque</translation>
        </message>
        <message>
            <source>That already exists</source>
            <translation>Cela existe déjà</translation>
        </message>
        <message>
            <source>Something needs your attention</source>
            <translation>Un point demande votre attention</translation>
        </message>
        <message>
            <source>{title} - {app}</source>
            <translation>{title} - {app}</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation>Que faire ? {hint}</translation>
        </message>
        <message>
            <source>{app} ran into a problem</source>
            <translation>{app} a rencontré un problème</translation>
        </message>
        <message>
            <source>Sorry, something went wrong.</source>
            <translation>Désolé, une erreur s'est produite.</translation>
        </message>
        <message>
            <source>This is a fault in attendance-desktop, not something you did. Marks that were already saved are safe. You can carry on; if it happens again, restart the app and send the details to your IT support.</source>
            <translation>Il s'agit d'un défaut d'attendance-desktop, pas d'une erreur de votre part. Les marques déjà enregistrées sont en sécurité. Vous pouvez continuer ; si cela se reproduit, redémarrez l'application et envoyez les détails à votre support informatique.</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Afficher les détails</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Copy the details to the clipboard, to paste into an email</source>
            <translation>Copier les détails dans le presse-papiers, pour les coller dans un e-mail</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Ouvrir le dossier du journal</translation>
        </message>
        <message>
            <source>No log file</source>
            <translation>Pas de fichier journal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>This happened %n times. It is a fault in the app, not something you did. Marks that were already saved are safe. Please restart the app, and send the details to your IT support.</source>
            <translation>
                <numerusform>C'est arrivé %n fois. Il s'agit d'un défaut de l'application, pas d'une erreur de votre part. Les marques déjà enregistrées sont en sécurité. Redémarrez l'application et envoyez les détails à votre support informatique.</numerusform>
                <numerusform>C'est arrivé %n fois. Il s'agit d'un défaut de l'application, pas d'une erreur de votre part. Les marques déjà enregistrées sont en sécurité. Redémarrez l'application et envoyez les détails à votre support informatique.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Masquer les détails</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This database is at revision {stored}, which this version of attendance-desktop does not know (the newest it knows is {known}).</source>
            <translation>Cette base de données est à la révision {stored}, que cette version d'attendance-desktop ne connaît pas (la plus récente qu'elle connaisse est {known}).</translation>
        </message>
        <message>
            <source>A newer version of the app has upgraded it: install that version on this computer. Nothing was changed in the database.</source>
            <translation>Une version plus récente du logiciel l'a mise à niveau : installez cette version sur cet ordinateur. Rien n'a été modifié dans la base de données.</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <source>Attendance row {row} was changed by {who} on {machine} (now version {version}, you had version {yours}).</source>
            <translation>La ligne de présence {row} a été modifiée par {who} sur {machine} (version {version} maintenant, vous aviez la version {yours}).</translation>
        </message>
        <message>
            <source>Attendance row {row} was changed by {who} (now version {version}, you had version {yours}).</source>
            <translation>La ligne de présence {row} a été modifiée par {who} (version {version} maintenant, vous aviez la version {yours}).</translation>
        </message>
        <message>
            <source>Nothing was overwritten; review their change and yours.</source>
            <translation>Rien n'a été écrasé ; comparez leur modification et la vôtre.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Attendance rate = attended / marked sessions (Present and Late attend; Absent and Excused are missed). Chronic absence = missing 10% or more, excused included.</source>
            <translation>Taux de présence = cours suivis / cours renseignés (présent et en retard comptent comme présence ; absent et excusé comme absence). Absentéisme chronique = 10 % d'absences ou plus, absences excusées comprises.</translation>
        </message>
        <message>
            <source>{school}: {report}</source>
            <translation>{school} : {report}</translation>
        </message>
        <message>
            <source>Dates and times in {zone}.</source>
            <translation>Dates et heures : {zone}.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>student number {number}</source>
            <translation>numéro d'élève {number}</translation>
        </message>
        <message>
            <source>roster ID {id}</source>
            <translation>identifiant des listes {id}</translation>
        </message>
        <message>
            <source>{student} ({ids})</source>
            <translation>{student} ({ids})</translation>
        </message>
        <message>
            <source>{student}, attendance {range}</source>
            <translation>{student}, présence {range}</translation>
        </message>
        <message numerus="yes">
            <source>Attendance {rate} ({attended} of %n marked sessions).</source>
            <translation>
                <numerusform>Présence {rate} ({attended} cours sur %n renseigné).</numerusform>
                <numerusform>Présence {rate} ({attended} cours sur %n renseignés).</numerusform>
            </translation>
        </message>
        <message>
            <source>Chronically absent: {answer}.</source>
            <translation>Absentéisme chronique : {answer}.</translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Compte comme</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Share of marked</source>
            <translation>Part des cours renseignés</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Chronically absent</source>
            <translation>Absentéisme chronique</translation>
        </message>
        <message>
            <source>attended</source>
            <comment>what a code counts as</comment>
            <translation>présence</translation>
        </message>
        <message>
            <source>missed</source>
            <comment>what a code counts as</comment>
            <translation>absence</translation>
        </message>
        <message>
            <source>{class_name} ({teacher}), class summary {range}</source>
            <translation>{class_name} ({teacher}), bilan de la classe {range}</translation>
        </message>
        <message>
            <source>{class_name}, class summary {range}</source>
            <translation>{class_name}, bilan de la classe {range}</translation>
        </message>
        <message>
            <source>Lessons: {lessons}; registers taken: {taken}.</source>
            <translation>Cours : {lessons} ; appels faits : {taken}.</translation>
        </message>
        <message numerus="yes">
            <source>Class attendance {rate} ({attended} of %n marked sessions).</source>
            <translation>
                <numerusform>Présence de la classe {rate} ({attended} sur %n cours renseigné).</numerusform>
                <numerusform>Présence de la classe {rate} ({attended} sur %n cours renseignés).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chronically absent: {chronic} of %n students.</source>
            <translation>
                <numerusform>Absentéisme chronique : {chronic} sur %n élève.</numerusform>
                <numerusform>Absentéisme chronique : {chronic} sur %n élèves.</numerusform>
            </translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Numéro d'élève</translation>
        </message>
        <message>
            <source>{label} ({code})</source>
            <comment>a column: a mark's name and its code</comment>
            <translation>{label} ({code})</translation>
        </message>
        <message>
            <source>Class summary</source>
            <translation>Bilan de la classe</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Roster ID</source>
            <translation>ID des listes</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Renseignés</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Taux de présence</translation>
        </message>
        <message>
            <source>Rate</source>
            <comment>short column title: attendance rate</comment>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Chronic absence</source>
            <translation>Absentéisme chronique</translation>
        </message>
        <message>
            <source>Chronic</source>
            <comment>short column title: chronic absence</comment>
            <translation>Chronique</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Toute la classe</translation>
        </message>
        <message>
            <source>up to {date}</source>
            <translation>jusqu'au {date}</translation>
        </message>
        <message>
            <source>Registers never taken, {range}</source>
            <translation>Appels jamais faits, {range}</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons that ended by {moment} with no register: never started, or started with nobody marked.</source>
            <translation>
                <numerusform>%n cours terminé au plus tard le {moment} sans appel : jamais commencé, ou commencé sans aucun statut saisi.</numerusform>
                <numerusform>%n cours terminés au plus tard le {moment} sans appel : jamais commencés, ou commencés sans aucun statut saisi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Missing registers</source>
            <translation>Appels manquants</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Enseignant</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Rate by week</source>
            <translation>Taux par semaine</translation>
        </message>
        <message>
            <source>{class_name}, attendance rate by week {range}</source>
            <translation>{class_name}, taux de présence par semaine {range}</translation>
        </message>
        <message>
            <source>Rate by day</source>
            <translation>Taux par jour</translation>
        </message>
        <message>
            <source>{class_name}, attendance rate by day {range}</source>
            <translation>{class_name}, taux de présence par jour {range}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Register not started.</source>
            <translation>Appel non commencé.</translation>
        </message>
        <message>
            <source>Register open.</source>
            <translation>Appel ouvert.</translation>
        </message>
        <message>
            <source>Register closed.</source>
            <translation>Appel clos.</translation>
        </message>
        <message>
            <source>Register {state}.</source>
            <translation>Appel : {state}.</translation>
        </message>
        <message>
            <source>{date}, {start}-{end}</source>
            <translation>{date}, {start}–{end}</translation>
        </message>
        <message>
            <source>{class_name} register, {when}</source>
            <translation>Appel {class_name}, {when}</translation>
        </message>
        <message>
            <source>{teacher} (covering for {class_teacher})</source>
            <translation>{teacher} (remplace {class_teacher})</translation>
        </message>
        <message>
            <source>Taken by {teacher}, room {room}.</source>
            <translation>Appel fait par {teacher}, salle {room}.</translation>
        </message>
        <message>
            <source>Taken by {teacher}.</source>
            <translation>Appel fait par {teacher}.</translation>
        </message>
        <message>
            <source>#</source>
            <comment>column of row numbers</comment>
            <translation>N°</translation>
        </message>
        <message>
            <source>{title} (%)</source>
            <comment>a CSV column of percentages</comment>
            <translation>{title} (%)</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Cannot export to '{file}': only .csv and .xlsx files are supported.</source>
            <translation>Impossible d'exporter vers « {file} » : seuls les fichiers .csv et .xlsx sont pris en charge.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>Impossible d'écrire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Choose another folder, or close the file if a spreadsheet has it open.</source>
            <translation>Choisissez un autre dossier, ou fermez le fichier s'il est ouvert dans un tableur.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Welcome to attendance-desktop.

The register opens once the school is set up: choose how to start in the window in front.</source>
            <translation>Bienvenue dans attendance-desktop.

L'appel s'ouvrira une fois l'établissement configuré : choisissez comment commencer dans la fenêtre au premier plan.</translation>
        </message>
        <message>
            <source>Welcome to attendance-desktop</source>
            <translation>Bienvenue dans attendance-desktop</translation>
        </message>
        <message>
            <source>Import a roster…</source>
            <translation>Importer les listes…</translation>
        </message>
        <message>
            <source>Bring in your school's teachers, classes and students: a CSV file saved from a spreadsheet, or the OneRoster export (.zip) of your student information system. You see every change, or every problem, before anything is written.</source>
            <translation>Importez les enseignants, les classes et les élèves de votre établissement : un fichier CSV enregistré depuis un tableur, ou l'export OneRoster (.zip) de votre logiciel de vie scolaire. Vous voyez chaque modification, ou chaque problème, avant que quoi que ce soit ne soit écrit.</translation>
        </message>
        <message>
            <source>Load a demo school</source>
            <translation>Charger un établissement de démonstration</translation>
        </message>
        <message>
            <source>Try everything with a made-up school: {teachers} teachers, {classes} classes and {weeks} weeks of registers. The made-up people go into this database; to start for real afterwards, choose a new database in Settings.</source>
            <translation>Essayez tout avec un établissement fictif : {teachers} enseignants, {classes} classes et {weeks} semaines d'appels. Les personnes fictives sont ajoutées à cette base de données ; pour commencer pour de vrai ensuite, choisissez une nouvelle base de données dans les Paramètres.</translation>
        </message>
        <message>
            <source>Connect to a school server instead…</source>
            <translation>Se connecter plutôt à un serveur de l'établissement…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>Bienvenue !</translation>
        </message>
        <message>
            <source>This register is empty. To take attendance, the app needs your school's teachers, classes and students. How would you like to start?</source>
            <translation>Ce registre est vide. Pour faire l'appel, l'application a besoin des enseignants, des classes et des élèves de votre établissement. Comment souhaitez-vous commencer ?</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Noté</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Merged with another change</source>
            <translation>Fusionné avec une autre modification</translation>
        </message>
        <message>
            <source>Override (kept on purpose)</source>
            <translation>Forcé (maintenu volontairement)</translation>
        </message>
        <message>
            <source>Changed after closing</source>
            <translation>Modifié après la clôture</translation>
        </message>
        <message>
            <source>Sent after being offline</source>
            <translation>Envoyé après une coupure</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Non noté</translation>
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
            <translation>Remarque : « {old} » → « {new} »</translation>
        </message>
        <message>
            <source>{mark} (unchanged)</source>
            <translation>{mark} (inchangé)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Made {moment}</source>
            <translation>Fait le {moment}</translation>
        </message>
        <message>
            <source>Made {moment}; saved {saved}</source>
            <translation>Fait le {moment} ; enregistré le {saved}</translation>
        </message>
        <message>
            <source>{moment} (saved {saved})</source>
            <translation>{moment} (enregistré {saved})</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date} à {time}</translation>
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
            <translation>Historique : {student}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{student}&lt;/b&gt;: every change to this register row, newest first.</source>
            <translation>&lt;b&gt;{student}&lt;/b&gt; : toutes les modifications de cette ligne de l'appel, les plus récentes d'abord.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message numerus="yes">
            <source>%n changes.</source>
            <translation>
                <numerusform>%n modification.</numerusform>
                <numerusform>%n modifications.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes yet.</source>
            <translation>Aucune modification pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>ImportCli</name>
        <message>
            <source>Read {path}: {description}.</source>
            <translation>Lu {path} : {description}.</translation>
        </message>
        <message>
            <source>Text encoding: {encoding}.</source>
            <translation>Encodage du texte : {encoding}.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Remarque : {note}</translation>
        </message>
        <message>
            <source>Warning: {problem}</source>
            <translation>Avertissement : {problem}</translation>
        </message>
        <message>
            <source>Dry run: nothing was written. The import would make these changes:</source>
            <translation>Essai à blanc : rien n'a été écrit. L'import ferait ces modifications :</translation>
        </message>
        <message>
            <source>Imported into {database}:</source>
            <translation>Importé dans {database} :</translation>
        </message>
        <message>
            <source>The register already matches this roster; nothing was changed:</source>
            <translation>Le logiciel correspond déjà à ces listes ; rien n'a été modifié :</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems:</source>
            <translation>
                <numerusform>Les listes ont %n problème :</numerusform>
                <numerusform>Les listes ont %n problèmes :</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported. Fix the problems in the file and run the import again.</source>
            <translation>Rien n'a été importé. Corrigez les problèmes dans le fichier et relancez l'import.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>A &lt;b&gt;CSV file&lt;/b&gt; with one row per student and class (columns such as First name, Last name, Class, Teacher) or one row per person with a role or type column, or the &lt;b&gt;whole-school export&lt;/b&gt; of your school's information system, as its folder or .zip: &lt;b&gt;OneRoster&lt;/b&gt; 1.0, 1.1 or 1.2, &lt;b&gt;Microsoft School Data Sync&lt;/b&gt; v1, v2 or v2.1, or &lt;b&gt;Clever&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Nothing is written until you press &lt;b&gt;Import&lt;/b&gt;; an import is all or nothing, and nothing is ever deleted (students who left are given an end date).</source>
            <translation>Un &lt;b&gt;fichier CSV&lt;/b&gt; avec une ligne par élève et par classe (colonnes comme First name, Last name, Class, Teacher) ou une ligne par personne avec une colonne de rôle ou de type, ou l'&lt;b&gt;export complet&lt;/b&gt; du logiciel de gestion de votre établissement, en dossier ou en .zip : &lt;b&gt;OneRoster&lt;/b&gt; 1.0, 1.1 ou 1.2, &lt;b&gt;Microsoft School Data Sync&lt;/b&gt; v1, v2 ou v2.1, ou &lt;b&gt;Clever&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Rien n'est écrit avant que vous appuyiez sur &lt;b&gt;Importer&lt;/b&gt; ; un import se fait en entier ou pas du tout, et rien n'est jamais supprimé (les élèves partis reçoivent une date de fin).</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Modifiés</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirés</translation>
        </message>
        <message>
            <source>Not in the register yet: will be added</source>
            <translation>Pas encore dans le logiciel : sera ajouté</translation>
        </message>
        <message>
            <source>In the register with different details (a name, room, teacher...)</source>
            <translation>Dans le logiciel avec d'autres informations (nom, salle, enseignant…)</translation>
        </message>
        <message>
            <source>Already in the register exactly as in this roster</source>
            <translation>Déjà dans le logiciel exactement comme dans ces listes</translation>
        </message>
        <message>
            <source>Students given an end date in a class, or people and classes marked inactive. Nothing is deleted: their history stays.</source>
            <translation>Élèves qui reçoivent une date de fin dans une classe, ou personnes et classes marquées inactives. Rien n'est supprimé : leur historique est conservé.</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>Importer les listes</translation>
        </message>
        <message>
            <source>Bring in teachers, classes and students from your school's information system.</source>
            <translation>Importez les enseignants, les classes et les élèves depuis le logiciel de gestion de votre établissement.</translation>
        </message>
        <message>
            <source>A .csv file, or a OneRoster folder or .zip</source>
            <translation>Un fichier .csv, ou un dossier ou .zip OneRoster</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>Choisir un &amp;fichier…</translation>
        </message>
        <message>
            <source>A CSV file, or a OneRoster export saved as a .zip</source>
            <translation>Un fichier CSV, ou un export OneRoster enregistré en .zip</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>Choisir un &amp;dossier…</translation>
        </message>
        <message>
            <source>A OneRoster export unpacked into a folder</source>
            <translation>Un export OneRoster décompressé dans un dossier</translation>
        </message>
        <message>
            <source>Nothing has been written. Fix these in the file (or in your school's system and export again), then choose the file again.</source>
            <translation>Rien n'a été écrit. Corrigez ces problèmes dans le fichier (ou dans le logiciel de votre établissement, puis exportez à nouveau), puis choisissez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>&amp;Copy problems</source>
            <translation>&amp;Copier les problèmes</translation>
        </message>
        <message>
            <source>Copy the list to the clipboard, to send to whoever keeps the file</source>
            <translation>Copier la liste dans le presse-papiers, pour l'envoyer à la personne qui gère le fichier</translation>
        </message>
        <message>
            <source>%v of %m rows written</source>
            <translation>%v lignes écrites sur %m</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Choose a roster file</source>
            <translation>Choisir un fichier de listes</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
            <translation>Listes (*.csv *.txt *.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose a OneRoster folder</source>
            <translation>Choisir un dossier OneRoster</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Lecture de {file}…</translation>
        </message>
        <message>
            <source>{description}. Comparing with the register…</source>
            <translation>{description}. Comparaison avec le logiciel…</translation>
        </message>
        <message>
            <source>The roster could not be compared with the register.</source>
            <translation>Les listes n'ont pas pu être comparées avec le logiciel.</translation>
        </message>
        <message>
            <source>The roster could not be read.</source>
            <translation>Les listes n'ont pas pu être lues.</translation>
        </message>
        <message>
            <source>This roster would make these changes:</source>
            <translation>Ces listes feraient ces modifications :</translation>
        </message>
        <message>
            <source>The register already matches this roster: there is nothing to import.</source>
            <translation>Le logiciel correspond déjà à ces listes : il n'y a rien à importer.</translation>
        </message>
        <message>
            <source>Press Import to write these changes, all in one go.</source>
            <translation>Appuyez sur Importer pour écrire ces modifications en une seule fois.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Rien à faire.</translation>
        </message>
        <message>
            <source>{file}: {description}.</source>
            <translation>{file} : {description}.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}.</source>
            <translation>{file} : {description}. Lu en {encoding}.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by commas.</source>
            <translation>{file} : {description}. Lu en {encoding}, valeurs séparées par des virgules.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by semicolons.</source>
            <translation>{file} : {description}. Lu en {encoding}, valeurs séparées par des points-virgules.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by tabs.</source>
            <translation>{file} : {description}. Lu en {encoding}, valeurs séparées par des tabulations.</translation>
        </message>
        <message>
            <source>{file}: {description}. Read as {encoding}, values separated by {separator}.</source>
            <translation>{file} : {description}. Lu en {encoding}, valeurs séparées par {separator}.</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more.</source>
            <translation>
                <numerusform>… et %n autre.</numerusform>
                <numerusform>… et %n autres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings (the import can go ahead)</source>
            <translation>
                <numerusform>%n avertissement (l'import peut avoir lieu)</numerusform>
                <numerusform>%n avertissements (l'import peut avoir lieu)</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems. It cannot be imported until they are fixed.</source>
            <translation>
                <numerusform>Les listes ont %n problème. Elles ne peuvent pas être importées tant qu'il n'est pas corrigé.</numerusform>
                <numerusform>Les listes ont %n problèmes. Elles ne peuvent pas être importées tant qu'ils ne sont pas corrigés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in {file}.</source>
            <translation>
                <numerusform>Rien n'a été importé : %n problème dans {file}.</numerusform>
                <numerusform>Rien n'a été importé : %n problèmes dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems.</source>
            <translation>
                <numerusform>Rien n'a été importé : %n problème.</numerusform>
                <numerusform>Rien n'a été importé : %n problèmes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n problems, nothing was imported.</source>
            <translation>
                <numerusform>{file} : %n problème, rien n'a été importé.</numerusform>
                <numerusform>{file} : %n problèmes, rien n'a été importé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster: %n problems, nothing was imported.</source>
            <translation>
                <numerusform>Les listes : %n problème, rien n'a été importé.</numerusform>
                <numerusform>Les listes : %n problèmes, rien n'a été importé.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Import de {file}…</translation>
        </message>
        <message>
            <source>Stopping the import and undoing what it wrote…</source>
            <translation>Arrêt de l'import et annulation de ce qu'il a écrit…</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was imported.</source>
            <translation>Import annulé. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>Imported. These changes were made:</source>
            <translation>Importé. Ces modifications ont été faites :</translation>
        </message>
        <message>
            <source>{file} was imported. The lessons and registers now use it.</source>
            <translation>{file} a été importé. Les cours et les appels l'utilisent désormais.</translation>
        </message>
        <message>
            <source>The roster was imported. The lessons and registers now use it.</source>
            <translation>Les listes ont été importées. Les cours et les appels les utilisent désormais.</translation>
        </message>
        <message>
            <source>The import failed. Nothing was imported.</source>
            <translation>L'import a échoué. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>{what} {why}</source>
            <translation>{what} {why}</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <source>Choose the roster to import.</source>
            <translation>Choisissez les listes à importer.</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>{teacher}, cover for {absent}</source>
            <translation>{teacher}, en remplacement de {absent}</translation>
        </message>
        <message>
            <source>Lesson {number} no longer exists.</source>
            <translation>Le cours n° {number} n'existe plus.</translation>
        </message>
        <message>
            <source>no teacher</source>
            <translation>aucun enseignant</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Enseignant</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Saisis</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Pas commencé</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>Not taken</source>
            <translation>Appel non fait</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Remplacé</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Remplacement</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>pas commencé</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>clos</translation>
        </message>
        <message>
            <source>not taken</source>
            <translation>appel non fait</translation>
        </message>
        <message numerus="yes">
            <source>%n students enrolled; start the register to mark them</source>
            <translation>
                <numerusform>%n élève inscrit ; commencez l'appel pour le noter</numerusform>
                <numerusform>%n élèves inscrits ; commencez l'appel pour les noter</numerusform>
            </translation>
        </message>
        <message>
            <source>This lesson is over and its register was never started</source>
            <translation>Ce cours est terminé et l'appel n'a jamais été commencé</translation>
        </message>
        <message>
            <source>{cover}: not started yet; Enter starts its register</source>
            <translation>{cover} : pas encore commencé ; Entrée commence l'appel</translation>
        </message>
        <message>
            <source>{cover}, who takes its register (now: {state})</source>
            <translation>{cover}, qui fait l'appel (actuellement : {state})</translation>
        </message>
        <message>
            <source>On now</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Cover for {teacher}</source>
            <translation>Remplacement de {teacher}</translation>
        </message>
        <message>
            <source>Covered by {teacher}</source>
            <translation>Remplacé par {teacher}</translation>
        </message>
        <message>
            <source>{class_name}: {subject}</source>
            <translation>{class_name} : {subject}</translation>
        </message>
        <message>
            <source>Cover for {absent}: you cover it for {absent}, and take its register</source>
            <translation>Remplacement de {absent} : vous remplacez {absent} et faites l'appel</translation>
        </message>
        <message>
            <source>Covered by {teacher}: {teacher} covers it for {absent}, and takes its register</source>
            <translation>Remplacé par {teacher} : {teacher} remplace {absent} et fait l'appel</translation>
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
            <translation>{teacher} (remplacement)</translation>
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
            <translation>{key} / Tous présents</translation>
        </message>
        <message>
            <source>mark everyone not yet marked as Present (a register not started is started first)</source>
            <translation>noter présents tous les élèves pas encore notés (un appel pas encore commencé est d'abord commencé)</translation>
        </message>
        <message>
            <source>mark the selected student and move to the next; these keys always mark, they never search</source>
            <translation>noter l'élève sélectionné et passer au suivant ; ces touches notent toujours, elles ne cherchent jamais</translation>
        </message>
        <message>
            <source>a row's number (&lt;b&gt;1&lt;/b&gt;, &lt;b&gt;12&lt;/b&gt;…)</source>
            <translation>le numéro d'une ligne (&lt;b&gt;1&lt;/b&gt;, &lt;b&gt;12&lt;/b&gt;…)</translation>
        </message>
        <message>
            <source>go to that student (the numbers are left of the names)</source>
            <translation>aller à cet élève (les numéros sont à gauche des noms)</translation>
        </message>
        <message>
            <source>other letters</source>
            <translation>autres lettres</translation>
        </message>
        <message>
            <source>find a student by name (a mark's key ends the search and marks the student found)</source>
            <translation>chercher un élève par son nom (la touche d'un statut termine la recherche et note l'élève trouvé)</translation>
        </message>
        <message>
            <source>&lt;b&gt;/&lt;/b&gt; then a name</source>
            <translation>&lt;b&gt;/&lt;/b&gt; puis un nom</translation>
        </message>
        <message>
            <source>find a name that starts with a mark's letter (Enter ends the search)</source>
            <translation>chercher un nom qui commence par la lettre d'un statut (Entrée termine la recherche)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt;, &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt;</source>
            <translation>&lt;b&gt;Haut&lt;/b&gt;/&lt;b&gt;Bas&lt;/b&gt;, &lt;b&gt;J&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt;</translation>
        </message>
        <message>
            <source>move between students</source>
            <translation>passer d'un élève à l'autre</translation>
        </message>
        <message>
            <source>&lt;b&gt;Space&lt;/b&gt; / click the status</source>
            <translation>&lt;b&gt;Espace&lt;/b&gt; / clic sur le statut</translation>
        </message>
        <message>
            <source>step to the next mark (a double click is one step)</source>
            <translation>passer au statut suivant (un double-clic compte pour un pas)</translation>
        </message>
        <message>
            <source>undo the last mark (or the last "everyone present")</source>
            <translation>annuler le dernier statut (ou le dernier « tous présents »)</translation>
        </message>
        <message>
            <source>edit the note</source>
            <translation>modifier la remarque</translation>
        </message>
        <message>
            <source>the selected student's history: every change, who, when</source>
            <translation>l'historique de l'élève sélectionné : chaque modification, qui, quand</translation>
        </message>
        <message>
            <source>right-click</source>
            <translation>clic droit</translation>
        </message>
        <message>
            <source>every mark, the note and the row's history</source>
            <translation>tous les statuts, la remarque et l'historique de la ligne</translation>
        </message>
        <message>
            <source>start the selected lesson's register and go to it</source>
            <translation>commencer l'appel du cours sélectionné et y aller</translation>
        </message>
        <message>
            <source>a new lesson: take a register for a class now (or a cover)</source>
            <translation>un nouveau cours : faire l'appel d'une classe maintenant (ou d'un remplacement)</translation>
        </message>
        <message>
            <source>previous / next day</source>
            <translation>jour précédent / suivant</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>quit (marks not saved yet are kept for the next start)</source>
            <translation>quitter (les statuts pas encore enregistrés sont gardés pour le prochain démarrage)</translation>
        </message>
        <message>
            <source>this help</source>
            <translation>cette aide</translation>
        </message>
        <message>
            <source>Present after the grace period becomes Late automatically; press {key} again to keep Present.</source>
            <translation>Présent après le délai de tolérance devient automatiquement En retard ; appuyez de nouveau sur {key} pour garder Présent.</translation>
        </message>
        <message>
            <source>Taking a register</source>
            <translation>Faire l'appel</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Cours</translation>
        </message>
        <message>
            <source>Attendance register — DEMO (nothing is kept)</source>
            <translation>Registre d'appel — DÉMO (rien n'est conservé)</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Registre d'appel</translation>
        </message>
        <message>
            <source>The day's lessons. Enter starts the selected lesson's register and goes to it.</source>
            <translation>Les cours de la journée. Entrée commence l'appel du cours sélectionné et y va.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n marks kept on this computer from the last time the app ran…</source>
            <translation>
                <numerusform>Envoi de %n statut gardé sur cet ordinateur depuis la dernière utilisation de l'application…</numerusform>
                <numerusform>Envoi de %n statuts gardés sur cet ordinateur depuis la dernière utilisation de l'application…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Import roster…</source>
            <translation>Importer les &amp;listes…</translation>
        </message>
        <message>
            <source>Students, teachers and classes from a CSV file or a OneRoster export</source>
            <translation>Élèves, enseignants et classes depuis un fichier CSV ou un export OneRoster</translation>
        </message>
        <message>
            <source>Import &amp;timetable…</source>
            <translation>Importer l'&amp;emploi du temps…</translation>
        </message>
        <message>
            <source>Bell times, the timetable or holidays from a CSV or iCalendar (.ics) file</source>
            <translation>Horaires des cours, emploi du temps ou vacances depuis un fichier CSV ou iCalendar (.ics)</translation>
        </message>
        <message>
            <source>&amp;Reports…</source>
            <translation>&amp;Rapports…</translation>
        </message>
        <message>
            <source>Class summaries, student histories and missing registers, with charts and exports</source>
            <translation>Bilans de classe, historiques d'élèves et appels manquants, avec graphiques et exports</translation>
        </message>
        <message>
            <source>Change t&amp;eacher…</source>
            <translation>Changer d'ensei&amp;gnant…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Aujourd'hui</translation>
        </message>
        <message>
            <source>&amp;Previous day</source>
            <translation>Jour &amp;précédent</translation>
        </message>
        <message>
            <source>&amp;Next day</source>
            <translation>Jour &amp;suivant</translation>
        </message>
        <message>
            <source>&amp;All teachers' lessons</source>
            <translation>Cours de &amp;tous les enseignants</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Actualise&amp;r</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Appel</translation>
        </message>
        <message>
            <source>&amp;New lesson…</source>
            <translation>&amp;Nouveau cours…</translation>
        </message>
        <message>
            <source>Take a register for one of your classes now (or a cover lesson), when the timetable has no lesson for it</source>
            <translation>Faire l'appel d'une de vos classes maintenant (ou d'un remplacement), quand l'emploi du temps n'a pas de cours pour elle</translation>
        </message>
        <message>
            <source>&amp;Cover…</source>
            <translation>&amp;Remplacement…</translation>
        </message>
        <message>
            <source>The office gives an absent teacher's lessons (one, or a whole day) to a cover teacher</source>
            <translation>La vie scolaire confie les cours d'un enseignant absent (un seul ou une journée entière) à un enseignant remplaçant</translation>
        </message>
        <message>
            <source>&amp;Start register</source>
            <translation>&amp;Commencer l'appel</translation>
        </message>
        <message>
            <source>Mark everyone &amp;present</source>
            <translation>Tous &amp;présents</translation>
        </message>
        <message>
            <source>Everyone not yet marked becomes Present (Late after the grace period)</source>
            <translation>Tous les élèves pas encore notés deviennent présents (en retard après le délai de tolérance)</translation>
        </message>
        <message>
            <source>&amp;Undo last mark</source>
            <translation>&amp;Annuler le dernier statut</translation>
        </message>
        <message>
            <source>Student's &amp;history…</source>
            <translation>&amp;Historique de l'élève…</translation>
        </message>
        <message>
            <source>Every change to the selected student's mark: old and new, who, when, where</source>
            <translation>Chaque modification du statut de l'élève sélectionné : ancien et nouveau, qui, quand, où</translation>
        </message>
        <message>
            <source>Edit &amp;note</source>
            <translation>Modifier la r&amp;emarque</translation>
        </message>
        <message>
            <source>&amp;Close register</source>
            <translation>C&amp;lore l'appel</translation>
        </message>
        <message>
            <source>&amp;Reopen register…</source>
            <translation>R&amp;ouvrir l'appel…</translation>
        </message>
        <message>
            <source>Retry &amp;unsaved marks</source>
            <translation>Renvo&amp;yer les statuts non enregistrés</translation>
        </message>
        <message>
            <source>&amp;Print register…</source>
            <translation>&amp;Imprimer l'appel…</translation>
        </message>
        <message>
            <source>The register as a school files it: every student with mark and time, and a signature line</source>
            <translation>L'appel tel que l'école l'archive : chaque élève avec son statut et l'heure, et une ligne de signature</translation>
        </message>
        <message>
            <source>Save register as P&amp;DF…</source>
            <translation>Enregistrer l'appel en P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>À &amp;propos</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Jour précédent</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Jour suivant ▶</translation>
        </message>
        <message>
            <source>All teachers</source>
            <translation>Tous les enseignants</translation>
        </message>
        <message>
            <source>Show every teacher's lessons, not only yours</source>
            <translation>Afficher les cours de tous les enseignants, pas seulement les vôtres</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Hide this message (the row keeps saying why)</source>
            <translation>Masquer ce message (la ligne continue d'indiquer pourquoi)</translation>
        </message>
        <message>
            <source>{student}'s mark was not saved. {why}</source>
            <translation>Le statut de {student} n'a pas été enregistré. {why}</translation>
        </message>
        <message>
            <source>A mark was not saved. {why}</source>
            <translation>Un statut n'a pas été enregistré. {why}</translation>
        </message>
        <message>
            <source>Only the school office can give cover (this login is a teacher's)</source>
            <translation>Seule la vie scolaire peut attribuer un remplacement (cette connexion est celle d'un enseignant)</translation>
        </message>
        <message>
            <source>Teacher: {name}</source>
            <translation>Enseignant : {name}</translation>
        </message>
        <message>
            <source>No teacher chosen</source>
            <translation>Aucun enseignant choisi</translation>
        </message>
        <message>
            <source>{date} (today)</source>
            <translation>{date} (aujourd'hui)</translation>
        </message>
        <message>
            <source>{date} (yesterday)</source>
            <translation>{date} (hier)</translation>
        </message>
        <message>
            <source>{date} (tomorrow)</source>
            <translation>{date} (demain)</translation>
        </message>
        <message>
            <source>No lessons for anyone on {day}.

Press {key} (Register &gt; New lesson…) to take a register for a class, or use Previous day / Next day to look at other days.</source>
            <translation>Aucun cours pour personne le {day}.

Appuyez sur {key} (Appel &gt; Nouveau cours…) pour faire l'appel d'une classe, ou utilisez Jour précédent / Jour suivant pour voir d'autres jours.</translation>
        </message>
        <message>
            <source>No lessons for you on {day}.

Press {key} (Register &gt; New lesson…) to take a register for a class, or use Previous day / Next day to look at other days, or tick All teachers.</source>
            <translation>Aucun cours pour vous le {day}.

Appuyez sur {key} (Appel &gt; Nouveau cours…) pour faire l'appel d'une classe, utilisez Jour précédent / Jour suivant pour voir d'autres jours, ou cochez Tous les enseignants.</translation>
        </message>
        <message>
            <source>The connection to the server was lost: other computers' changes are not shown until it is back (your marks are kept on this computer meanwhile).</source>
            <translation>La connexion au serveur est perdue : les modifications des autres ordinateurs ne s'affichent plus jusqu'à son retour (vos statuts sont gardés sur cet ordinateur en attendant).</translation>
        </message>
        <message>
            <source>The server is back.</source>
            <translation>Le serveur est de retour.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n marks kept on this computer from the last time the app ran.</source>
            <translation>
                <numerusform>%n statut gardé sur cet ordinateur depuis la dernière utilisation de l'application a été envoyé.</numerusform>
                <numerusform>%n statuts gardés sur cet ordinateur depuis la dernière utilisation de l'application ont été envoyés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n marks kept on this computer.</source>
            <translation>
                <numerusform>%n statut gardé sur cet ordinateur a été envoyé.</numerusform>
                <numerusform>%n statuts gardés sur cet ordinateur ont été envoyés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n had been changed on another computer meanwhile: see the bar above the register.</source>
            <translation>
                <numerusform>%n avait été modifié sur un autre ordinateur entre-temps : voir la barre au-dessus de l'appel.</numerusform>
                <numerusform>%n avaient été modifiés sur un autre ordinateur entre-temps : voir la barre au-dessus de l'appel.</numerusform>
            </translation>
        </message>
        <message>
            <source>{search}   Enter or Esc to stop searching.</source>
            <translation>{search}   Entrée ou Échap pour arrêter la recherche.</translation>
        </message>
        <message>
            <source>{all_key}: all present · {keys}: mark · {numbers}: go to a student · other letters: find · {help_key} help</source>
            <translation>{all_key} : tous présents · {keys} : noter · {numbers} : aller à un élève · autres lettres : chercher · {help_key} aide</translation>
        </message>
        <message>
            <source>A mark's key always marks; a row's number goes to that student; letters that are not a mark's key find a student by name (/ finds any name). Space steps to the next mark, N edits the note, {undo_key} undoes.</source>
            <translation>La touche d'un statut note toujours ; le numéro d'une ligne va à cet élève ; les lettres qui ne sont pas la touche d'un statut cherchent un élève par son nom (/ trouve n'importe quel nom). Espace passe au statut suivant, N modifie la remarque, {undo_key} annule.</translation>
        </message>
        <message numerus="yes">
            <source>%n marks waiting on this computer</source>
            <translation>
                <numerusform>%n statut en attente sur cet ordinateur</numerusform>
                <numerusform>%n statuts en attente sur cet ordinateur</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in a file on this computer; sent when the server answers again</source>
            <translation>Gardés dans un fichier sur cet ordinateur ; envoyés dès que le serveur répond à nouveau</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n not saved</source>
            <translation>
                <numerusform>⚠ %n non enregistré</numerusform>
                <numerusform>⚠ %n non enregistrés</numerusform>
            </translation>
        </message>
        <message>
            <source>Retried automatically; Register &gt; Retry unsaved marks</source>
            <translation>Réessayé automatiquement ; Appel &gt; Renvoyer les statuts non enregistrés</translation>
        </message>
        <message numerus="yes">
            <source>Saving %n…</source>
            <translation>
                <numerusform>Enregistrement de %n…</numerusform>
                <numerusform>Enregistrement de %n…</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Not connected to the server</source>
            <translation>⚠ Non connecté au serveur</translation>
        </message>
        <message>
            <source>Other computers' changes are not shown until the connection is back; marks made meanwhile are kept on this computer and sent then</source>
            <translation>Les modifications des autres ordinateurs ne s'affichent pas avant le retour de la connexion ; les statuts saisis entre-temps sont gardés sur cet ordinateur et envoyés à ce moment-là</translation>
        </message>
        <message>
            <source>✓ All marks saved</source>
            <translation>✓ Tous les statuts enregistrés</translation>
        </message>
        <message>
            <source>Every mark is in the database</source>
            <translation>Chaque statut est dans la base de données</translation>
        </message>
        <message>
            <source>Database changed</source>
            <translation>Base de données modifiée</translation>
        </message>
        <message>
            <source>The new database will be used the next time the app starts.</source>
            <translation>La nouvelle base de données sera utilisée au prochain démarrage de l'application.</translation>
        </message>
        <message>
            <source>Language changed</source>
            <translation>Langue modifiée</translation>
        </message>
        <message>
            <source>The new language is used the next time the app starts.</source>
            <translation>La nouvelle langue sera utilisée au prochain démarrage de l'application.</translation>
        </message>
        <message>
            <source>Open a lesson first: the register printed is the one shown.</source>
            <translation>Ouvrez d'abord un cours : l'appel imprimé est celui qui est affiché.</translation>
        </message>
        <message>
            <source>Register sent to the printer.</source>
            <translation>Appel envoyé à l'imprimante.</translation>
        </message>
        <message>
            <source>Open a lesson first: the register saved is the one shown.</source>
            <translation>Ouvrez d'abord un cours : l'appel enregistré est celui qui est affiché.</translation>
        </message>
        <message>
            <source>Register saved as {path}</source>
            <translation>Appel enregistré sous {path}</translation>
        </message>
        <message>
            <source>Choose who you are first (File &gt; Change teacher…).</source>
            <translation>Choisissez d'abord qui vous êtes (Fichier &gt; Changer d'enseignant…).</translation>
        </message>
        <message>
            <source>{class_name} already had a lesson at {time}: this is its register.</source>
            <translation>{class_name} avait déjà un cours à {time} : voici son appel.</translation>
        </message>
        <message numerus="yes">
            <source>%n lessons given to {name} on {day}: they are on their day now.</source>
            <translation>
                <numerusform>%n cours du {day} confié à {name} : il figure maintenant dans sa journée.</numerusform>
                <numerusform>%n cours du {day} confiés à {name} : ils figurent maintenant dans sa journée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Marks not saved</source>
            <translation>Statuts non enregistrés</translation>
        </message>
        <message numerus="yes">
            <source>%n marks are not in the database yet (the connection or the file is not available).

If you quit now, they are lost from this computer and written only to the log file. Wait and retry instead?</source>
            <translation>
                <numerusform>%n statut n'est pas encore dans la base de données (la connexion ou le fichier n'est pas disponible).

Si vous quittez maintenant, il est perdu sur cet ordinateur et seulement écrit dans le fichier journal. Attendre et réessayer plutôt ?</numerusform>
                <numerusform>%n statuts ne sont pas encore dans la base de données (la connexion ou le fichier n'est pas disponible).

Si vous quittez maintenant, ils sont perdus sur cet ordinateur et seulement écrits dans le fichier journal. Attendre et réessayer plutôt ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Fermeture</translation>
        </message>
        <message>
            <source>Finishing the last save before closing…

Your marks are already kept in a file on this computer: if the server does not answer, they are sent the next time the app starts.</source>
            <translation>Fin du dernier enregistrement avant la fermeture…

Vos statuts sont déjà gardés dans un fichier sur cet ordinateur : si le serveur ne répond pas, ils seront envoyés au prochain démarrage de l'application.</translation>
        </message>
    </context>
    <context>
        <name>MarkWriter</name>
        <message>
            <source>Row {row}</source>
            <translation>Ligne {row}</translation>
        </message>
        <message>
            <source>The server can't be reached: this mark is kept on this computer and is sent when the server is back.</source>
            <translation>Le serveur est injoignable : ce statut est gardé sur cet ordinateur et sera envoyé au retour du serveur.</translation>
        </message>
        <message>
            <source>Someone changed this student on another computer at the same time. Choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>Quelqu'un a modifié le statut de cet élève sur un autre ordinateur au même moment. Choisissez « Garder le mien » ou « Prendre l'autre » dans la barre au-dessus de l'appel.</translation>
        </message>
        <message>
            <source>{message} Trying again in {seconds} s.</source>
            <translation>{message} Nouvel essai dans {seconds} s.</translation>
        </message>
        <message>
            <source>An unexpected error stopped this mark: {error}.</source>
            <translation>Une erreur inattendue a empêché l'enregistrement de ce statut : {error}.</translation>
        </message>
        <message>
            <source>The server can't be reached and this computer cannot keep the mark either (its journal file cannot be written; the log says why). Keep the app open; it is retried.</source>
            <translation>Le serveur est injoignable et cet ordinateur ne peut pas non plus garder le statut (son fichier journal ne peut pas être écrit ; le fichier de log indique pourquoi). Laissez l'application ouverte ; un nouvel essai sera fait.</translation>
        </message>
    </context>
    <context>
        <name>Marking</name>
        <message>
            <source>someone</source>
            <comment>who changed a mark, when not known</comment>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <source>{name} on {computer}</source>
            <translation>{name} sur {computer}</translation>
        </message>
        <message>
            <source>{name} at {time}</source>
            <translation>{name} à {time}</translation>
        </message>
        <message>
            <source>{name} on {computer} at {time}</source>
            <translation>{name} sur {computer} à {time}</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>Ligne {row}</translation>
        </message>
        <message>
            <source>The server can't be reached.</source>
            <translation>Le serveur est injoignable.</translation>
        </message>
    </context>
    <context>
        <name>NewLesson</name>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Matière</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Élèves</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Enseignant</translation>
        </message>
        <message>
            <source>There are no classes yet. Import your school's roster with File &gt; Import roster…</source>
            <translation>Il n'y a pas encore de classe. Importez les listes de votre établissement avec Fichier &gt; Importer les listes…</translation>
        </message>
        <message>
            <source>File &gt; Import roster…</source>
            <translation>Fichier &gt; Importer les listes…</translation>
        </message>
        <message>
            <source>New lesson</source>
            <translation>Nouveau cours</translation>
        </message>
        <message>
            <source>Choose the class and take its register. If the class already has a lesson at that time, its register is used instead of a new one.</source>
            <translation>Choisissez la classe et faites l'appel. Si la classe a déjà un cours à cette heure-là, son appel est utilisé au lieu d'en créer un nouveau.</translation>
        </message>
        <message>
            <source>Type to find a class: name, subject or room</source>
            <translation>Tapez pour trouver une classe : nom, matière ou salle</translation>
        </message>
        <message>
            <source>Find a class</source>
            <translation>Rechercher une classe</translation>
        </message>
        <message>
            <source>Show &amp;all classes</source>
            <translation>Afficher &amp;toutes les classes</translation>
        </message>
        <message>
            <source>Other teachers' classes too, for a cover lesson</source>
            <translation>Aussi les classes des autres enseignants, pour un remplacement</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Loading classes…</source>
            <translation>Chargement des classes…</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>QLocale date pattern: short weekday, day, month</comment>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source> minutes</source>
            <comment>after the lesson's length</comment>
            <translation> minutes</translation>
        </message>
        <message>
            <source>Lesson length in minutes</source>
            <translation>Durée du cours en minutes</translation>
        </message>
        <message>
            <source>for</source>
            <comment>starts at 09:00 for 50 minutes</comment>
            <translation>pendant</translation>
        </message>
        <message>
            <source>The class's usual room</source>
            <translation>La salle habituelle de la classe</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>Dé&amp;but :</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Salle :</translation>
        </message>
        <message>
            <source>Take register</source>
            <translation>Faire l'appel</translation>
        </message>
        <message>
            <source>You</source>
            <comment>the Teacher column: a class of the person's own</comment>
            <translation>Vous</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>The classes could not be loaded.</source>
            <translation>Les classes n'ont pas pu être chargées.</translation>
        </message>
        <message>
            <source>The classes could not be loaded because of a fault in the app.</source>
            <translation>Les classes n'ont pas pu être chargées à cause d'une erreur de l'application.</translation>
        </message>
        <message>
            <source>No class matches “{typed}”.</source>
            <translation>Aucune classe ne correspond à « {typed} ».</translation>
        </message>
        <message>
            <source>None of your classes matches “{typed}”. Tick Show all classes to look in every class.</source>
            <translation>Aucune de vos classes ne correspond à « {typed} ». Cochez « Afficher toutes les classes » pour chercher dans toutes les classes.</translation>
        </message>
        <message>
            <source>You have no classes of your own. Tick Show all classes to choose another.</source>
            <translation>Vous n'avez aucune classe à vous. Cochez « Afficher toutes les classes » pour en choisir une autre.</translation>
        </message>
        <message>
            <source>You have no classes of your own in the roster, so every class is listed.</source>
            <translation>Aucune classe ne vous est attribuée dans les listes : toutes les classes sont affichées.</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <source>until {time} (the next day)</source>
            <translation>jusqu'à {time} (le lendemain)</translation>
        </message>
        <message>
            <source>until {time}, period {period}</source>
            <translation>jusqu'à {time}, créneau {period}</translation>
        </message>
        <message>
            <source>until {time}</source>
            <translation>jusqu'à {time}</translation>
        </message>
        <message>
            <source>The lesson was not added. {reason}</source>
            <translation>Le cours n'a pas été ajouté. {reason}</translation>
        </message>
        <message>
            <source>The lesson was not added because of a fault in the app.</source>
            <translation>Le cours n'a pas été ajouté à cause d'une erreur de l'application.</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>{number}%</source>
            <translation>{number} %</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>not started</source>
            <translation>non commencé</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>clos</translation>
        </message>
        <message>
            <source>{teacher} (covering for {class_teacher})</source>
            <translation>{teacher} (remplace {class_teacher})</translation>
        </message>
        <message>
            <source>{date}, {times}</source>
            <comment>when a lesson was: its date, then its times</comment>
            <translation>{date}, {times}</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Enseignant</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Élèves</translation>
        </message>
        <message>
            <source>#</source>
            <comment>the column of row numbers</comment>
            <translation>N°</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Roster ID</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>No students were enrolled in this class on this day.</source>
            <translation>Aucun élève n'était inscrit dans cette classe ce jour-là.</translation>
        </message>
        <message>
            <source>Key: {codes}.</source>
            <translation>Légende : {codes}.</translation>
        </message>
        <message>
            <source>Register: {class_name}</source>
            <translation>Feuille d'appel : {class_name}</translation>
        </message>
        <message>
            <source>Signature: {line}</source>
            <translation>Signature : {line}</translation>
        </message>
        <message>
            <source>Date: {line}</source>
            <comment>where the teacher writes the date they signed</comment>
            <translation>Date : {line}</translation>
        </message>
        <message>
            <source>Totals: {line}</source>
            <translation>Totaux : {line}</translation>
        </message>
        <message>
            <source>Not taken in the app: to be marked by hand by {teacher} on {date}.</source>
            <translation>Appel non fait dans l'application : à remplir à la main par {teacher} le {date}.</translation>
        </message>
        <message>
            <source>Not marked {count}</source>
            <translation>Non saisis {count}</translation>
        </message>
        <message>
            <source>{totals}.</source>
            <comment>the totals per code, ending a sentence</comment>
            <translation>{totals}.</translation>
        </message>
        <message numerus="yes">
            <source>{attended} of %n students marked attended ({rate}).</source>
            <translation>
                <numerusform>Présents : {attended} sur %n élève saisi ({rate}).</numerusform>
                <numerusform>Présents : {attended} sur %n élèves saisis ({rate}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody was marked.</source>
            <translation>Aucun élève n'a été saisi.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; the register is still open.</source>
            <translation>Appel fait par {teacher} le {date} ; l'appel est encore ouvert.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; closed at {time}.</source>
            <translation>Appel fait par {teacher} le {date} ; clos à {time}.</translation>
        </message>
        <message>
            <source>Taken by {teacher} on {date}; closed on {closed_date} at {time}.</source>
            <translation>Appel fait par {teacher} le {date} ; clos le {closed_date} à {time}.</translation>
        </message>
        <message>
            <source>{class_name} register, {day} {time}</source>
            <translation>Appel {class_name}, {day} {time}</translation>
        </message>
        <message>
            <source>({attended} of {marked} marked)</source>
            <translation>({attended} sur {marked} saisis)</translation>
        </message>
        <message numerus="yes">
            <source>{lessons} (%n registers taken)</source>
            <translation>
                <numerusform>{lessons} (%n appel fait)</numerusform>
                <numerusform>{lessons} (%n appels faits)</numerusform>
            </translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Matière</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Assiduité</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Cours</translation>
        </message>
        <message numerus="yes">
            <source>{chronic} of %n students chronically absent</source>
            <translation>
                <numerusform>absentéisme chronique : {chronic} sur %n élève</numerusform>
                <numerusform>absentéisme chronique : {chronic} sur %n élèves</numerusform>
            </translation>
        </message>
        <message>
            <source>{chronically_absent} (missed 10% or more of their marked lessons; highlighted below).</source>
            <translation>{chronically_absent} (10 % ou plus des cours saisis manqués ; surlignés ci-dessous).</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n students is chronically absent.</source>
            <translation>
                <numerusform>Aucun absentéisme chronique (%n élève).</numerusform>
                <numerusform>Aucun absentéisme chronique parmi les %n élèves.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked</source>
            <translation>Non saisi</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Saisis</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Chronic</source>
            <translation>Absentéisme</translation>
        </message>
        <message>
            <source>CHRONIC</source>
            <comment>the flag of a chronically absent student</comment>
            <translation>ABSENTÉISME</translation>
        </message>
        <message>
            <source>No students were in this class in this period.</source>
            <translation>Aucun élève dans cette classe sur cette période.</translation>
        </message>
        <message>
            <source>Whole class</source>
            <translation>Toute la classe</translation>
        </message>
        <message>
            <source>Attendance rate = attended / marked sessions (Present and Late attend; Absent and Excused are missed). Chronic absence = missing 10% or more, excused included. Dates in {zone}.</source>
            <translation>Taux d'assiduité = cours suivis / cours saisis (Présent et En retard comptent comme suivis ; Absent et Excusé comme manqués). Absentéisme chronique = 10 % ou plus de cours manqués, absences excusées comprises. Dates et heures selon le fuseau {zone}.</translation>
        </message>
        <message>
            <source>Class summary: {class_name}</source>
            <translation>Bilan de classe : {class_name}</translation>
        </message>
        <message>
            <source>{class_name} class summary, {period}</source>
            <translation>Bilan de classe {class_name}, {period}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>The page could not be drawn for the printer or the PDF file.</source>
            <translation>La page n'a pas pu être préparée pour l'imprimante ou le fichier PDF.</translation>
        </message>
        <message>
            <source>Check that the printer is ready, or save as PDF instead.</source>
            <translation>Vérifiez que l'imprimante est prête, ou enregistrez plutôt en PDF.</translation>
        </message>
        <message>
            <source>{class_name} register, {day}</source>
            <comment>a document's title</comment>
            <translation>Appel {class_name}, {day}</translation>
        </message>
        <message>
            <source>Print register</source>
            <translation>Imprimer l'appel</translation>
        </message>
        <message>
            <source>Print class summary</source>
            <translation>Imprimer le bilan de classe</translation>
        </message>
        <message>
            <source>{class_name} register {day} {time}</source>
            <comment>a file name</comment>
            <translation>{class_name} appel {day} {time}</translation>
        </message>
        <message>
            <source>Save register as PDF</source>
            <translation>Enregistrer l'appel en PDF</translation>
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
            <translation>fusionné</translation>
        </message>
        <message>
            <source>Not marked</source>
            <translation>Non noté</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Last 5</source>
            <translation>5 derniers</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Saved: a tick once the mark is in the database</source>
            <translation>Enregistré : une coche dès que le statut est dans la base de données</translation>
        </message>
        <message>
            <source>The student's last five lessons, oldest on the left</source>
            <translation>Les cinq derniers cours de l'élève, le plus ancien à gauche</translation>
        </message>
        <message>
            <source>Check-in time, recorded when marked present or late</source>
            <translation>Heure d'arrivée, enregistrée quand l'élève est noté présent ou en retard</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Not saved yet, retrying</source>
            <translation>Pas encore enregistré, nouvel essai</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Waiting: kept on this computer</source>
            <translation>En attente : gardé sur cet ordinateur</translation>
        </message>
        <message>
            <source>Changed on another computer too</source>
            <translation>Modifié aussi sur un autre ordinateur</translation>
        </message>
        <message>
            <source>Type {number} to go to this student</source>
            <translation>Tapez {number} pour aller à cet élève</translation>
        </message>
        <message>
            <source>{state}: {message}</source>
            <translation>{state} : {message}</translation>
        </message>
        <message>
            <source>Merged with {computer}: both changes are kept.</source>
            <translation>Fusionné avec {computer} : les deux modifications sont conservées.</translation>
        </message>
        <message>
            <source>No earlier lessons recorded</source>
            <translation>Aucun cours précédent enregistré</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>non noté</translation>
        </message>
        <message>
            <source>Earlier lessons, oldest first: {marks}</source>
            <translation>Cours précédents, du plus ancien au plus récent : {marks}</translation>
        </message>
        <message>
            <source>Arrived {time}</source>
            <translation>Arrivé à {time}</translation>
        </message>
        <message>
            <source>Press N to add a note</source>
            <translation>Appuyez sur N pour ajouter une remarque</translation>
        </message>
        <message>
            <source>Not marked yet. Press a code's key, or click to cycle.</source>
            <translation>Pas encore noté. Appuyez sur la touche d'un statut, ou cliquez pour les faire défiler.</translation>
        </message>
        <message>
            <source>{mark} ({key}). Click to change.</source>
            <translation>{mark} ({key}). Cliquez pour changer.</translation>
        </message>
        <message>
            <source>Last changed by {person}</source>
            <translation>Modifié en dernier par {person}</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Students and their marks. A mark's key marks the selected student; a row's number goes to that student; other letters find a name.</source>
            <translation>Les élèves et leur statut. La touche d'un statut l'attribue à l'élève sélectionné ; le numéro d'une ligne mène à cet élève ; les autres lettres cherchent un nom.</translation>
        </message>
        <message>
            <source>Find: {typed}▏ (no student matches)</source>
            <translation>Chercher : {typed}▏ (aucun élève ne correspond)</translation>
        </message>
        <message>
            <source>Find: {typed}▏</source>
            <translation>Chercher : {typed}▏</translation>
        </message>
        <message>
            <source>Row {number}: {name}</source>
            <translation>Ligne {number} : {name}</translation>
        </message>
        <message numerus="yes">
            <source>Row {number}: there are %n students</source>
            <translation>
                <numerusform>Ligne {number} : il y a %n élève</numerusform>
                <numerusform>Ligne {number} : il y a %n élèves</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Modifier la remarque…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>Room {room}</source>
            <translation>Salle {room}</translation>
        </message>
        <message>
            <source>Change a closed register</source>
            <translation>Modifier un appel clos</translation>
        </message>
        <message>
            <source>This register is closed. Why are you changing it?
(The reason is kept in the register's history.)</source>
            <translation>Cet appel est clos. Pourquoi le modifiez-vous ?
(Le motif est conservé dans l'historique de l'appel.)</translation>
        </message>
        <message>
            <source>Start register</source>
            <translation>Commencer l'appel</translation>
        </message>
        <message>
            <source>Creates a row for every student enrolled today (Enter)</source>
            <translation>Crée une ligne pour chaque élève inscrit aujourd'hui (Entrée)</translation>
        </message>
        <message>
            <source>All present</source>
            <translation>Tous présents</translation>
        </message>
        <message>
            <source>Everyone not marked yet becomes Present, Late after the grace period (Ctrl+Enter)</source>
            <translation>Tous les élèves pas encore notés deviennent présents, en retard après le délai de tolérance (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Close register</source>
            <translation>Clore l'appel</translation>
        </message>
        <message>
            <source>Marks the lesson as done; later changes ask for a reason</source>
            <translation>Marque le cours comme terminé ; les modifications ultérieures demandent un motif</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <source>Try now</source>
            <translation>Essayer maintenant</translation>
        </message>
        <message>
            <source>Ask the server again now (it is asked every few seconds)</source>
            <translation>Interroger le serveur maintenant (il est interrogé toutes les quelques secondes)</translation>
        </message>
        <message>
            <source>Close the register?</source>
            <translation>Clore l'appel ?</translation>
        </message>
        <message numerus="yes">
            <source>%n students are not marked yet.

Close the register anyway? After closing, every change asks for a reason.</source>
            <translation>
                <numerusform>%n élève n'est pas encore noté.

Clore l'appel quand même ? Après la clôture, chaque modification demande un motif.</numerusform>
                <numerusform>%n élèves ne sont pas encore notés.

Clore l'appel quand même ? Après la clôture, chaque modification demande un motif.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>No lesson selected</source>
            <translation>Aucun cours sélectionné</translation>
        </message>
        <message>
            <source>Loading the register…</source>
            <translation>Chargement de l'appel…</translation>
        </message>
        <message>
            <source>Pick a lesson on the left to take its register.</source>
            <translation>Choisissez un cours à gauche pour faire l'appel.</translation>
        </message>
        <message>
            <source>{class_name} · {subject}</source>
            <translation>{class_name} · {subject}</translation>
        </message>
        <message>
            <source>Starting the register…</source>
            <translation>Début de l'appel…</translation>
        </message>
        <message>
            <source>This register has not been started.

Press Enter or click Start register: every student enrolled in {class_name} gets a row, all at once. Ctrl+Enter starts it with everyone marked present.</source>
            <translation>Cet appel n'a pas commencé.

Appuyez sur Entrée ou cliquez sur « Commencer l'appel » : chaque élève inscrit en {class_name} reçoit une ligne, tous à la fois. Ctrl+Entrée le commence avec tous les élèves notés présents.</translation>
        </message>
        <message>
            <source>No students are enrolled in this class.</source>
            <translation>Aucun élève n'est inscrit dans cette classe.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Pas commencé</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>Late after %n min</source>
            <translation>
                <numerusform>En retard après %n min</numerusform>
                <numerusform>En retard après %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} {mark}</source>
            <translation>{mark} : {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n not marked</source>
            <translation>
                <numerusform>%n non noté</numerusform>
                <numerusform>%n non notés</numerusform>
            </translation>
        </message>
        <message>
            <source>all marked</source>
            <translation>tous notés</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;The server can't be reached.&lt;/b&gt; Your marks are kept on this computer (&lt;b&gt;%n waiting&lt;/b&gt;) and will be sent when it's back.</source>
            <translation>
                <numerusform>&lt;b&gt;Le serveur est injoignable.&lt;/b&gt; Vos statuts sont gardés sur cet ordinateur (&lt;b&gt;%n en attente&lt;/b&gt;) et seront envoyés à son retour.</numerusform>
                <numerusform>&lt;b&gt;Le serveur est injoignable.&lt;/b&gt; Vos statuts sont gardés sur cet ordinateur (&lt;b&gt;%n en attente&lt;/b&gt;) et seront envoyés à son retour.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;The server can't be reached.&lt;/b&gt; Keep marking: your marks are kept on this computer and will be sent when it's back.</source>
            <translation>&lt;b&gt;Le serveur est injoignable.&lt;/b&gt; Continuez l'appel : vos statuts sont gardés sur cet ordinateur et seront envoyés à son retour.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n marks kept on this computer…</source>
            <translation>
                <numerusform>Envoi de %n statut gardé sur cet ordinateur…</numerusform>
                <numerusform>Envoi de %n statuts gardés sur cet ordinateur…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marks not saved yet</source>
            <translation>
                <numerusform>%n statut pas encore enregistré</numerusform>
                <numerusform>%n statuts pas encore enregistrés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n élève</numerusform>
                <numerusform>%n élèves</numerusform>
            </translation>
        </message>
        <message>
            <source>{marks} ({students}). They stay in the register and are retried automatically (rows marked !); keep the app open until they are saved.</source>
            <translation>{marks} ({students}). Ils restent dans l'appel et sont renvoyés automatiquement (lignes marquées !) ; gardez l'application ouverte jusqu'à leur enregistrement.</translation>
        </message>
        <message numerus="yes">
            <source>Register started: %n students.</source>
            <translation>
                <numerusform>Appel commencé : %n élève.</numerusform>
                <numerusform>Appel commencé : %n élèves.</numerusform>
            </translation>
        </message>
        <message>
            <source>The register stays open.</source>
            <translation>L'appel reste ouvert.</translation>
        </message>
        <message>
            <source>Register closed. Changes from now on ask for a reason.</source>
            <translation>Appel clos. Toute modification demande désormais un motif.</translation>
        </message>
        <message>
            <source>The register stays closed: reopening it needs a reason.</source>
            <translation>L'appel reste clos : le rouvrir demande un motif.</translation>
        </message>
        <message>
            <source>Register reopened.</source>
            <translation>Appel rouvert.</translation>
        </message>
        <message>
            <source>Nothing changed: a closed register needs a reason to change.</source>
            <translation>Rien n'a changé : un appel clos demande un motif pour être modifié.</translation>
        </message>
        <message>
            <source>{student}: {mark} (override)</source>
            <translation>{student} : {mark} (forcé)</translation>
        </message>
        <message>
            <source>{student}: {mark}</source>
            <translation>{student} : {mark}</translation>
        </message>
        <message>
            <source>{students} marked {late}: {minutes} min after the start (grace {grace} min). Press {key} again to keep {present}.</source>
            <translation>{students} noté(s) {late} : {minutes} min après le début (tolérance {grace} min). Appuyez de nouveau sur {key} pour garder {present}.</translation>
        </message>
        <message>
            <source>late</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Everyone is already marked.</source>
            <translation>Tous les élèves sont déjà notés.</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n students present ({late} late: the grace period is over). Ctrl+Z undoes this in one go.</source>
            <translation>
                <numerusform>%n élève noté présent ({late} en retard : le délai de tolérance est passé). Ctrl+Z annule tout d'un coup.</numerusform>
                <numerusform>%n élèves notés présents ({late} en retard : le délai de tolérance est passé). Ctrl+Z annule tout d'un coup.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked %n students present. Ctrl+Z undoes this in one go.</source>
            <translation>
                <numerusform>%n élève noté présent. Ctrl+Z annule tout d'un coup.</numerusform>
                <numerusform>%n élèves notés présents. Ctrl+Z annule tout d'un coup.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo in this register.</source>
            <translation>Rien à annuler dans cet appel.</translation>
        </message>
        <message>
            <source>Undone: {student}.</source>
            <translation>Annulé : {student}.</translation>
        </message>
        <message numerus="yes">
            <source>Undone for %n students.</source>
            <translation>
                <numerusform>Annulé pour %n élève.</numerusform>
                <numerusform>Annulé pour %n élèves.</numerusform>
            </translation>
        </message>
        <message>
            <source>{student}: keeping yours, on top of theirs.</source>
            <translation>{student} : le vôtre est gardé, par-dessus l'autre.</translation>
        </message>
        <message>
            <source>{student}: kept theirs; yours was not saved.</source>
            <translation>{student} : l'autre est gardé ; le vôtre n'a pas été enregistré.</translation>
        </message>
        <message numerus="yes">
            <source>{student} and %n more were changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>
                <numerusform>{student} et %n autre ont été modifiés en même temps sur un autre ordinateur : choisissez « Garder le mien » ou « Prendre l'autre » dans la barre au-dessus de l'appel.</numerusform>
                <numerusform>{student} et %n autres ont été modifiés en même temps sur un autre ordinateur : choisissez « Garder le mien » ou « Prendre l'autre » dans la barre au-dessus de l'appel.</numerusform>
            </translation>
        </message>
        <message>
            <source>{student} was changed on another computer at the same time: choose Keep mine or Take theirs in the bar above the register.</source>
            <translation>{student} a été modifié en même temps sur un autre ordinateur : choisissez « Garder le mien » ou « Prendre l'autre » dans la barre au-dessus de l'appel.</translation>
        </message>
        <message>
            <source>{student} ({who})</source>
            <translation>{student} ({who})</translation>
        </message>
        <message numerus="yes">
            <source>Changed on another computer: {students} and %n more.</source>
            <translation>
                <numerusform>Modifié sur un autre ordinateur : {students} et %n autre.</numerusform>
                <numerusform>Modifié sur un autre ordinateur : {students} et %n autres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on another computer: {students}.</source>
            <translation>Modifié sur un autre ordinateur : {students}.</translation>
        </message>
        <message>
            <source>another computer's change</source>
            <translation>un autre ordinateur</translation>
        </message>
        <message>
            <source>{student}: your change was merged with one by {who}; both are kept.</source>
            <translation>{student} : votre modification a été fusionnée avec une autre faite par {who} ; les deux sont gardées.</translation>
        </message>
        <message>
            <source>The server can't be reached: marks are kept on this computer and sent when it is back. Keep marking.</source>
            <translation>Le serveur est injoignable : les statuts sont gardés sur cet ordinateur et envoyés à son retour. Continuez l'appel.</translation>
        </message>
        <message>
            <source>{student}'s mark is not saved yet: {error} Retrying automatically.</source>
            <translation>Le statut de {student} n'est pas encore enregistré : {error} Nouvel essai automatique.</translation>
        </message>
        <message>
            <source>A mark is not saved yet: {error} Retrying automatically.</source>
            <translation>Un statut n'est pas encore enregistré : {error} Nouvel essai automatique.</translation>
        </message>
        <message>
            <source>{student}'s mark could not be saved. It is kept: use Retry to send it again.</source>
            <translation>Le statut de {student} n'a pas pu être enregistré. Il est gardé : utilisez Réessayer pour le renvoyer.</translation>
        </message>
        <message>
            <source>A mark could not be saved. It is kept: use Retry to send it again.</source>
            <translation>Un statut n'a pas pu être enregistré. Il est gardé : utilisez Réessayer pour le renvoyer.</translation>
        </message>
    </context>
    <context>
        <name>ReportCli</name>
        <message>
            <source>print or export a report: a student's history, a class summary, missing registers, a lesson's register</source>
            <translation>afficher ou exporter un rapport : historique d'un élève, bilan d'une classe, appels manquants, appel d'un cours</translation>
        </message>
        <message>
            <source>Reports in the school's local dates. Without --from/--to a report covers the last four weeks. Attendance rate = attended / marked sessions; chronic absence = missing 10% or more of them, excused absences included.</source>
            <translation>Rapports aux dates locales de l'établissement. Sans --from/--to, un rapport couvre les quatre dernières semaines. Taux de présence = cours suivis / cours renseignés ; absentéisme chronique = 10 % d'absences ou plus, absences excusées comprises.</translation>
        </message>
        <message>
            <source>one student's sessions, totals and rate</source>
            <translation>cours, totaux et taux d'un élève</translation>
        </message>
        <message>
            <source>the student's id, roster id or name</source>
            <translation>identifiant, identifiant des listes ou nom de l'élève</translation>
        </message>
        <message>
            <source>a class: one line per student, chronic absence</source>
            <translation>une classe : une ligne par élève, absentéisme chronique</translation>
        </message>
        <message>
            <source>the class's id, roster id or name</source>
            <translation>identifiant, identifiant des listes ou nom de la classe</translation>
        </message>
        <message>
            <source>periods of the --chart (default: {default})</source>
            <translation>périodes de --chart (par défaut : {default})</translation>
        </message>
        <message>
            <source>past lessons whose register was never taken</source>
            <translation>cours passés dont l'appel n'a jamais été fait</translation>
        </message>
        <message>
            <source>only this teacher's (id, roster id or name)</source>
            <translation>seulement ceux de cet enseignant (identifiant, identifiant des listes ou nom)</translation>
        </message>
        <message>
            <source>one lesson's register, as filed on paper</source>
            <translation>l'appel d'un cours, tel qu'archivé sur papier</translation>
        </message>
        <message>
            <source>the lesson's id</source>
            <translation>identifiant du cours</translation>
        </message>
        <message>
            <source>IANA zone for times</source>
            <translation>fuseau horaire IANA des heures</translation>
        </message>
        <message>
            <source>first day (default: four weeks before --to)</source>
            <translation>premier jour (par défaut : quatre semaines avant --to)</translation>
        </message>
        <message>
            <source>last day, included (default: today)</source>
            <translation>dernier jour, inclus (par défaut : aujourd'hui)</translation>
        </message>
        <message>
            <source>IANA zone for dates, e.g. Europe/London (default: the school's setting)</source>
            <translation>fuseau horaire IANA des dates, par ex. Europe/Paris (par défaut : le paramètre de l'établissement)</translation>
        </message>
        <message>
            <source>table (printed), csv or xlsx (default: from --output's extension, else table)</source>
            <translation>table (affiché), csv ou xlsx (par défaut : selon l'extension de --output, sinon table)</translation>
        </message>
        <message>
            <source>write to this file</source>
            <translation>écrire dans ce fichier</translation>
        </message>
        <message>
            <source>also draw the chart</source>
            <translation>dessiner aussi le graphique</translation>
        </message>
        <message>
            <source>Chart written to {path}</source>
            <translation>Graphique enregistré : {path}</translation>
        </message>
        <message>
            <source>An xlsx report needs a file to go to.</source>
            <translation>Un rapport xlsx doit être écrit dans un fichier.</translation>
        </message>
        <message>
            <source>Add --output report.xlsx.</source>
            <translation>Ajoutez par exemple --output rapport.xlsx.</translation>
        </message>
        <message>
            <source>{option} '{text}' is not a date.</source>
            <translation>{option} « {text} » n'est pas une date.</translation>
        </message>
        <message>
            <source>Use YYYY-MM-DD, e.g. 2026-03-29.</source>
            <translation>Utilisez AAAA-MM-JJ, par ex. 2026-03-29.</translation>
        </message>
        <message>
            <source>--from {first} is after --to {last}.</source>
            <translation>--from {first} est postérieur à --to {last}.</translation>
        </message>
        <message>
            <source>Give the earlier date first.</source>
            <translation>Indiquez d'abord la date la plus ancienne.</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Rapport enregistré : {path}</translation>
        </message>
        <message>
            <source>{sheet}:</source>
            <comment>a table's heading</comment>
            <translation>{sheet} :</translation>
        </message>
        <message>
            <source>(nothing to show)</source>
            <translation>(rien à afficher)</translation>
        </message>
    </context>
    <context>
        <name>ReportModels</name>
        <message>
            <source>Unmarked</source>
            <translation>Non saisi</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Saisis</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Chronic absence</source>
            <translation>Absentéisme chronique</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <comment>a lesson's day: short weekday name, then the date</comment>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <comment>a lesson's start and end times</comment>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>joined {joined}, left {left}</source>
            <translation>arrivée le {joined}, départ le {left}</translation>
        </message>
        <message>
            <source>joined {joined}</source>
            <translation>arrivée le {joined}</translation>
        </message>
        <message>
            <source>left {left}</source>
            <translation>départ le {left}</translation>
        </message>
        <message>
            <source>{name} (inactive)</source>
            <comment>a class no longer taught</comment>
            <translation>{name} (inactive)</translation>
        </message>
        <message>
            <source>{name}: {subject}, {teacher}</source>
            <translation>{name} : {subject}, {teacher}</translation>
        </message>
        <message>
            <source>{name}: no subject, {teacher}</source>
            <translation>{name} : sans matière, {teacher}</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <comment>a student who left the school</comment>
            <translation>{name} (parti)</translation>
        </message>
        <message>
            <source>In no class</source>
            <translation>Dans aucune classe</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Lessons marked {label} ({code}); counted as attended</source>
            <translation>Cours marqués {label} ({code}) ; comptés comme suivis</translation>
        </message>
        <message>
            <source>Lessons marked {label} ({code}); counted as missed</source>
            <translation>Cours marqués {label} ({code}) ; comptés comme manqués</translation>
        </message>
        <message>
            <source>Register started but this student was never marked (in no rate)</source>
            <translation>Appel commencé mais cet élève n'a jamais été saisi (compté dans aucun taux)</translation>
        </message>
        <message>
            <source>Attended ÷ marked</source>
            <translation>Suivis ÷ saisis</translation>
        </message>
        <message>
            <source>Missed 10% or more of marked lessons (excused included)</source>
            <translation>10 % ou plus des cours saisis manqués (absences excusées comprises)</translation>
        </message>
        <message numerus="yes">
            <source>{name}: attended {attended} of %n marked lessons, missed {missed} (10% or more): chronically absent</source>
            <translation>
                <numerusform>{name} : présent à {attended} cours sur %n saisi, absent à {missed} (10 % ou plus) : absentéisme chronique</numerusform>
                <numerusform>{name} : présent à {attended} cours sur %n saisis, absent à {missed} (10 % ou plus) : absentéisme chronique</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: attended {attended} of %n marked lessons</source>
            <translation>
                <numerusform>{name} : présent à {attended} cours sur %n saisi</numerusform>
                <numerusform>{name} : présent à {attended} cours sur %n saisis</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}  ({joined_or_left})</source>
            <translation>{name}  ({joined_or_left})</translation>
        </message>
        <message>
            <source>⚠ Chronic absence</source>
            <translation>⚠ Absentéisme chronique</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>{label} ({code})</source>
            <comment>a mark: its name, then its code</comment>
            <translation>{label} ({code})</translation>
        </message>
        <message>
            <source>Teacher / date</source>
            <translation>Enseignant / date</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Never started</source>
            <translation>Jamais commencé</translation>
        </message>
        <message>
            <source>Started, nobody marked</source>
            <translation>Commencé, aucun élève saisi</translation>
        </message>
        <message numerus="yes">
            <source>%n not taken</source>
            <translation>
                <numerusform>%n non fait</numerusform>
                <numerusform>%n non faits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>Rate = attended ÷ marked lessons (Present and Late attend). Chronic absence: missing 10% or more of marked lessons, excused absences included.</source>
            <translation>Taux = cours suivis ÷ cours saisis (Présent et En retard comptent comme suivis). Absentéisme chronique : 10 % ou plus des cours saisis manqués, absences excusées comprises.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>no teacher</source>
            <translation>aucun enseignant</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone this computer knows.</source>
            <translation>« {zone} » n'est pas un fuseau horaire connu de cet ordinateur.</translation>
        </message>
        <message>
            <source>Use an IANA name such as Europe/London or America/New_York.</source>
            <translation>Utilisez un nom IANA comme Europe/Paris ou America/New_York.</translation>
        </message>
        <message>
            <source>this computer's time zone ({abbreviation})</source>
            <translation>fuseau horaire de cet ordinateur ({abbreviation})</translation>
        </message>
        <message>
            <source>The report would start on {first}, after it ends on {last}.</source>
            <translation>Le rapport commencerait le {first}, après sa fin le {last}.</translation>
        </message>
        <message>
            <source>Give the earlier date first.</source>
            <translation>Indiquez d'abord la date la plus ancienne.</translation>
        </message>
        <message>
            <source>There is no student with id {id}.</source>
            <translation>Aucun élève n'a l'identifiant {id}.</translation>
        </message>
        <message>
            <source>There is no class with id {id}.</source>
            <translation>Aucune classe n'a l'identifiant {id}.</translation>
        </message>
        <message>
            <source>never started</source>
            <translation>jamais commencé</translation>
        </message>
        <message>
            <source>started, nobody marked</source>
            <translation>commencé, aucun statut saisi</translation>
        </message>
        <message>
            <source>'{bucket}' is not a period for a chart; use week or day.</source>
            <translation>« {bucket} » n'est pas une période de graphique ; utilisez week ou day.</translation>
        </message>
        <message>
            <source>There is no lesson with id {id}.</source>
            <translation>Aucun cours n'a l'identifiant {id}.</translation>
        </message>
        <message>
            <source>No student was given.</source>
            <translation>Aucun élève n'a été indiqué.</translation>
        </message>
        <message>
            <source>Give a student's id or roster id.</source>
            <translation>Indiquez l'identifiant ou l'identifiant des listes d'un élève.</translation>
        </message>
        <message numerus="yes">
            <source>%n students are called '{name}' (ids {ids}).</source>
            <translation>
                <numerusform>%n élève s'appelle « {name} » (identifiant {ids}).</numerusform>
                <numerusform>%n élèves s'appellent « {name} » (identifiants {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the id of the one you mean.</source>
            <translation>Indiquez l'identifiant de celui que vous cherchez.</translation>
        </message>
        <message>
            <source>No student has the id, roster id or name '{name}'.</source>
            <translation>Aucun élève n'a l'identifiant, l'identifiant des listes ou le nom « {name} ».</translation>
        </message>
        <message>
            <source>Check the spelling, or look the student up in the app.</source>
            <translation>Vérifiez l'orthographe ou cherchez l'élève dans l'application.</translation>
        </message>
        <message>
            <source>No class was given.</source>
            <translation>Aucune classe n'a été indiquée.</translation>
        </message>
        <message>
            <source>Give a class's id or name.</source>
            <translation>Indiquez l'identifiant ou le nom d'une classe.</translation>
        </message>
        <message numerus="yes">
            <source>%n classes are called '{name}' (ids {ids}).</source>
            <translation>
                <numerusform>%n classe s'appelle « {name} » (identifiant {ids}).</numerusform>
                <numerusform>%n classes s'appellent « {name} » (identifiants {ids}).</numerusform>
            </translation>
        </message>
        <message>
            <source>No class has the id, roster id or name '{name}'.</source>
            <translation>Aucune classe n'a l'identifiant, l'identifiant des listes ou le nom « {name} ».</translation>
        </message>
        <message>
            <source>Check the spelling, or look the class up in the app.</source>
            <translation>Vérifiez l'orthographe ou cherchez la classe dans l'application.</translation>
        </message>
        <message numerus="yes">
            <source>%n teachers are called '{name}'.</source>
            <translation>
                <numerusform>%n enseignant s'appelle « {name} ».</numerusform>
                <numerusform>%n enseignants s'appellent « {name} ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the teacher's id.</source>
            <translation>Indiquez l'identifiant de l'enseignant.</translation>
        </message>
        <message>
            <source>No teacher has the id, roster id or name '{name}'.</source>
            <translation>Aucun enseignant n'a l'identifiant, l'identifiant des listes ou le nom « {name} ».</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>du {first} au {last}</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>QLocale date pattern: day and short month name, no year</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>This term (since {date})</source>
            <translation>Ce trimestre (depuis le {date})</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>4 dernières semaines</translation>
        </message>
        <message>
            <source>This school year (since {date})</source>
            <translation>Cette année scolaire (depuis le {date})</translation>
        </message>
    </context>
    <context>
        <name>ReportsWindow</name>
        <message>
            <source>Custom dates</source>
            <translation>Dates personnalisées</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Class summary</source>
            <translation>Bilan de classe</translation>
        </message>
        <message>
            <source>Student history</source>
            <translation>Historique d'un élève</translation>
        </message>
        <message>
            <source>Missing registers</source>
            <translation>Appels manquants</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Period and export</source>
            <translation>Période et export</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>QLocale date pattern of the period's two dates: day, short month, year</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <source>from</source>
            <comment>Period: [This term] from [date] to [date]</comment>
            <translation>du</translation>
        </message>
        <message>
            <source>to</source>
            <comment>Period: [This term] from [date] to [date]</comment>
            <translation>au</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Save this report as a CSV file (for any spreadsheet)</source>
            <translation>Enregistrer ce rapport dans un fichier CSV (pour tout tableur)</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Exporter en Excel…</translation>
        </message>
        <message>
            <source>Save this report as an Excel workbook (.xlsx)</source>
            <translation>Enregistrer ce rapport dans un classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Print the class summary with its chart ({shortcut})</source>
            <translation>Imprimer le bilan de classe avec son graphique ({shortcut})</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Save the class summary with its chart as a PDF, to file or email</source>
            <translation>Enregistrer le bilan de classe avec son graphique en PDF, à classer ou à envoyer par e-mail</translation>
        </message>
        <message>
            <source>Find a class or teacher…</source>
            <translation>Rechercher une classe ou un enseignant…</translation>
        </message>
        <message>
            <source>Loading the classes…</source>
            <translation>Chargement des classes…</translation>
        </message>
        <message>
            <source>Find a student, roster id or class…</source>
            <translation>Rechercher un élève, un identifiant ou une classe…</translation>
        </message>
        <message>
            <source>Find a student on the left to see every lesson they had in the period.</source>
            <translation>Choisissez un élève à gauche pour voir tous ses cours de la période.</translation>
        </message>
        <message>
            <source>Only my lessons</source>
            <translation>Seulement mes cours</translation>
        </message>
        <message>
            <source>Only the lessons the teacher at this computer takes</source>
            <translation>Seulement les cours de l'enseignant qui utilise cet ordinateur</translation>
        </message>
        <message>
            <source>There are no classes yet. Import a roster (File &gt; Import roster) first.</source>
            <translation>Il n'y a pas encore de classe. Importez d'abord les listes (Fichier &gt; Importer les listes).</translation>
        </message>
        <message>
            <source>Loading the class summary…</source>
            <translation>Chargement du bilan de classe…</translation>
        </message>
        <message>
            <source>Loading the student's history…</source>
            <translation>Chargement de l'historique de l'élève…</translation>
        </message>
        <message>
            <source>Looking for registers not taken…</source>
            <translation>Recherche des appels non faits…</translation>
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
                <numerusform>{class_name} : %n élève, {period}</numerusform>
                <numerusform>{class_name} : %n élèves, {period}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{chronic} of %n students chronically absent</source>
            <translation>
                <numerusform>absentéisme chronique : {chronic} sur %n élève</numerusform>
                <numerusform>absentéisme chronique : {chronic} sur %n élèves</numerusform>
            </translation>
        </message>
        <message>
            <source>{chronically_absent} (highlighted)</source>
            <comment>rich text</comment>
            <translation>{chronically_absent} (en surbrillance)</translation>
        </message>
        <message numerus="yes">
            <source>none of the %n students chronically absent</source>
            <translation>
                <numerusform>absentéisme chronique : aucun (%n élève)</numerusform>
                <numerusform>absentéisme chronique : aucun sur %n élèves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n cours</numerusform>
                <numerusform>%n cours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registers taken</source>
            <translation>
                <numerusform>%n appel fait</numerusform>
                <numerusform>%n appels faits</numerusform>
            </translation>
        </message>
        <message>
            <source>{lessons}, {registers_taken} · class attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of {marked} marked) · {chronic}</source>
            <comment>rich text: keep &lt;b&gt; and &lt;/b&gt;</comment>
            <translation>{lessons}, {registers_taken} · assiduité de la classe &lt;b&gt;{rate}&lt;/b&gt; ({attended} sur {marked} saisis) · {chronic}</translation>
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
                <numerusform>{name} : %n cours</numerusform>
                <numerusform>{name} : %n cours</numerusform>
            </translation>
        </message>
        <message>
            <source>Unmarked &lt;b&gt;{count}&lt;/b&gt;</source>
            <comment>rich text</comment>
            <translation>Non saisi &lt;b&gt;{count}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Attendance &lt;b&gt;{rate}&lt;/b&gt; ({attended} of %n marked lessons)</source>
            <comment>rich text</comment>
            <translation>
                <numerusform>Assiduité &lt;b&gt;{rate}&lt;/b&gt; ({attended} sur %n cours saisi)</numerusform>
                <numerusform>Assiduité &lt;b&gt;{rate}&lt;/b&gt; ({attended} sur %n cours saisis)</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ chronically absent</source>
            <translation>⚠ absentéisme chronique</translation>
        </message>
        <message numerus="yes">
            <source>%n registers not taken</source>
            <translation>
                <numerusform>%n appel non fait</numerusform>
                <numerusform>%n appels non faits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n teachers</source>
            <translation>
                <numerusform>%n enseignant</numerusform>
                <numerusform>%n enseignants</numerusform>
            </translation>
        </message>
        <message>
            <source>{registers_not_taken}, {teachers}</source>
            <translation>{registers_not_taken}, {teachers}</translation>
        </message>
        <message>
            <source>Lessons from {first_day} that ended by {day} {time} with no register: never started, or started with nobody marked. A lesson counts for the teacher who takes it (cover included).</source>
            <translation>Cours depuis le {first_day}, terminés au plus tard le {day} à {time}, sans appel : jamais commencé, ou commencé sans aucun élève saisi. Un cours compte pour l'enseignant qui le fait (remplacements compris).</translation>
        </message>
        <message>
            <source>{class_name} summary {first} to {last}</source>
            <comment>a file name</comment>
            <translation>{class_name} bilan du {first} au {last}</translation>
        </message>
        <message>
            <source>{name} attendance {first} to {last}</source>
            <comment>a file name</comment>
            <translation>{name} assiduité du {first} au {last}</translation>
        </message>
        <message>
            <source>Registers not taken to {day}</source>
            <comment>a file name</comment>
            <translation>Appels manquants au {day}</translation>
        </message>
        <message>
            <source>report</source>
            <comment>a file name</comment>
            <translation>rapport</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export as an Excel workbook</source>
            <translation>Exporter dans un classeur Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>Enregistrement de {file}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <source>Save class summary as PDF</source>
            <translation>Enregistrer le bilan de classe en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} (%n pages)</source>
            <translation>
                <numerusform>Enregistré : {path} (%n page)</numerusform>
                <numerusform>Enregistré : {path} (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent {class_name}'s summary to the printer</source>
            <translation>Bilan de la classe {class_name} envoyé à l'imprimante</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the log.</source>
            <translation>Une erreur s'est produite ; les détails sont dans le journal.</translation>
        </message>
    </context>
    <context>
        <name>Repository</name>
        <message>
            <source>This register is not yours, so the database did not accept the change.</source>
            <translation>Cette feuille d'appel n'est pas la vôtre : la base de données a donc refusé la modification.</translation>
        </message>
        <message>
            <source>Ask the office to make the change, or to give you this register (cover) if you are teaching it.</source>
            <translation>Demandez à la vie scolaire de faire la modification, ou de vous attribuer cette feuille d'appel (remplacement) si c'est vous qui assurez ce cours.</translation>
        </message>
        <message>
            <source>Make the mark again, retyping the note. ({detail})</source>
            <translation>Saisissez de nouveau le statut en retapant la remarque. ({detail})</translation>
        </message>
        <message>
            <source>Make the mark again, retyping the note.</source>
            <translation>Saisissez de nouveau le statut en retapant la remarque.</translation>
        </message>
        <message>
            <source>The database cannot store this mark as it is (its note holds a character the database refuses), so it was set aside.</source>
            <translation>La base de données ne peut pas enregistrer ce statut tel quel (sa remarque contient un caractère qu'elle refuse) ; il a donc été mis de côté.</translation>
        </message>
        <message>
            <source>Attendance row {row} no longer exists.</source>
            <translation>La ligne d'appel {row} n'existe plus.</translation>
        </message>
        <message>
            <source>Lesson {lesson} no longer exists.</source>
            <translation>Le cours {lesson} n'existe plus.</translation>
        </message>
        <message>
            <source>Reopening a closed register needs a reason; it stays closed.</source>
            <translation>Pour rouvrir un appel clôturé, il faut indiquer un motif ; il reste clôturé.</translation>
        </message>
        <message>
            <source>Reopen it again and say why (for example: a student arrived late).</source>
            <translation>Rouvrez-le en indiquant pourquoi (par exemple : un élève est arrivé en retard).</translation>
        </message>
        <message>
            <source>A lesson has to end after it starts.</source>
            <translation>Un cours doit se terminer après son début.</translation>
        </message>
        <message>
            <source>Check the start time and the length.</source>
            <translation>Vérifiez l'heure de début et la durée.</translation>
        </message>
        <message>
            <source>The class you chose is no longer in the register.</source>
            <translation>La classe choisie n'existe plus.</translation>
        </message>
        <message>
            <source>It may have been removed by a roster import. Choose another class.</source>
            <translation>Elle a peut-être été supprimée par une importation des listes. Choisissez une autre classe.</translation>
        </message>
        <message>
            <source>{class_name} is no longer in use (a roster import withdrew it), so no lesson can be added to it.</source>
            <translation>La classe {class_name} n'est plus en service (retirée par une importation des listes) ; aucun cours ne peut donc y être ajouté.</translation>
        </message>
        <message>
            <source>Choose another class.</source>
            <translation>Choisissez une autre classe.</translation>
        </message>
        <message>
            <source>Your name is no longer in this database's list of teachers.</source>
            <translation>Votre nom ne figure plus dans la liste des enseignants de cette base de données.</translation>
        </message>
        <message>
            <source>Choose your name again with Change teacher…, then add the lesson.</source>
            <translation>Choisissez de nouveau votre nom avec « Changer d'enseignant… », puis ajoutez le cours.</translation>
        </message>
        <message>
            <source>{teacher} is no longer an active teacher, so cannot take a new register.</source>
            <translation>{teacher} ne fait plus partie des enseignants en activité et ne peut donc pas faire de nouvel appel.</translation>
        </message>
        <message>
            <source>Attendance row {row} keeps changing on other computers; your change was not saved.</source>
            <translation>La ligne d'appel {row} change sans cesse sur d'autres ordinateurs ; votre modification n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>Wait a moment and make it again.</source>
            <translation>Patientez un instant, puis refaites la modification.</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>Check that it is the roster export; a district roster of 200,000 enrollments is about 15 MB.</source>
            <translation>Vérifiez qu'il s'agit bien de l'export des listes ; les listes d'un district de 200 000 inscriptions font environ 15 Mo.</translation>
        </message>
        <message>
            <source>{name} is larger than {size}; that is far more than any school's roster.</source>
            <translation>{name} dépasse {size} ; c'est bien plus que les listes de n'importe quel établissement.</translation>
        </message>
        <message>
            <source>The roster files in {where} are larger than {size} together; that is far more than any school's roster.</source>
            <translation>Les fichiers de listes de {where} dépassent {size} au total ; c'est bien plus que les listes de n'importe quel établissement.</translation>
        </message>
        <message>
            <source>{name} unpacks to more than {ratio} times its packed size ({packed} bytes become over {unpacked}); it was not unpacked.</source>
            <translation>{name} se décompresse en plus de {ratio} fois sa taille compressée ({packed} octets deviennent plus de {unpacked}) ; il n'a pas été décompressé.</translation>
        </message>
        <message>
            <source>A real roster export never packs that tightly: export it again from the student information system, or unpack it with the file manager, check it and import the folder.</source>
            <translation>Un véritable export de listes ne se compresse jamais autant : exportez-le à nouveau depuis le logiciel de gestion, ou décompressez-le avec le gestionnaire de fichiers, vérifiez-le et importez le dossier.</translation>
        </message>
        <message>
            <source>{name} is not a readable .zip file ({error}).</source>
            <translation>{name} n'est pas un fichier .zip lisible ({error}).</translation>
        </message>
        <message>
            <source>Export the roster again, or unpack it and import the folder.</source>
            <translation>Exportez à nouveau les listes, ou décompressez-les et importez le dossier.</translation>
        </message>
        <message>
            <source>{name} cannot be unpacked here ({error}).</source>
            <translation>{name} ne peut pas être décompressé ici ({error}).</translation>
        </message>
        <message>
            <source>Unpack it with the file manager and import the folder instead.</source>
            <translation>Décompressez-le avec le gestionnaire de fichiers et importez plutôt le dossier.</translation>
        </message>
        <message>
            <source>The folder {where} is not a roster export this program knows: it has neither manifest.csv (OneRoster), users.csv and enrollments.csv (School Data Sync v2), Student.csv and Section.csv (School Data Sync v1) nor students.csv and sections.csv (Clever).</source>
            <translation>Le dossier {where} n'est pas un export de listes connu de ce logiciel : il ne contient ni manifest.csv (OneRoster), ni users.csv et enrollments.csv (School Data Sync v2), ni Student.csv et Section.csv (School Data Sync v1), ni students.csv et sections.csv (Clever).</translation>
        </message>
        <message>
            <source>{where} is not a roster export this program knows: it has neither manifest.csv (OneRoster), users.csv and enrollments.csv (School Data Sync v2), Student.csv and Section.csv (School Data Sync v1) nor students.csv and sections.csv (Clever).</source>
            <translation>{where} n'est pas un export de listes connu de ce logiciel : il ne contient ni manifest.csv (OneRoster), ni users.csv et enrollments.csv (School Data Sync v2), ni Student.csv et Section.csv (School Data Sync v1), ni students.csv et sections.csv (Clever).</translation>
        </message>
        <message>
            <source>Choose the folder or .zip the student information system exported, or a plain .csv file.</source>
            <translation>Choisissez le dossier ou le .zip exporté par le logiciel de gestion, ou un simple fichier .csv.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in this file or in the register.</source>
            <translation>il n'y a pas d'enseignant "{id}" dans ce fichier ni dans le logiciel.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in this file or in the register.</source>
            <translation>il n'y a pas d'élève "{id}" dans ce fichier ni dans le logiciel.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in this file or in the register.</source>
            <translation>il n'y a pas de classe "{id}" dans ce fichier ni dans le logiciel.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in this bundle or in the register.</source>
            <translation>il n'y a pas d'enseignant "{id}" dans cet export ni dans le logiciel.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in this bundle or in the register.</source>
            <translation>il n'y a pas d'élève "{id}" dans cet export ni dans le logiciel.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in this bundle or in the register.</source>
            <translation>il n'y a pas de classe "{id}" dans cet export ni dans le logiciel.</translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} et {count} autres</translation>
        </message>
        <message numerus="yes">
            <source>%n new classes have no teacher yet ({names}); anyone can take their registers until a roster names the teacher.</source>
            <translation>
                <numerusform>%n nouvelle classe n'a pas encore d'enseignant ({names}) ; tout le monde peut faire l'appel jusqu'à ce que des listes indiquent l'enseignant.</numerusform>
                <numerusform>%n nouvelles classes n'ont pas encore d'enseignant ({names}) ; tout le monde peut faire l'appel jusqu'à ce que des listes indiquent l'enseignant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows to be deleted were not in the register; nothing to do.</source>
            <translation>
                <numerusform>%n ligne à supprimer n'était pas dans le logiciel ; rien à faire.</numerusform>
                <numerusform>%n lignes à supprimer n'étaient pas dans le logiciel ; rien à faire.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrollments to be deleted were not in the register; nothing to withdraw.</source>
            <translation>
                <numerusform>%n inscription à supprimer n'était pas dans le logiciel ; rien à retirer.</numerusform>
                <numerusform>%n inscriptions à supprimer n'étaient pas dans le logiciel ; rien à retirer.</numerusform>
            </translation>
        </message>
        <message>
            <source>the value holds a NUL character at character {position}; a roster value cannot hold one (was the file damaged, or saved from another program?). Remove it and save again.</source>
            <translation>la valeur contient un caractère NUL à la position {position} ; une valeur des listes ne peut pas en contenir (le fichier est-il endommagé, ou enregistré depuis un autre programme ?). Supprimez-le et enregistrez à nouveau.</translation>
        </message>
        <message>
            <source>the value holds a control character ({code}) at character {position}; a roster value cannot hold one (was the file damaged, or saved from another program?). Remove it and save again.</source>
            <translation>la valeur contient un caractère de contrôle ({code}) à la position {position} ; une valeur des listes ne peut pas en contenir (le fichier est-il endommagé, ou enregistré depuis un autre programme ?). Supprimez-le et enregistrez à nouveau.</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>colonne {number}</translation>
        </message>
        <message>
            <source>a quoted value is never closed (a " is missing), so the rest of the file cannot be read.</source>
            <translation>une valeur entre guillemets n'est jamais fermée (il manque un "), le reste du fichier ne peut donc pas être lu.</translation>
        </message>
        <message>
            <source>there is text after a closing quote; put the whole value in quotes and write any " inside it as "".</source>
            <translation>il y a du texte après un guillemet fermant ; mettez toute la valeur entre guillemets et écrivez chaque " à l'intérieur sous la forme "".</translation>
        </message>
        <message>
            <source>a value is far too long; is this really a roster CSV file?</source>
            <translation>une valeur est beaucoup trop longue ; est-ce vraiment un fichier CSV de listes ?</translation>
        </message>
        <message>
            <source>the line cannot be read as CSV ({error}).</source>
            <translation>la ligne ne peut pas être lue comme du CSV ({error}).</translation>
        </message>
        <message>
            <source>the file is not text in UTF-8 or Windows-1252; save it again as "CSV UTF-8" from the spreadsheet program.</source>
            <translation>le fichier n'est pas du texte en UTF-8 ou Windows-1252 ; enregistrez-le à nouveau en "CSV UTF-8" depuis le tableur.</translation>
        </message>
        <message>
            <source>the header holds a control character; is this really a CSV file?</source>
            <translation>l'en-tête contient un caractère de contrôle ; est-ce vraiment un fichier CSV ?</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>le fichier est vide.</translation>
        </message>
        <message>
            <source>{file} was read as Windows-1252 (it is not UTF-8).</source>
            <translation>{file} a été lu en Windows-1252 (il n'est pas en UTF-8).</translation>
        </message>
        <message>
            <source>{file} was read as UTF-16.</source>
            <translation>{file} a été lu en UTF-16.</translation>
        </message>
        <message>
            <source>the column is missing (it is required).</source>
            <translation>la colonne manque (elle est obligatoire).</translation>
        </message>
        <message>
            <source>the id is empty.</source>
            <translation>l'identifiant est vide.</translation>
        </message>
        <message>
            <source>the id "{id}" is already used on line {old_line}.</source>
            <translation>l'identifiant "{id}" est déjà utilisé à la ligne {old_line}.</translation>
        </message>
        <message>
            <source>the status "{status}" is not "active" or "tobedeleted".</source>
            <translation>le statut "{status}" n'est ni "active" ni "tobedeleted".</translation>
        </message>
        <message>
            <source>"{value}" is not an ISO 8601 date and time, e.g. 2026-11-24T09:30:00Z.</source>
            <translation>"{value}" n'est pas une date et heure ISO 8601, par exemple 2026-11-24T09:30:00Z.</translation>
        </message>
        <message>
            <source>"{value}" is not a date; OneRoster writes dates as YYYY-MM-DD, e.g. 2026-09-01.</source>
            <translation>"{value}" n'est pas une date ; OneRoster écrit les dates sous la forme AAAA-MM-JJ, par exemple 2026-09-01.</translation>
        </message>
        <message>
            <source>the role is empty.</source>
            <translation>le rôle est vide.</translation>
        </message>
        <message>
            <source>the end date {end} is before the begin date {start}.</source>
            <translation>la date de fin {end} est antérieure à la date de début {start}.</translation>
        </message>
        <message>
            <source>{files} ignored (the register does not use them).</source>
            <translation>{files} ignorés (le logiciel ne les utilise pas).</translation>
        </message>
        <message>
            <source>the manifest must have the columns "propertyName,value".</source>
            <translation>le manifeste doit avoir les colonnes "propertyName,value".</translation>
        </message>
        <message>
            <source>manifest.csv has no "oneroster.version"; read as OneRoster {version}.</source>
            <translation>manifest.csv n'a pas de "oneroster.version" ; lu comme OneRoster {version}.</translation>
        </message>
        <message>
            <source>OneRoster version "{version}" cannot be imported; export as OneRoster 1.1 or 1.2.</source>
            <translation>La version OneRoster "{version}" ne peut pas être importée ; exportez en OneRoster 1.1 ou 1.2.</translation>
        </message>
        <message>
            <source>"{value}" for {property} is not one of bulk, delta, absent.</source>
            <translation>"{value}" pour {property} n'est pas l'une des valeurs bulk, delta, absent.</translation>
        </message>
        <message>
            <source>the manifest lists {file} as {mode}, but the bundle has no {file}.</source>
            <translation>le manifeste indique {file} comme {mode}, mais l'export ne contient pas {file}.</translation>
        </message>
        <message>
            <source>{file} ignored: the manifest says it is absent.</source>
            <translation>{file} ignoré : le manifeste l'indique comme absent.</translation>
        </message>
        <message>
            <source>{file} ignored (the register does not use it).</source>
            <translation>{file} ignoré (le logiciel ne l'utilise pas).</translation>
        </message>
        <message>
            <source>{file} has no role column: each user's role was taken from enrollments.csv.</source>
            <translation>{file} n'a pas de colonne de rôle : le rôle de chaque utilisateur a été pris dans enrollments.csv.</translation>
        </message>
        <message>
            <source>there is no user "{id}" in users.csv.</source>
            <translation>il n'y a pas d'utilisateur "{id}" dans users.csv.</translation>
        </message>
        <message>
            <source>the course title is empty.</source>
            <translation>l'intitulé du cours est vide.</translation>
        </message>
        <message>
            <source>the class title is empty.</source>
            <translation>l'intitulé de la classe est vide.</translation>
        </message>
        <message>
            <source>there is no course "{id}" in courses.csv.</source>
            <translation>il n'y a pas de cours "{id}" dans courses.csv.</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n enrollments with role "{role}" ignored (only students and teachers are imported).</source>
            <translation>
                <numerusform>{file} : %n inscription avec le rôle "{role}" ignorée (seuls les élèves et les enseignants sont importés).</numerusform>
                <numerusform>{file} : %n inscriptions avec le rôle "{role}" ignorées (seuls les élèves et les enseignants sont importés).</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}, line {line}: class "{id}" is to be deleted, so this enrollment ends with it.</source>
            <translation>{file}, ligne {line} : la classe "{id}" doit être supprimée, cette inscription prend donc fin avec elle.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in classes.csv.</source>
            <translation>il n'y a pas de classe "{id}" dans classes.csv.</translation>
        </message>
        <message>
            <source>{file}, line {line}: user "{id}" is to be deleted, so this enrollment ends with them.</source>
            <translation>{file}, ligne {line} : l'utilisateur "{id}" doit être supprimé, cette inscription prend donc fin avec lui.</translation>
        </message>
        <message>
            <source>"{id}" is enrolled as a student here, but the roster gives them the role {roles}; imported as a student in this class.</source>
            <translation>"{id}" est inscrit ici comme élève, mais les listes lui donnent le rôle {roles} ; importé comme élève dans cette classe.</translation>
        </message>
        <message>
            <source>"{id}" is enrolled as a teacher here, but the roster gives them the role {roles}; imported as a teacher in this class.</source>
            <translation>"{id}" est inscrit ici comme enseignant, mais les listes lui donnent le rôle {roles} ; importé comme enseignant dans cette classe.</translation>
        </message>
        <message>
            <source>{file}, line {line}: student "{student}" is already enrolled in class "{class_id}" on line {old_line}; line {line} is used.</source>
            <translation>{file}, ligne {line} : l'élève "{student}" est déjà inscrit dans la classe "{class_id}" à la ligne {old_line} ; la ligne {line} est retenue.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the enrollment to be deleted is also listed as active; the active one is used.</source>
            <translation>{file}, ligne {line} : l'inscription à supprimer figure aussi comme active ; c'est l'active qui est retenue.</translation>
        </message>
        <message numerus="yes">
            <source>More than one teacher teaches %n classes; the primary (or first) one is the class teacher in the register.</source>
            <translation>
                <numerusform>Plus d'un enseignant enseigne dans %n classe ; l'enseignant principal (ou le premier) est celui de la classe pour l'appel.</numerusform>
                <numerusform>Plus d'un enseignant enseigne dans %n classes ; l'enseignant principal (ou le premier) est celui de la classe pour l'appel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n users not imported (neither students nor teachers: administrators, parents, ...).</source>
            <translation>
                <numerusform>{file} : %n utilisateur non importé (ni élève ni enseignant : administration, parents…).</numerusform>
                <numerusform>{file} : %n utilisateurs non importés (ni élèves ni enseignants : administration, parents…).</numerusform>
            </translation>
        </message>
        <message>
            <source>the name is too long.</source>
            <translation>le nom est trop long.</translation>
        </message>
        <message>
            <source>{file} read past: the register keeps no schools or terms.</source>
            <translation>{file} ignoré : le logiciel ne conserve ni établissements ni périodes.</translation>
        </message>
        <message>
            <source>{file} and {other} read past: the register keeps no schools or terms.</source>
            <translation>{file} et {other} ignorés : le logiciel ne conserve ni établissements ni périodes.</translation>
        </message>
        <message>
            <source>the first name is empty.</source>
            <translation>le prénom est vide.</translation>
        </message>
        <message>
            <source>the last name is empty.</source>
            <translation>le nom de famille est vide.</translation>
        </message>
        <message>
            <source>the e-mail address is too long.</source>
            <translation>l'adresse e-mail est trop longue.</translation>
        </message>
        <message>
            <source>the teacher's name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>le nom de l'enseignant est "{old}" à la ligne {old_line} mais "{new}" ici.</translation>
        </message>
        <message>
            <source>the teacher's e-mail is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>l'e-mail de l'enseignant est "{old}" à la ligne {old_line} mais "{new}" ici.</translation>
        </message>
        <message>
            <source>the student id "{id}"'s name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>le nom de l'élève d'identifiant "{id}" est "{old}" à la ligne {old_line} mais "{new}" ici.</translation>
        </message>
        <message>
            <source>the same student's name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>le nom du même élève est "{old}" à la ligne {old_line} mais "{new}" ici.</translation>
        </message>
        <message>
            <source>the preferred name is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>le prénom d'usage est "{old}" à la ligne {old_line} mais "{new}" ici.</translation>
        </message>
        <message>
            <source>class "{id}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>la classe "{id}" s'appelle "{old}" à la ligne {old_line} mais "{new}" ici.</translation>
        </message>
        <message>
            <source>the subject of class "{name}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>la matière de la classe "{name}" est "{old}" à la ligne {old_line} mais "{new}" ici.</translation>
        </message>
        <message>
            <source>the room of class "{name}" is "{old}" on line {old_line} but "{new}" here.</source>
            <translation>la salle de la classe "{name}" est "{old}" à la ligne {old_line} mais "{new}" ici.</translation>
        </message>
        <message>
            <source>this is one file of a OneRoster bundle; import the whole folder or .zip (the one with manifest.csv) instead.</source>
            <translation>ceci est un seul fichier d'un export OneRoster ; importez plutôt tout le dossier ou le .zip (celui qui contient manifest.csv).</translation>
        </message>
        <message>
            <source>the file has no rows below the header.</source>
            <translation>le fichier n'a aucune ligne sous l'en-tête.</translation>
        </message>
        <message>
            <source>this column means the same as column "{column}"; keep one of them.</source>
            <translation>cette colonne a le même sens que la colonne "{column}" ; gardez-en une seule.</translation>
        </message>
        <message>
            <source>{file}: column(s) {columns} not used.</source>
            <translation>{file} : colonne(s) {columns} non utilisée(s).</translation>
        </message>
        <message>
            <source>{file} lists teachers (its name and columns say so): every row is imported as a teacher.</source>
            <translation>{file} liste des enseignants (son nom et ses colonnes le disent) : chaque ligne est importée comme enseignant.</translation>
        </message>
        <message>
            <source>{file}: column "{column}" read but not stored (the register keeps no student e-mail addresses).</source>
            <translation>{file} : colonne "{column}" lue mais non enregistrée (le logiciel ne conserve pas les adresses e-mail des élèves).</translation>
        </message>
        <message>
            <source>there is no column for the students' names: expected "First name" and "Last name" (or one "Name" column).</source>
            <translation>il n'y a pas de colonne pour les noms des élèves : "First name" et "Last name" sont attendues (ou une seule colonne "Name").</translation>
        </message>
        <message>
            <source>there is no "{column}" column.</source>
            <translation>il n'y a pas de colonne "{column}".</translation>
        </message>
        <message>
            <source>the line has {values} values but the header has {columns} columns; is there a comma or semicolon in a value without quotes around it?</source>
            <translation>la ligne a {values} valeurs mais l'en-tête a {columns} colonnes ; une valeur sans guillemets contient-elle une virgule ou un point-virgule ?</translation>
        </message>
        <message>
            <source>the teacher's name is empty.</source>
            <translation>le nom de l'enseignant est vide.</translation>
        </message>
        <message>
            <source>class "{name}" has teacher "{old}" on line {old_line} but "{new}" here; a class has one teacher (if these are two classes, give them different names or a Class ID column).</source>
            <translation>la classe "{name}" a l'enseignant "{old}" à la ligne {old_line} mais "{new}" ici ; une classe a un seul enseignant (s'il s'agit de deux classes, donnez-leur des noms différents ou une colonne "Class ID").</translation>
        </message>
        <message>
            <source>"{value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.</source>
            <translation>"{value}" n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-09-01.</translation>
        </message>
        <message>
            <source>the end date {end} is before the start date {start}.</source>
            <translation>la date de fin {end} est antérieure à la date de début {start}.</translation>
        </message>
        <message>
            <source>{file}, line {line}: repeats line {old_line}; used once.</source>
            <translation>{file}, ligne {line} : répète la ligne {old_line} ; prise en compte une seule fois.</translation>
        </message>
        <message>
            <source>the student is already in this class on line {old_line}, with other dates; keep one of the lines.</source>
            <translation>l'élève est déjà dans cette classe à la ligne {old_line}, avec d'autres dates ; gardez une seule des lignes.</translation>
        </message>
        <message>
            <source>{file} has no teacher column: its classes keep the teacher the register gives them (a new class has none until a roster names one).</source>
            <translation>{file} n'a pas de colonne d'enseignant : ses classes gardent l'enseignant que le logiciel leur donne (une nouvelle classe n'en a pas tant que des listes n'en indiquent pas).</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n rows of type "{role}" skipped (only students and teachers are imported).</source>
            <translation>
                <numerusform>{file} : %n ligne de type "{role}" ignorée (seuls les élèves et les enseignants sont importés).</numerusform>
                <numerusform>{file} : %n lignes de type "{role}" ignorées (seuls les élèves et les enseignants sont importés).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows with no role or type skipped (lines {lines}); fill in student or teacher to import them.</source>
            <translation>
                <numerusform>%n ligne sans rôle ni type ignorée (lignes {lines}) ; indiquez student ou teacher pour l'importer.</numerusform>
                <numerusform>%n lignes sans rôle ni type ignorées (lignes {lines}) ; indiquez student ou teacher pour les importer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than one teacher teaches %n classes; the first listed is the class teacher in the register.</source>
            <translation>
                <numerusform>Plus d'un enseignant enseigne dans %n classe ; le premier indiqué est celui de la classe pour l'appel.</numerusform>
                <numerusform>Plus d'un enseignant enseigne dans %n classes ; le premier indiqué est celui de la classe pour l'appel.</numerusform>
            </translation>
        </message>
        <message>
            <source>plain CSV</source>
            <translation>CSV simple</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Enseignants</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Élèves</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Enrollments</source>
            <translation>Inscriptions</translation>
        </message>
        <message>
            <source>Weekly lessons</source>
            <translation>Cours hebdomadaires</translation>
        </message>
        <message>
            <source>{file}, line {line}, column "{column}": {message}</source>
            <translation>{file}, ligne {line}, colonne "{column}" : {message}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {message}</source>
            <translation>{file}, ligne {line} : {message}</translation>
        </message>
        <message>
            <source>{file}, column "{column}": {message}</source>
            <translation>{file}, colonne "{column}" : {message}</translation>
        </message>
        <message>
            <source>{file}: {message}</source>
            <translation>{file} : {message}</translation>
        </message>
        <message>
            <source>line {line}, column "{column}": {message}</source>
            <translation>ligne {line}, colonne "{column}" : {message}</translation>
        </message>
        <message>
            <source>line {line}: {message}</source>
            <translation>ligne {line} : {message}</translation>
        </message>
        <message>
            <source>column "{column}": {message}</source>
            <translation>colonne "{column}" : {message}</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more problems.</source>
            <translation>
                <numerusform>… et %n autre problème.</numerusform>
                <numerusform>… et %n autres problèmes.</numerusform>
            </translation>
        </message>
        <message>
            <source>{format}: {teachers}, {students}, {classes}, {enrollments}</source>
            <translation>{format} : {teachers}, {students}, {classes}, {enrollments}</translation>
        </message>
        <message numerus="yes">
            <source>%n teachers</source>
            <translation>
                <numerusform>%n enseignant</numerusform>
                <numerusform>%n enseignants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n élève</numerusform>
                <numerusform>%n élèves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes</source>
            <translation>
                <numerusform>%n classe</numerusform>
                <numerusform>%n classes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrollments</source>
            <translation>
                <numerusform>%n inscription</numerusform>
                <numerusform>%n inscriptions</numerusform>
            </translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 avec BOM</translation>
        </message>
        <message>
            <source>{kind}: {created} created, {updated} updated, {unchanged} unchanged, {withdrawn} withdrawn.</source>
            <translation>{kind} : {created} créés, {updated} modifiés, {unchanged} inchangés, {withdrawn} retirés.</translation>
        </message>
        <message numerus="yes">
            <source>The roster has %n problems; nothing was imported.</source>
            <translation>
                <numerusform>Les listes ont %n problème ; rien n'a été importé.</numerusform>
                <numerusform>Les listes ont %n problèmes ; rien n'a été importé.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix them in the file and import it again:
{problems}</source>
            <translation>Corrigez-les dans le fichier et importez-le à nouveau :
{problems}</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>L'import a été annulé ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>the id is longer than {limit} characters.</source>
            <translation>l'identifiant dépasse {limit} caractères.</translation>
        </message>
        <message>
            <source>the name is longer than {limit} characters.</source>
            <translation>le nom dépasse {limit} caractères.</translation>
        </message>
        <message>
            <source>the number is longer than {limit} characters.</source>
            <translation>le numéro dépasse {limit} caractères.</translation>
        </message>
        <message>
            <source>the title is longer than {limit} characters.</source>
            <translation>l'intitulé dépasse {limit} caractères.</translation>
        </message>
        <message>
            <source>the identifier is longer than {limit} characters.</source>
            <translation>l'identifiant dépasse {limit} caractères.</translation>
        </message>
        <message>
            <source>the value is longer than {limit} characters.</source>
            <translation>la valeur dépasse {limit} caractères.</translation>
        </message>
        <message>
            <source>the period "{period}" is longer than {limit} characters; write the period's name as the bell times name it (1, 2, P3 ...).</source>
            <translation>l'heure de cours "{period}" dépasse {limit} caractères ; écrivez son nom comme dans les horaires des cours (1, 2, P3…).</translation>
        </message>
        <message>
            <source>There is no file or folder at {path}.</source>
            <translation>Il n'y a ni fichier ni dossier à l'emplacement {path}.</translation>
        </message>
        <message>
            <source>Check the path; a roster is a .csv file, or an export's folder or .zip.</source>
            <translation>Vérifiez le chemin ; des listes sont un fichier .csv, ou le dossier ou le .zip d'un export.</translation>
        </message>
        <message>
            <source>{name} is a spreadsheet, not a CSV file.</source>
            <translation>{name} est un classeur de tableur, pas un fichier CSV.</translation>
        </message>
        <message>
            <source>Open it in the spreadsheet program and save it as "CSV UTF-8", then import that file.</source>
            <translation>Ouvrez-le dans le tableur et enregistrez-le en "CSV UTF-8", puis importez ce fichier.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({reason}).</source>
            <translation>{path} ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <source>Check that it exists and that your account may open it.</source>
            <translation>Vérifiez qu'il existe et que votre compte a le droit de l'ouvrir.</translation>
        </message>
        <message>
            <source>{files} read past: the register keeps no schools, terms or courses.</source>
            <translation>{files} ignorés : le logiciel ne conserve ni établissements, ni périodes, ni cours.</translation>
        </message>
        <message>
            <source>the class name is empty.</source>
            <translation>le nom de la classe est vide.</translation>
        </message>
        <message>
            <source>there is no student "{id}" in {file}.</source>
            <translation>il n'y a pas d'élève "{id}" dans {file}.</translation>
        </message>
        <message>
            <source>there is no teacher "{id}" in {file}.</source>
            <translation>il n'y a pas d'enseignant "{id}" dans {file}.</translation>
        </message>
        <message>
            <source>there is no class "{id}" in {file}.</source>
            <translation>il n'y a pas de classe "{id}" dans {file}.</translation>
        </message>
        <message numerus="yes">
            <source>%n classes keep the lessons of the timetable file imported for them; the roster's periods for them are not used.</source>
            <translation>
                <numerusform>%n classe garde les cours de l'emploi du temps importé pour elle ; les heures de cours des listes ne sont pas utilisées pour elle.</numerusform>
                <numerusform>%n classes gardent les cours de l'emploi du temps importé pour elles ; les heures de cours des listes ne sont pas utilisées pour elles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The roster gives %n classes their periods; import the bell times (a CSV with period,start,end) for the lessons to appear.</source>
            <translation>
                <numerusform>Les listes donnent à %n classe ses heures de cours ; importez les horaires des cours (un CSV avec period,start,end) pour que les cours apparaissent.</numerusform>
                <numerusform>Les listes donnent à %n classes leurs heures de cours ; importez les horaires des cours (un CSV avec period,start,end) pour que les cours apparaissent.</numerusform>
            </translation>
        </message>
        <message>
            <source>The bell times have no period {period}: classes meeting in it have no lesson then until the bell times name it.</source>
            <translation>Les horaires des cours n'ont pas d'heure de cours {period} : les classes qui ont cours à ce moment n'ont pas de cours tant que les horaires ne la mentionnent pas.</translation>
        </message>
        <message>
            <source>The bell times have no period {periods}: classes meeting in them have no lesson then until the bell times name them.</source>
            <translation>Les horaires des cours n'ont pas les heures de cours {periods} : les classes qui ont cours à ces moments n'ont pas de cours tant que les horaires ne les mentionnent pas.</translation>
        </message>
    </context>
    <context>
        <name>School</name>
        <message>
            <source>J cannot be a code's key: in the register it moves down.</source>
            <translation>J ne peut pas être la touche d'un statut : dans l'appel, elle descend d'une ligne.</translation>
        </message>
        <message>
            <source>K cannot be a code's key: in the register it moves up.</source>
            <translation>K ne peut pas être la touche d'un statut : dans l'appel, elle remonte d'une ligne.</translation>
        </message>
        <message>
            <source>N cannot be a code's key: in the register it opens the note.</source>
            <translation>N ne peut pas être la touche d'un statut : dans l'appel, elle ouvre la remarque.</translation>
        </message>
        <message>
            <source>The code “{label}” was removed on another computer meanwhile.</source>
            <translation>Le statut « {label} » a été supprimé sur un autre ordinateur entre-temps.</translation>
        </message>
        <message>
            <source>Close Settings and open it again to see the current codes.</source>
            <translation>Fermez les paramètres et rouvrez-les pour voir les statuts actuels.</translation>
        </message>
        <message>
            <source>A code's key is one letter, A to Z.</source>
            <translation>La touche d'un statut est une lettre, de A à Z.</translation>
        </message>
        <message>
            <source>The key {key} is already used by “{label}”. Give that code another key first.</source>
            <translation>La touche {key} est déjà prise par « {label} ». Donnez d'abord une autre touche à ce statut.</translation>
        </message>
        <message>
            <source>The key {key} is already used by “{label}” (not in use, but its key is still taken). Give that code another key first.</source>
            <translation>La touche {key} est déjà prise par « {label} » (non utilisé, mais sa touche reste prise). Donnez d'abord une autre touche à ce statut.</translation>
        </message>
        <message>
            <source>A code needs a short code (up to 8 characters), for example P or SICK.</source>
            <translation>Un statut a besoin d'un code court (8 caractères au plus), par exemple P ou MALADE.</translation>
        </message>
        <message>
            <source>A short code has at most 8 characters.</source>
            <translation>Un code court compte au plus 8 caractères.</translation>
        </message>
        <message>
            <source>The short code {code} is already used by “{label}”.</source>
            <translation>Le code court {code} est déjà pris par « {label} ».</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>ligne {number}</translation>
        </message>
        <message>
            <source>The code in row {number} needs a label, for example Present.</source>
            <translation>Le statut de la ligne {number} a besoin d'un libellé, par exemple Présent.</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name} : {problem}</translation>
        </message>
        <message>
            <source>{name}: choose what the code means (present, late, absent...).</source>
            <translation>{name} : choisissez ce que signifie le statut (présent, en retard, absent…).</translation>
        </message>
        <message>
            <source>{name}: the colour must look like #2E7D32.</source>
            <translation>{name} : la couleur doit s'écrire ainsi : #2E7D32.</translation>
        </message>
        <message>
            <source>At least one code in use must mean Present, for the register to work.</source>
            <translation>Au moins un statut utilisé doit signifier Présent, pour que l'appel fonctionne.</translation>
        </message>
    </context>
    <context>
        <name>SchoolDay</name>
        <message>
            <source>The bell times already match the file: nothing was changed.</source>
            <translation>Les horaires des cours correspondent déjà au fichier : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The lessons of the timetable already match the file: nothing was changed.</source>
            <translation>Les cours de l'emploi du temps correspondent déjà au fichier : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The non-school days already match the file: nothing was changed.</source>
            <translation>Les jours sans cours correspondent déjà au fichier : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The terms already match the file: nothing was changed.</source>
            <translation>Les périodes correspondent déjà au fichier : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{what}: {added} added, {removed} removed, {kept} unchanged.</source>
            <translation>{what} : {added} ajoutés, {removed} supprimés, {kept} inchangés.</translation>
        </message>
        <message>
            <source>Bell times</source>
            <translation>Horaires des cours</translation>
        </message>
        <message>
            <source>The timetable's lessons</source>
            <translation>Les cours de l'emploi du temps</translation>
        </message>
        <message>
            <source>Non-school days</source>
            <translation>Jours sans cours</translation>
        </message>
        <message>
            <source>there is no class called "{name}" in the register; import the roster first, or write the class as the roster names it.</source>
            <translation>il n'y a aucune classe nommée « {name} » ; importez d'abord les listes, ou écrivez la classe comme les listes la nomment.</translation>
        </message>
        <message numerus="yes">
            <source>there are %n classes called "{name}" in the register; write the class as the roster names it, or its roster id.</source>
            <translation>
                <numerusform>il y a %n classe nommée « {name} » ; écrivez la classe comme les listes la nomment, ou son identifiant.</numerusform>
                <numerusform>il y a %n classes nommées « {name} » ; écrivez la classe comme les listes la nomment, ou son identifiant.</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no teacher called "{name}"; write the name, e-mail or roster id as the roster has it, or leave it empty for the class teacher.</source>
            <translation>il n'y a aucun enseignant nommé « {name} » ; écrivez le nom, l'adresse e-mail ou l'identifiant comme dans les listes, ou laissez vide pour l'enseignant de la classe.</translation>
        </message>
        <message numerus="yes">
            <source>there are %n teachers called "{name}"; write the e-mail or roster id as the roster has it, or leave it empty for the class teacher.</source>
            <translation>
                <numerusform>il y a %n enseignant nommé « {name} » ; écrivez l'adresse e-mail ou l'identifiant comme dans les listes, ou laissez vide pour l'enseignant de la classe.</numerusform>
                <numerusform>il y a %n enseignants nommés « {name} » ; écrivez l'adresse e-mail ou l'identifiant comme dans les listes, ou laissez vide pour l'enseignant de la classe.</numerusform>
            </translation>
        </message>
        <message>
            <source>period {period} has no bell times yet: its lessons appear once the bell times are imported.</source>
            <translation>l'heure de cours {period} n'a pas encore d'horaires : ses cours apparaîtront une fois les horaires importés.</translation>
        </message>
        <message>
            <source>{name} ({dates}) overlaps {other} ({other_dates}); remove one of them on the School day page, or correct the file.</source>
            <translation>{name} ({dates}) chevauche {other} ({other_dates}) ; supprimez l'une des deux dans l'onglet « Journée scolaire », ou corrigez le fichier.</translation>
        </message>
        <message>
            <source>this file holds {kind}, not {expected}. Choose a file of {expected}, or use File &gt; Import timetable for this one.</source>
            <translation>ce fichier contient {kind}, et non {expected}. Choisissez un fichier de {expected}, ou utilisez Fichier &gt; Importer l'emploi du temps pour celui-ci.</translation>
        </message>
        <message>
            <source>the period has no name; write 1, 2, 3... or Reg.</source>
            <translation>l'heure de cours n'a pas de nom ; écrivez 1, 2, 3… ou Reg.</translation>
        </message>
        <message>
            <source>it ends at {end}, before it starts at {start}.</source>
            <translation>elle finit à {end}, avant de commencer à {start}.</translation>
        </message>
        <message>
            <source>{days} is for week A or B only; turn on the Week A / Week B rotation, or write the days without A- or B-.</source>
            <translation>{days} ne vaut que pour la semaine A ou B ; activez l'alternance semaine A / semaine B, ou écrivez les jours sans A- ni B-.</translation>
        </message>
        <message>
            <source>Bell times, row {row} (period {period})</source>
            <translation>Horaires des cours, ligne {row} (heure {period})</translation>
        </message>
        <message>
            <source>Bell times, row {row}</source>
            <translation>Horaires des cours, ligne {row}</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <source>Non-school days, row {row}: give it a name, such as Half term or INSET day.</source>
            <translation>Jours sans cours, ligne {row} : donnez-lui un nom, par exemple Vacances de la Toussaint ou Journée pédagogique.</translation>
        </message>
        <message>
            <source>Non-school days, row {row} ({name}): it ends on {last}, before it starts on {first}.</source>
            <translation>Jours sans cours, ligne {row} ({name}) : ils finissent le {last}, avant de commencer le {first}.</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>du {first} au {last}</translation>
        </message>
        <message>
            <source>Terms, row {row}: give it a name, such as Autumn term.</source>
            <translation>Périodes, ligne {row} : donnez-lui un nom, par exemple Premier trimestre.</translation>
        </message>
        <message>
            <source>Terms, row {row} ({name}): it ends on {last}, before it starts on {first}.</source>
            <translation>Périodes, ligne {row} ({name}) : elle finit le {last}, avant de commencer le {first}.</translation>
        </message>
        <message>
            <source>Terms, row {row} ({name}): it overlaps row {other_row} ({other}), which runs {dates}.</source>
            <translation>Périodes, ligne {row} ({name}) : elle chevauche la ligne {other_row} ({other}), qui dure {dates}.</translation>
        </message>
        <message>
            <source>Give it a name, such as Half term or INSET day.</source>
            <translation>Donnez-lui un nom, par exemple Vacances de la Toussaint ou Journée pédagogique.</translation>
        </message>
        <message>
            <source>It ends on {last}, before it starts on {first}.</source>
            <translation>La période finit le {last}, avant de commencer le {first}.</translation>
        </message>
        <message>
            <source>{name} from {first} is in the list already.</source>
            <translation>{name} à partir du {first} est déjà dans la liste.</translation>
        </message>
        <message>
            <source>Give the term a name, such as Autumn term.</source>
            <translation>Donnez un nom à la période, par exemple Premier trimestre.</translation>
        </message>
        <message>
            <source>This term ends on {last}, before it starts on {first}.</source>
            <translation>Cette période finit le {last}, avant de commencer le {first}.</translation>
        </message>
        <message>
            <source>This term overlaps {other}, which runs {dates}.</source>
            <translation>Cette période chevauche {other}, qui dure {dates}.</translation>
        </message>
        <message>
            <source>between {earlier} and {later}</source>
            <translation>entre {earlier} et {later}</translation>
        </message>
        <message>
            <source>before {term} starts</source>
            <translation>avant le début de {term}</translation>
        </message>
        <message>
            <source>after {term}, the last term set</source>
            <translation>après {term}, la dernière période indiquée</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message numerus="yes">
            <source>{name}: {first} to {last}, %n days</source>
            <translation>
                <numerusform>{name} : du {first} au {last}, %n jour</numerusform>
                <numerusform>{name} : du {first} au {last}, %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Holidays and terms</source>
            <translation>Vacances et périodes</translation>
        </message>
        <message>
            <source>Holidays and closure days</source>
            <translation>Vacances et jours de fermeture</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Périodes</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Heure de cours</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>The period's name as the timetable writes it: 1, 2, 3 or Reg</source>
            <translation>Le nom de l'heure de cours tel que l'écrit l'emploi du temps : 1, 2, 3 ou Reg</translation>
        </message>
        <message>
            <source>When it starts, as 08:50</source>
            <translation>Heure de début, par exemple 08:50</translation>
        </message>
        <message>
            <source>When it ends, as 09:45</source>
            <translation>Heure de fin, par exemple 09:45</translation>
        </message>
        <message>
            <source>Mon-Fri, Wed, Mon,Tue,Thu; A-Mon or B-Fri on a two-week timetable</source>
            <translation>Mon-Fri, Wed, Mon,Tue,Thu ; A-Mon ou B-Fri pour un emploi du temps sur deux semaines (jours en abrégé anglais)</translation>
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
            <translation>Ajouter une heure</translation>
        </message>
        <message>
            <source>Import bell times…</source>
            <translation>Importer les horaires…</translation>
        </message>
        <message>
            <source>A CSV file with the columns period, start, end and optionally days</source>
            <translation>Un fichier CSV avec les colonnes period, start, end et éventuellement days</translation>
        </message>
        <message>
            <source>Double-click a cell to change it. Days: Mon-Fri, Wed or Mon,Tue,Thu; A-Mon or B-Fri on a two-week timetable.</source>
            <translation>Double-cliquez sur une cellule pour la modifier. Jours (abrégés en anglais) : Mon-Fri, Wed ou Mon,Tue,Thu ; A-Mon ou B-Fri pour un emploi du temps sur deux semaines.</translation>
        </message>
        <message>
            <source>Week A and Week B alternate</source>
            <translation>Semaine A et semaine B en alternance</translation>
        </message>
        <message>
            <source>A Monday of Week A</source>
            <translation>Un lundi de la semaine A</translation>
        </message>
        <message>
            <source>Week A includes:</source>
            <translation>La semaine A comprend :</translation>
        </message>
        <message>
            <source>Two-week timetable</source>
            <translation>Emploi du temps sur deux semaines</translation>
        </message>
        <message>
            <source>No lessons on these days. Your authority's term-dates calendar (.ics) has them.</source>
            <translation>Aucun cours ces jours-là. Le calendrier scolaire (.ics) de votre académie les contient.</translation>
        </message>
        <message>
            <source>Add days closed:</source>
            <translation>Ajouter des jours de fermeture :</translation>
        </message>
        <message>
            <source>First day closed</source>
            <translation>Premier jour de fermeture</translation>
        </message>
        <message>
            <source>Last day closed</source>
            <translation>Dernier jour de fermeture</translation>
        </message>
        <message>
            <source>Name of the holiday</source>
            <translation>Nom des vacances</translation>
        </message>
        <message>
            <source>Name, such as Half term</source>
            <translation>Nom, par exemple Vacances de la Toussaint</translation>
        </message>
        <message>
            <source>Import holidays…</source>
            <translation>Importer les vacances…</translation>
        </message>
        <message>
            <source>An iCalendar (.ics) file of all-day events, such as your authority's term dates</source>
            <translation>Un fichier iCalendar (.ics) d'événements sur la journée entière, comme le calendrier scolaire de votre académie</translation>
        </message>
        <message>
            <source>With terms listed, days outside every term have no lessons. Leave the list empty to use the holidays alone.</source>
            <translation>Quand des périodes sont indiquées, les jours hors de toute période n'ont pas de cours. Laissez la liste vide pour n'utiliser que les vacances.</translation>
        </message>
        <message>
            <source>Add a term:</source>
            <translation>Ajouter une période :</translation>
        </message>
        <message>
            <source>First day of the term</source>
            <translation>Premier jour de la période</translation>
        </message>
        <message>
            <source>Last day of the term</source>
            <translation>Dernier jour de la période</translation>
        </message>
        <message>
            <source>Name of the term</source>
            <translation>Nom de la période</translation>
        </message>
        <message>
            <source>Name, such as Autumn term</source>
            <translation>Nom, par exemple Premier trimestre</translation>
        </message>
        <message>
            <source>Import terms…</source>
            <translation>Importer les périodes…</translation>
        </message>
        <message>
            <source>An iCalendar (.ics) file with one all-day event for each term</source>
            <translation>Un fichier iCalendar (.ics) avec un événement sur la journée entière par période</translation>
        </message>
        <message>
            <source>Every week has the same timetable.</source>
            <translation>Chaque semaine a le même emploi du temps.</translation>
        </message>
        <message>
            <source>This week (from {monday}) is Week {week}.</source>
            <translation>Cette semaine (à partir du {monday}) est la semaine {week}.</translation>
        </message>
        <message>
            <source>Loading what was imported…</source>
            <translation>Chargement de ce qui a été importé…</translation>
        </message>
        <message>
            <source>The school day could not be read again; the details are in the log.</source>
            <translation>La journée scolaire n'a pas pu être relue ; les détails sont dans le journal.</translation>
        </message>
        <message>
            <source>bell times</source>
            <translation>des horaires de cours</translation>
        </message>
        <message>
            <source>a timetable</source>
            <translation>un emploi du temps</translation>
        </message>
        <message>
            <source>lessons from a calendar</source>
            <translation>des cours issus d'un calendrier</translation>
        </message>
        <message>
            <source>non-school days</source>
            <translation>des jours sans cours</translation>
        </message>
        <message>
            <source>terms</source>
            <translation>des périodes</translation>
        </message>
        <message numerus="yes">
            <source>bell times, %n periods</source>
            <translation>
                <numerusform>horaires des cours, %n heure de cours</numerusform>
                <numerusform>horaires des cours, %n heures de cours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a timetable, %n lessons a week</source>
            <translation>
                <numerusform>un emploi du temps, %n cours par semaine</numerusform>
                <numerusform>un emploi du temps, %n cours par semaine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lessons from a calendar, %n weekly lessons</source>
            <translation>
                <numerusform>cours issus d'un calendrier, %n cours hebdomadaire</numerusform>
                <numerusform>cours issus d'un calendrier, %n cours hebdomadaires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>non-school days, %n non-school days or holidays</source>
            <translation>
                <numerusform>jours sans cours, %n jour sans cours ou vacances</numerusform>
                <numerusform>jours sans cours, %n jours sans cours ou vacances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>terms, %n terms</source>
            <translation>
                <numerusform>périodes, %n période</numerusform>
                <numerusform>périodes, %n périodes</numerusform>
            </translation>
        </message>
        <message>
            <source>not recognised</source>
            <translation>non reconnu</translation>
        </message>
        <message>
            <source>{file}: {what}</source>
            <translation>{file} : {what}</translation>
        </message>
        <message>
            <source>the file is {size} MB; a timetable is far smaller: is this the right file?</source>
            <translation>le fichier fait {size} Mo ; un emploi du temps est bien plus petit : est-ce le bon fichier ?</translation>
        </message>
        <message>
            <source>the file cannot be read ({error}).</source>
            <translation>le fichier ne peut pas être lu ({error}).</translation>
        </message>
        <message>
            <source>this is neither bell times (columns period, start, end and optionally days) nor a timetable (columns class, day, period, room, teacher).</source>
            <translation>ce ne sont ni des horaires de cours (colonnes period, start, end et éventuellement days) ni un emploi du temps (colonnes class, day, period, room, teacher).</translation>
        </message>
        <message>
            <source>the period is empty.</source>
            <translation>l'heure de cours est vide.</translation>
        </message>
        <message>
            <source>period {period} ends before it starts.</source>
            <translation>l'heure de cours {period} finit avant de commencer.</translation>
        </message>
        <message>
            <source>period {period} is given twice for {day} (also on row {n}).</source>
            <translation>l'heure de cours {period} figure deux fois pour {day} (aussi à la ligne {n}).</translation>
        </message>
        <message>
            <source>on {day}, period {period} starts before period {other} ends (row {n}).</source>
            <translation>le {day}, l'heure de cours {period} commence avant la fin de l'heure {other} (ligne {n}).</translation>
        </message>
        <message>
            <source>period {period} is given twice for {day} (also on line {n}).</source>
            <translation>l'heure de cours {period} figure deux fois pour {day} (aussi à la ligne {n}).</translation>
        </message>
        <message>
            <source>on {day}, period {period} starts before period {other} ends (line {n}).</source>
            <translation>le {day}, l'heure de cours {period} commence avant la fin de l'heure {other} (ligne {n}).</translation>
        </message>
        <message>
            <source>a timetable needs a period column, or start and end columns.</source>
            <translation>un emploi du temps a besoin d'une colonne period, ou des colonnes start et end.</translation>
        </message>
        <message>
            <source>the class is empty.</source>
            <translation>la classe est vide.</translation>
        </message>
        <message>
            <source>the lesson ends before it starts.</source>
            <translation>le cours finit avant de commencer.</translation>
        </message>
        <message>
            <source>the calendar file cannot be read ({error}).</source>
            <translation>le fichier de calendrier ne peut pas être lu ({error}).</translation>
        </message>
        <message>
            <source>the calendar holds no events.</source>
            <translation>le calendrier ne contient aucun événement.</translation>
        </message>
        <message>
            <source>the calendar mixes {all_day} all-day events (holidays) with {timed} timed events (lessons); import them as two files.</source>
            <translation>le calendrier mélange {all_day} événements sur la journée entière (vacances) et {timed} événements horaires (cours) ; importez-les en deux fichiers.</translation>
        </message>
        <message>
            <source>School closed</source>
            <translation>Établissement fermé</translation>
        </message>
        <message>
            <source>event {number} ("{summary}")</source>
            <translation>événement {number} (« {summary} »)</translation>
        </message>
        <message>
            <source>event {number}</source>
            <translation>événement {number}</translation>
        </message>
        <message>
            <source>the event has no summary naming its class.</source>
            <translation>l'événement n'a pas de titre indiquant sa classe.</translation>
        </message>
        <message>
            <source>only weekly lessons can be imported (FREQ=WEEKLY).</source>
            <translation>seuls les cours hebdomadaires peuvent être importés (FREQ=WEEKLY).</translation>
        </message>
        <message>
            <source>"{text}" is not a day of the week; write Mon, Tue, Wed, Thu or Fri.</source>
            <translation>« {text} » n'est pas un jour de la semaine ; écrivez Mon, Tue, Wed, Thu ou Fri.</translation>
        </message>
        <message>
            <source>"{text}" is not a day; write Mon..Fri, or A-Mon..B-Fri on a rotation.</source>
            <translation>« {text} » n'est pas un jour ; écrivez Mon..Fri, ou A-Mon..B-Fri en cas d'alternance.</translation>
        </message>
        <message>
            <source>"{text}": the first day comes after the last.</source>
            <translation>« {text} » : le premier jour vient après le dernier.</translation>
        </message>
        <message>
            <source>"{text}" is not a time of day; write it as 08:50.</source>
            <translation>« {text} » n'est pas une heure ; écrivez-la comme 08:50.</translation>
        </message>
        <message>
            <source>Timetable files (*.csv *.ics *.txt);;All files (*)</source>
            <translation>Fichiers d'emploi du temps (*.csv *.ics *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Bell times (*.csv *.txt);;All files (*)</source>
            <translation>Horaires des cours (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Calendars (*.ics);;All files (*)</source>
            <translation>Calendriers (*.ics);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Bell times&lt;/b&gt;: a CSV file with the columns &lt;i&gt;period, start, end&lt;/i&gt; and, when some days differ, &lt;i&gt;days&lt;/i&gt; (Mon-Fri, Wed, A-Mon...).&lt;br&gt;&lt;b&gt;A timetable&lt;/b&gt;: a CSV file with &lt;i&gt;class, day, period, room, teacher&lt;/i&gt; (day Mon..Fri, or A-Mon..B-Fri on a two-week rotation; &lt;i&gt;start, end&lt;/i&gt; may stand for the period), or an iCalendar (.ics) export of weekly lessons.&lt;br&gt;&lt;b&gt;Holidays and closure days&lt;/b&gt;: an iCalendar (.ics) file of all-day events, as education authorities publish term dates.&lt;br&gt;&lt;br&gt;The kind of file is recognised from what it holds. Nothing is written until you press &lt;b&gt;Import&lt;/b&gt;; an import is all or nothing. Bell times and a timetable replace the ones there; holidays are added to those already known. Lessons already registered never move.</source>
            <translation>&lt;b&gt;Horaires des cours&lt;/b&gt; : un fichier CSV avec les colonnes &lt;i&gt;period, start, end&lt;/i&gt; et, quand certains jours diffèrent, &lt;i&gt;days&lt;/i&gt; (Mon-Fri, Wed, A-Mon… ; jours abrégés en anglais).&lt;br&gt;&lt;b&gt;Un emploi du temps&lt;/b&gt; : un fichier CSV avec &lt;i&gt;class, day, period, room, teacher&lt;/i&gt; (day Mon..Fri, ou A-Mon..B-Fri en alternance sur deux semaines ; &lt;i&gt;start, end&lt;/i&gt; peuvent remplacer l'heure de cours), ou un export iCalendar (.ics) de cours hebdomadaires.&lt;br&gt;&lt;b&gt;Vacances et jours de fermeture&lt;/b&gt; : un fichier iCalendar (.ics) d'événements sur la journée entière, comme les académies publient le calendrier scolaire.&lt;br&gt;&lt;br&gt;Le type de fichier est reconnu à son contenu. Rien n'est écrit avant que vous appuyiez sur &lt;b&gt;Importer&lt;/b&gt; ; un import se fait en entier ou pas du tout. Les horaires et l'emploi du temps remplacent ceux en place ; les vacances s'ajoutent à celles déjà connues. Les cours dont l'appel est fait ne bougent jamais.</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Heures de cours</translation>
        </message>
        <message>
            <source>Weekly lessons</source>
            <translation>Cours hebdomadaires</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajoutés</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifiés</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Supprimés</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>Not in the register yet: will be added</source>
            <translation>Pas encore enregistré : sera ajouté</translation>
        </message>
        <message>
            <source>The same period, or the same class on the same day, with new times, room or teacher</source>
            <translation>La même heure de cours, ou la même classe le même jour, avec de nouveaux horaires, une nouvelle salle ou un nouvel enseignant</translation>
        </message>
        <message>
            <source>In the register but not in the file: future lessons made from it go; lessons already registered stay</source>
            <translation>Enregistré mais absent du fichier : les cours à venir qui en découlent disparaissent ; les cours dont l'appel est fait restent</translation>
        </message>
        <message>
            <source>Already in the register exactly as in this file</source>
            <translation>Déjà enregistré exactement comme dans ce fichier</translation>
        </message>
        <message numerus="yes">
            <source>{file} holds bell times: %n periods.</source>
            <translation>
                <numerusform>{file} contient des horaires de cours : %n heure de cours.</numerusform>
                <numerusform>{file} contient des horaires de cours : %n heures de cours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds a timetable: %n lessons a week.</source>
            <translation>
                <numerusform>{file} contient un emploi du temps : %n cours par semaine.</numerusform>
                <numerusform>{file} contient un emploi du temps : %n cours par semaine.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds lessons from a calendar: %n weekly lessons.</source>
            <translation>
                <numerusform>{file} contient des cours issus d'un calendrier : %n cours hebdomadaire.</numerusform>
                <numerusform>{file} contient des cours issus d'un calendrier : %n cours hebdomadaires.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds non-school days: %n holidays or closure days.</source>
            <translation>
                <numerusform>{file} contient des jours sans cours : %n vacances ou jour de fermeture.</numerusform>
                <numerusform>{file} contient des jours sans cours : %n vacances ou jours de fermeture.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} holds terms: %n terms.</source>
            <translation>
                <numerusform>{file} contient des périodes : %n période.</numerusform>
                <numerusform>{file} contient des périodes : %n périodes.</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} holds nothing that can be imported.</source>
            <translation>{file} ne contient rien qui puisse être importé.</translation>
        </message>
        <message>
            <source>period {period}</source>
            <translation>heure {period}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Enseignant</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the bell times:</source>
            <translation>Importé. Ces modifications ont été faites aux horaires des cours :</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the timetable:</source>
            <translation>Importé. Ces modifications ont été faites à l'emploi du temps :</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the non-school days:</source>
            <translation>Importé. Ces modifications ont été faites aux jours sans cours :</translation>
        </message>
        <message>
            <source>Imported. These changes were made to the terms:</source>
            <translation>Importé. Ces modifications ont été faites aux périodes :</translation>
        </message>
        <message>
            <source>Importing this file would change the bell times:</source>
            <translation>L'import de ce fichier modifierait ainsi les horaires des cours :</translation>
        </message>
        <message>
            <source>Importing this file would change the timetable:</source>
            <translation>L'import de ce fichier modifierait ainsi l'emploi du temps :</translation>
        </message>
        <message>
            <source>Importing this file would change the non-school days:</source>
            <translation>L'import de ce fichier modifierait ainsi les jours sans cours :</translation>
        </message>
        <message>
            <source>Importing this file would change the terms:</source>
            <translation>L'import de ce fichier modifierait ainsi les périodes :</translation>
        </message>
        <message>
            <source>Import bell times</source>
            <translation>Importer les horaires des cours</translation>
        </message>
        <message>
            <source>Import holidays and closure days</source>
            <translation>Importer les vacances et jours de fermeture</translation>
        </message>
        <message>
            <source>Import terms</source>
            <translation>Importer les périodes</translation>
        </message>
        <message>
            <source>Import timetable</source>
            <translation>Importer l'emploi du temps</translation>
        </message>
        <message>
            <source>Bring in the times of the school day's periods from a CSV file.</source>
            <translation>Reprenez les horaires des heures de cours de la journée depuis un fichier CSV.</translation>
        </message>
        <message>
            <source>Bring in holidays and closure days from an iCalendar (.ics) file, such as your education authority's term dates.</source>
            <translation>Reprenez les vacances et les jours de fermeture depuis un fichier iCalendar (.ics), comme le calendrier scolaire de votre académie.</translation>
        </message>
        <message>
            <source>Bring in the terms from an iCalendar (.ics) file with one all-day event for each term, such as your education authority's term dates.</source>
            <translation>Reprenez les périodes depuis un fichier iCalendar (.ics) comportant un événement sur la journée entière par période, comme le calendrier de votre académie.</translation>
        </message>
        <message>
            <source>Bring in bell times, the weekly timetable, or holidays from a file your school's information system or education authority exports.</source>
            <translation>Reprenez les horaires des cours, l'emploi du temps hebdomadaire ou les vacances depuis un fichier exporté par le logiciel de vie scolaire ou par votre académie.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <source>A .ics file</source>
            <translation>Un fichier .ics</translation>
        </message>
        <message>
            <source>A .csv or .ics file</source>
            <translation>Un fichier .csv ou .ics</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>What the import changes</source>
            <translation>Ce que l'import modifie</translation>
        </message>
        <message>
            <source>In the file:</source>
            <translation>Dans le fichier :</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Ce que contient le fichier</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problèmes dans le fichier</translation>
        </message>
        <message>
            <source>Nothing has been written. Fix these in the file (or in your school's system and export again), then choose the file again.</source>
            <translation>Rien n'a été écrit. Corrigez ces points dans le fichier (ou dans le logiciel de l'établissement, puis exportez à nouveau), puis choisissez à nouveau le fichier.</translation>
        </message>
        <message>
            <source>Copy problems</source>
            <translation>Copier les problèmes</translation>
        </message>
        <message>
            <source>Copy the list, to send to whoever keeps the file</source>
            <translation>Copier la liste, pour l'envoyer à la personne qui tient le fichier</translation>
        </message>
        <message>
            <source>Reading {file} and comparing it with the register…</source>
            <translation>Lecture de {file} et comparaison avec les données enregistrées…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Le fichier n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>The register already matches this file: there is nothing to change.</source>
            <translation>Les données correspondent déjà à ce fichier : il n'y a rien à modifier.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Rien à faire.</translation>
        </message>
        <message>
            <source>Press Import to write these changes, all in one go.</source>
            <translation>Appuyez sur « Importer » pour écrire ces modifications en une seule fois.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… et %n de plus.</numerusform>
                <numerusform>… et %n de plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings (the import can go ahead)</source>
            <translation>
                <numerusform>%n avertissement (l'import peut avoir lieu)</numerusform>
                <numerusform>%n avertissements (l'import peut avoir lieu)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problems. It cannot be imported until they are fixed.</source>
            <translation>
                <numerusform>Le fichier présente %n problème. Il ne peut pas être importé tant qu'il n'est pas corrigé.</numerusform>
                <numerusform>Le fichier présente %n problèmes. Il ne peut pas être importé tant qu'ils ne sont pas corrigés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in {file}.</source>
            <translation>
                <numerusform>Rien n'a été importé : %n problème dans {file}.</numerusform>
                <numerusform>Rien n'a été importé : %n problèmes dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problems in the file.</source>
            <translation>
                <numerusform>Rien n'a été importé : %n problème dans le fichier.</numerusform>
                <numerusform>Rien n'a été importé : %n problèmes dans le fichier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Import de {file}…</translation>
        </message>
        <message>
            <source>The import failed. Nothing was imported.</source>
            <translation>L'import a échoué. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>{file} was imported. Lessons from today on follow it; registers already taken are left as they are.</source>
            <translation>{file} a été importé. Les cours à partir d'aujourd'hui le suivent ; les appels déjà faits restent tels quels.</translation>
        </message>
        <message>
            <source>{what} {why}</source>
            <translation>{what} {why}</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Choisissez le fichier à importer.</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>attendance-desktop: cannot write the log file: {error}</source>
            <translation>attendance-desktop : impossible d'écrire le fichier journal : {error}</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details are in the log file{log}.</source>
            <translation>erreur inattendue ({kind}) ; les détails sont dans le fichier journal{log}.</translation>
        </message>
        <message>
            <source>self-test: passed</source>
            <translation>autotest : réussi</translation>
        </message>
        <message>
            <source>attendance-desktop: self-test failed: {reason}</source>
            <translation>attendance-desktop : autotest échoué : {reason}</translation>
        </message>
        <message>
            <source>{doing}: {problem}</source>
            <comment>e.g. marking a student: the ...</comment>
            <translation>{doing} : {problem}</translation>
        </message>
        <message>
            <source> ({file})</source>
            <comment>the log file's path</comment>
            <translation> ({file})</translation>
        </message>
        <message>
            <source>it hung and was stopped after {seconds} s; details are in the log file{log}.</source>
            <translation>il était bloqué et a été arrêté au bout de {seconds} s ; les détails sont dans le fichier journal{log}.</translation>
        </message>
        <message>
            <source>self-test: {message}</source>
            <translation>autotest : {message}</translation>
        </message>
        <message>
            <source>no answer within the {seconds} s allowed</source>
            <translation>pas de réponse dans les {seconds} s permises</translation>
        </message>
        <message>
            <source>starting Qt</source>
            <translation>démarrage de Qt</translation>
        </message>
        <message>
            <source>attendance-desktop {version}, Qt {qt}, platform {platform}</source>
            <translation>attendance-desktop {version}, Qt {qt}, plateforme {platform}</translation>
        </message>
        <message>
            <source>a non-GUI Qt application is already running</source>
            <translation>une application Qt sans interface graphique est déjà lancée</translation>
        </message>
        <message>
            <source>creating and migrating a database</source>
            <translation>création et migration d'une base de données</translation>
        </message>
        <message>
            <source>database created and migrated to revision {revision} (SQLite, temporary)</source>
            <translation>base de données créée et migrée à la révision {revision} (SQLite, temporaire)</translation>
        </message>
        <message>
            <source>reading the school's time zone</source>
            <translation>lecture du fuseau horaire de l'établissement</translation>
        </message>
        <message>
            <source>loading the demo school</source>
            <translation>chargement de l'école de démonstration</translation>
        </message>
        <message>
            <source>the demo school has no lessons today ({date})</source>
            <translation>l'école de démonstration n'a pas de cours aujourd'hui ({date})</translation>
        </message>
        <message>
            <source>demo school loaded: {students} in {classes}, {lessons} today</source>
            <translation>école de démonstration chargée : {students} dans {classes}, {lessons} aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source>%n students</source>
            <translation>
                <numerusform>%n élève</numerusform>
                <numerusform>%n élèves</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n classes</source>
            <translation>
                <numerusform>%n classe</numerusform>
                <numerusform>%n classes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lessons</source>
            <translation>
                <numerusform>%n cours</numerusform>
                <numerusform>%n cours</numerusform>
            </translation>
        </message>
        <message>
            <source>opening the main window</source>
            <translation>ouverture de la fenêtre principale</translation>
        </message>
        <message>
            <source>closing the main window</source>
            <translation>fermeture de la fenêtre principale</translation>
        </message>
        <message>
            <source>opening today's first lesson</source>
            <translation>ouverture du premier cours de la journée</translation>
        </message>
        <message>
            <source>main window opened on {lesson}, {time}, {teacher}</source>
            <translation>fenêtre principale ouverte sur {lesson}, {time}, {teacher}</translation>
        </message>
        <message>
            <source>starting the register</source>
            <translation>ouverture de l'appel</translation>
        </message>
        <message numerus="yes">
            <source>register started: %n students</source>
            <translation>
                <numerusform>appel commencé : %n élève</numerusform>
                <numerusform>appel commencé : %n élèves</numerusform>
            </translation>
        </message>
        <message>
            <source>today's lesson is {status} with {students} students; a demo lesson should be ready to take</source>
            <translation>le cours du jour est {status} avec {students} élèves ; un cours de démonstration devrait être prêt pour l'appel</translation>
        </message>
        <message>
            <source>marking a student</source>
            <translation>saisie de la marque d'un élève</translation>
        </message>
        <message>
            <source>the database has no Present code with a key</source>
            <translation>la base de données n'a pas de code Présent avec une touche</translation>
        </message>
        <message>
            <source>every student is already marked</source>
            <translation>tous les élèves ont déjà une marque</translation>
        </message>
        <message>
            <source>the {key} key did not mark {name}</source>
            <translation>la touche {key} n'a pas marqué {name}</translation>
        </message>
        <message>
            <source>saving the mark of {name}</source>
            <translation>enregistrement de la marque de {name}</translation>
        </message>
        <message>
            <source>the register shows {state}</source>
            <translation>l'appel affiche {state}</translation>
        </message>
        <message>
            <source>marked {name} as {mark} with the {key} key; the register shows it saved</source>
            <translation>{name} marqué {mark} avec la touche {key} ; l'appel l'affiche comme enregistré</translation>
        </message>
        <message>
            <source>reading the mark back from the database</source>
            <translation>relecture de la marque dans la base de données</translation>
        </message>
        <message>
            <source>attendance row {row} is not there</source>
            <translation>la ligne de présence {row} est absente</translation>
        </message>
        <message>
            <source>no mark</source>
            <translation>aucune marque</translation>
        </message>
        <message>
            <source>the register showed {shown} saved, but the database has {stored} (version {version}; it was {before} before the mark)</source>
            <translation>l'appel affichait {shown} comme enregistré, mais la base de données contient {stored} (version {version} ; c'était {before} avant la marque)</translation>
        </message>
        <message>
            <source>the change history does not record the mark by {name} (found {found}, row changed by {changed_by})</source>
            <translation>l'historique des modifications n'enregistre pas la marque de {name} (trouvé {found}, ligne modifiée par {changed_by})</translation>
        </message>
        <message>
            <source>the mark was read back from the database (version {version}, by {name})</source>
            <translation>la marque a été relue dans la base de données (version {version}, par {name})</translation>
        </message>
        <message>
            <source>printing the register to a PDF file</source>
            <translation>impression de l'appel dans un fichier PDF</translation>
        </message>
        <message>
            <source>no complete PDF file was written ({bytes} bytes at {file})</source>
            <translation>aucun fichier PDF complet n'a été écrit ({bytes} octets dans {file})</translation>
        </message>
        <message>
            <source>register printed to a PDF file ({size} KB)</source>
            <translation>appel imprimé dans un fichier PDF ({size} Ko)</translation>
        </message>
        <message>
            <source>loading the app icon</source>
            <translation>chargement de l'icône du logiciel</translation>
        </message>
        <message>
            <source>Qt cannot read {file}</source>
            <translation>Qt ne peut pas lire {file}</translation>
        </message>
        <message>
            <source>app icon loaded (PNG and SVG)</source>
            <translation>icône du logiciel chargée (PNG et SVG)</translation>
        </message>
        <message>
            <source>code {number}</source>
            <translation>code {number}</translation>
        </message>
        <message>
            <source>the student</source>
            <translation>l'élève</translation>
        </message>
        <message>
            <source>unexpected error ({kind}: {error}); details are in the log file{log}</source>
            <translation>erreur inattendue ({kind} : {error}) ; les détails sont dans le fichier journal{log}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>On a shared PostgreSQL server (several computers)</source>
            <translation>Sur un serveur PostgreSQL partagé (plusieurs ordinateurs)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Sections des paramètres</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Attendance codes</source>
            <translation>Codes de présence</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>School day</source>
            <translation>Journée scolaire</translation>
        </message>
        <message>
            <source>Not connected to a database. Fix the database settings and restart the app to change these.</source>
            <translation>Pas de connexion à une base de données. Corrigez les paramètres de la base de données et redémarrez l'application pour modifier ceci.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>The settings could not be read from the database; the details are in the log.</source>
            <translation>Les paramètres n'ont pas pu être lus dans la base de données ; les détails sont dans le journal.</translation>
        </message>
        <message>
            <source>Nothing was saved to the database: {error}</source>
            <translation>Rien n'a été enregistré dans la base de données : {error}</translation>
        </message>
        <message>
            <source>Nothing was saved to the database because of a fault in the app; the details are in the log file.</source>
            <translation>Rien n'a été enregistré dans la base de données à cause d'une erreur de l'application ; les détails sont dans le fichier journal.</translation>
        </message>
        <message>
            <source>Off (disable)</source>
            <translation>Désactivé (disable)</translation>
        </message>
        <message>
            <source>Only if the server insists (allow)</source>
            <translation>Seulement si le serveur l'exige (allow)</translation>
        </message>
        <message>
            <source>When the server offers it (prefer)</source>
            <translation>Quand le serveur le propose (prefer)</translation>
        </message>
        <message>
            <source>Always, certificate not checked (require)</source>
            <translation>Toujours, certificat non vérifié (require)</translation>
        </message>
        <message>
            <source>Always, certificate checked (verify-ca)</source>
            <translation>Toujours, certificat vérifié (verify-ca)</translation>
        </message>
        <message>
            <source>Always, certificate and server name checked (verify-full)</source>
            <translation>Toujours, certificat et nom du serveur vérifiés (verify-full)</translation>
        </message>
        <message>
            <source>Names and marks cross the network readable by anyone on it.</source>
            <translation>Les noms et les statuts circulent sur le réseau, lisibles par quiconque y est connecté.</translation>
        </message>
        <message>
            <source>Usually unencrypted: names and marks may cross the network readable.</source>
            <translation>Généralement non chiffré : les noms et les statuts peuvent circuler lisibles sur le réseau.</translation>
        </message>
        <message>
            <source>Encrypted when the server offers it, but another computer could pretend to be the server.</source>
            <translation>Chiffré quand le serveur le propose, mais un autre ordinateur pourrait se faire passer pour le serveur.</translation>
        </message>
        <message>
            <source>Encrypted, but another computer could pretend to be the server.</source>
            <translation>Chiffré, mais un autre ordinateur pourrait se faire passer pour le serveur.</translation>
        </message>
        <message>
            <source>Encrypted, to a server whose certificate the school's certificate authority signed.</source>
            <translation>Chiffré, vers un serveur dont le certificat a été signé par l'autorité de certification de l'établissement.</translation>
        </message>
        <message>
            <source>Recommended: encrypted, to this very server, checked by its certificate.</source>
            <translation>Recommandé : chiffré, vers ce serveur précis, vérifié par son certificat.</translation>
        </message>
        <message>
            <source>On this computer only (a database file)</source>
            <translation>Sur cet ordinateur uniquement (un fichier de base de données)</translation>
        </message>
        <message>
            <source>Where are the registers kept?</source>
            <translation>Où les feuilles d'appel sont-elles conservées ?</translation>
        </message>
        <message>
            <source>A change here takes effect the next time attendance-desktop starts.</source>
            <translation>Une modification ici prend effet au prochain démarrage d'attendance-desktop.</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Fichier de base de données</translation>
        </message>
        <message>
            <source>Default: {path}</source>
            <translation>Par défaut : {path}</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>Leave empty for the usual place. Keep the file on this computer's own disk: a shared network folder can damage it.</source>
            <translation>Laissez vide pour l'emplacement habituel. Gardez le fichier sur le disque de cet ordinateur : un dossier réseau partagé peut l'endommager.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>for example attendance.school.local</source>
            <translation>par exemple attendance.school.local</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database name</source>
            <translation>Nom de la base de données</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>PostgreSQL server</source>
            <translation>Serveur PostgreSQL</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de données :</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Nom d'utilisateur :</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <source>Encryption (TLS)</source>
            <translation>Chiffrement (TLS)</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Chiffrement :</translation>
        </message>
        <message>
            <source>Certificate authority file</source>
            <translation>Fichier de l'autorité de certification</translation>
        </message>
        <message>
            <source>Default: root.crt in the .postgresql folder of your home folder</source>
            <translation>Par défaut : root.crt dans le dossier .postgresql de votre dossier personnel</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>CA certificate:</source>
            <translation>Certificat de l'AC :</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>Système ({language})</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>Takes effect the next time the app starts.</source>
            <translation>Prend effet au prochain démarrage de l'application.</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Not available until the app is connected to a database.</source>
            <translation>Indisponible tant que l'application n'est pas connectée à une base de données.</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Résultat du test de connexion</translation>
        </message>
        <message>
            <source>Enter the server's name or address, for example attendance.school.local.</source>
            <translation>Saisissez le nom ou l'adresse du serveur, par exemple attendance.school.local.</translation>
        </message>
        <message>
            <source>The server's name cannot contain spaces or slashes.</source>
            <translation>Le nom du serveur ne peut pas contenir d'espaces ni de barres obliques.</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535 (PostgreSQL usually uses 5432).</source>
            <translation>Le port est un nombre de 1 à 65535 (PostgreSQL utilise généralement 5432).</translation>
        </message>
        <message>
            <source>Enter the name of the database on the server, for example attendance.</source>
            <translation>Saisissez le nom de la base de données sur le serveur, par exemple attendance.</translation>
        </message>
        <message>
            <source>Enter the user name the server expects.</source>
            <translation>Saisissez le nom d'utilisateur attendu par le serveur.</translation>
        </message>
        <message>
            <source>The CA certificate file {path} does not exist. Choose the file IT gave you with Browse…, or clear the field.</source>
            <translation>Le fichier de certificat de l'AC {path} n'existe pas. Choisissez avec « Parcourir… » le fichier fourni par le service informatique, ou videz le champ.</translation>
        </message>
        <message>
            <source>The password could not be saved in the system keyring, and it is never written to the settings file. Ask IT to set up a keyring for this account, or clear the password field to save the other settings.</source>
            <translation>Le mot de passe n'a pas pu être enregistré dans le trousseau du système, et il n'est jamais écrit dans le fichier de paramètres. Demandez au service informatique de configurer un trousseau pour ce compte, ou videz le champ du mot de passe pour enregistrer les autres paramètres.</translation>
        </message>
        <message>
            <source>Saved in the system keyring</source>
            <translation>Enregistré dans le trousseau du système</translation>
        </message>
        <message>
            <source>Kept in the system keyring, never in the settings file. Leave empty to keep the saved one.</source>
            <translation>Conservé dans le trousseau du système, jamais dans le fichier de paramètres. Laissez vide pour garder celui enregistré.</translation>
        </message>
        <message>
            <source>Kept in the system keyring, never in the settings file.</source>
            <translation>Conservé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
        </message>
        <message>
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Attendance database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Base de présence (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <source>The connection test failed unexpectedly ({error}).</source>
            <translation>Le test de connexion a échoué de façon inattendue ({error}).</translation>
        </message>
        <message>
            <source>The details are in the log file; please report it.</source>
            <translation>Les détails sont dans le fichier journal ; merci de le signaler.</translation>
        </message>
        <message>
            <source>What to do: {hint}</source>
            <translation>Que faire : {hint}</translation>
        </message>
        <message>
            <source>Give the database file's full path, or choose it with Choose….</source>
            <translation>Indiquez le chemin complet du fichier de base de données, ou choisissez-le avec « Choisir… ».</translation>
        </message>
        <message>
            <source>{path} is a folder: add a file name, such as attendance.sqlite3.</source>
            <translation>{path} est un dossier : ajoutez un nom de fichier, par exemple attendance.sqlite3.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <source>Add code</source>
            <translation>Ajouter un code</translation>
        </message>
        <message>
            <source>Take out of use</source>
            <translation>Retirer de l'usage</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>The marks teachers can give, in the order Space steps through them. Each has one letter to press in the register. Double-click a cell to change it. Codes used in old registers cannot be deleted, only taken out of use.</source>
            <translation>Les statuts que les enseignants peuvent donner, dans l'ordre que parcourt la touche Espace. Chacun a une lettre à taper pendant l'appel. Double-cliquez sur une cellule pour la modifier. Les codes utilisés dans d'anciens appels ne peuvent pas être supprimés, seulement retirés de l'usage.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Put back in use</source>
            <translation>Remettre en usage</translation>
        </message>
        <message>
            <source>School name</source>
            <translation>Nom de l'établissement</translation>
        </message>
        <message>
            <source>for example Riverside Academy</source>
            <translation>par exemple Collège Jean Moulin</translation>
        </message>
        <message>
            <source>Late after (minutes)</source>
            <translation>En retard après (minutes)</translation>
        </message>
        <message>
            <source> minutes</source>
            <comment>after a number of minutes</comment>
            <translation> minutes</translation>
        </message>
        <message>
            <source>School name:</source>
            <translation>Nom de l'établissement :</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Fuseau horaire :</translation>
        </message>
        <message>
            <source>Used for school days and reports, on every computer.</source>
            <translation>Utilisé pour les journées scolaires et les rapports, sur tous les ordinateurs.</translation>
        </message>
        <message>
            <source>Grace period:</source>
            <translation>Délai de tolérance :</translation>
        </message>
        <message>
            <source>A student marked present later than this after the lesson starts is marked Late. This is the default for new classes; each class can have its own.</source>
            <translation>Un élève noté présent plus tard que ce délai après le début du cours est noté en retard. C'est la valeur par défaut des nouvelles classes ; chaque classe peut avoir la sienne.</translation>
        </message>
        <message>
            <source>These settings are shared by every computer using this database.</source>
            <translation>Ces paramètres sont partagés par tous les ordinateurs qui utilisent cette base de données.</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone this computer knows. Pick one from the list, for example Europe/London or America/New_York.</source>
            <translation>« {zone} » n'est pas un fuseau horaire connu de cet ordinateur. Choisissez-en un dans la liste, par exemple Europe/Paris ou America/New_York.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>This computer's time zone</source>
            <translation>Fuseau horaire de cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>teacher</source>
            <translation>enseignant</translation>
        </message>
        <message>
            <source>office</source>
            <translation>vie scolaire</translation>
        </message>
        <message>
            <source>database owner</source>
            <translation>propriétaire de la base de données</translation>
        </message>
        <message>
            <source>Signed in as {name} ({kind})</source>
            <translation>Connecté en tant que {name} ({kind})</translation>
        </message>
        <message>
            <source>The login name or password is not right.</source>
            <translation>L'identifiant ou le mot de passe n'est pas correct.</translation>
        </message>
        <message>
            <source>This server wants a password.</source>
            <translation>Ce serveur demande un mot de passe.</translation>
        </message>
        <message>
            <source>This login is switched off.</source>
            <translation>Cet identifiant est désactivé.</translation>
        </message>
        <message>
            <source>The login name is not this computer's user.</source>
            <translation>L'identifiant n'est pas l'utilisateur de cet ordinateur.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's Windows or Kerberos sign-in.</source>
            <translation>Le serveur n'a pas accepté la connexion Windows ou Kerberos de cet ordinateur.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's Windows sign-in.</source>
            <translation>Le serveur n'a pas accepté la connexion Windows de cet ordinateur.</translation>
        </message>
        <message>
            <source>There is no such login on the server.</source>
            <translation>Cet identifiant n'existe pas sur le serveur.</translation>
        </message>
        <message>
            <source>The server does not let this login in from this computer.</source>
            <translation>Le serveur n'accepte pas cet identifiant depuis cet ordinateur.</translation>
        </message>
        <message>
            <source>Check the login name and password and try again (passwords are case-sensitive). Forgotten it? Ask IT to reset it.</source>
            <translation>Vérifiez l'identifiant et le mot de passe puis réessayez (les mots de passe distinguent majuscules et minuscules). Oublié ? Demandez au service informatique de le réinitialiser.</translation>
        </message>
        <message>
            <source>The login “{login}” is not one of this school's staff logins.</source>
            <translation>L'identifiant « {login} » ne fait pas partie des identifiants du personnel de cet établissement.</translation>
        </message>
        <message>
            <source>Ask IT to run `attendance-desktop staff sync` after importing the roster.</source>
            <translation>Demandez au service informatique d'exécuter `attendance-desktop staff sync` après l'import des listes.</translation>
        </message>
        <message>
            <source>Sign in — Attendance register</source>
            <translation>Connexion — Appel</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>to the attendance register on {server}.</source>
            <translation>à l'appel sur {server}.</translation>
        </message>
        <message>
            <source>as IT gave it to you, e.g. att_jsmith</source>
            <translation>fourni par l'informatique, p. ex. att_jsmith</translation>
        </message>
        <message>
            <source>&amp;Remember on this PC</source>
            <translation>&amp;Mémoriser sur ce PC</translation>
        </message>
        <message>
            <source>Only on a computer that is yours alone: the password goes into this computer's keyring, and the register opens without asking next time.</source>
            <translation>Uniquement sur un ordinateur qui n'est qu'à vous : le mot de passe est rangé dans le trousseau de cet ordinateur, et l'appel s'ouvre sans rien demander la prochaine fois.</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>&amp;Identifiant :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Type your login name.</source>
            <translation>Saisissez votre identifiant.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <source>Signing in failed because of a fault in the app; it has been reported.</source>
            <translation>La connexion a échoué à cause d'un défaut de l'application ; il a été signalé.</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Staff logins exist only on a shared PostgreSQL server.</source>
            <translation>Les identifiants du personnel n'existent que sur un serveur PostgreSQL partagé.</translation>
        </message>
        <message>
            <source>On a single PC (SQLite) the teacher picker is the way in.</source>
            <translation>Sur un PC seul (SQLite), on entre en choisissant l'enseignant dans la liste.</translation>
        </message>
        <message>
            <source>There is no staff login “{login}”.</source>
            <translation>Il n'existe pas d'identifiant du personnel « {login} ».</translation>
        </message>
        <message>
            <source>Run `attendance-desktop staff list` to see them.</source>
            <translation>Exécutez `attendance-desktop staff list` pour les voir.</translation>
        </message>
        <message>
            <source>There is no login “{login}” on this server.</source>
            <translation>Il n'existe pas d'identifiant « {login} » sur ce serveur.</translation>
        </message>
        <message>
            <source>Run `attendance-desktop staff list` to see the staff logins.</source>
            <translation>Exécutez `attendance-desktop staff list` pour voir les identifiants du personnel.</translation>
        </message>
        <message>
            <source>The database is owned by the superuser “{owner}”; an upgrade login would get a superuser's powers.</source>
            <translation>La base de données appartient au superutilisateur « {owner} » ; un identifiant de mise à jour obtiendrait les pouvoirs d'un superutilisateur.</translation>
        </message>
        <message>
            <source>Give the database and its tables to an owner role that is not a superuser first (docs/deploy.md).</source>
            <translation>Confiez d'abord la base de données et ses tables à un rôle propriétaire qui n'est pas superutilisateur (docs/deploy.md).</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>Le mot de passe est vide.</translation>
        </message>
        <message>
            <source>Type a password.</source>
            <translation>Saisissez un mot de passe.</translation>
        </message>
        <message>
            <source>server logins for the staff (PostgreSQL; run as the database owner)</source>
            <translation>identifiants serveur du personnel (PostgreSQL ; à exécuter en tant que propriétaire de la base)</translation>
        </message>
        <message>
            <source>One server login per member of staff, made from the roster's teachers. Teachers write only their own registers; office logins every register, the roster, codes and settings. The database enforces it (docs/deploy.md).</source>
            <translation>Un identifiant serveur par membre du personnel, créé à partir des enseignants des listes. Les enseignants ne modifient que leurs propres appels ; les identifiants de la vie scolaire, tous les appels, les listes, les codes et les paramètres. La base de données l'impose (docs/deploy.md).</translation>
        </message>
        <message>
            <source>create or update a login per teacher; disable leavers</source>
            <translation>créer ou mettre à jour un identifiant par enseignant ; désactiver ceux des partants</translation>
        </message>
        <message>
            <source>print each login: role, tab, name, tab, teacher|office</source>
            <translation>afficher chaque identifiant : rôle, tabulation, nom, tabulation, teacher|office</translation>
        </message>
        <message>
            <source>make a login an office login</source>
            <translation>faire d'un identifiant un identifiant de la vie scolaire</translation>
        </message>
        <message>
            <source>let a login upgrade the schema at start-up (the office's or IT's PC)</source>
            <translation>autoriser un identifiant à mettre à jour le schéma au démarrage (PC de la vie scolaire ou du service informatique)</translation>
        </message>
        <message>
            <source>set or reset a login's password (asked for, never on the command line)</source>
            <translation>définir ou réinitialiser le mot de passe d'un identifiant (demandé, jamais sur la ligne de commande)</translation>
        </message>
        <message>
            <source>Logins created: {created}; disabled: {disabled}.</source>
            <translation>Identifiants créés : {created} ; désactivés : {disabled}.</translation>
        </message>
        <message>
            <source>{login} is now an office login.</source>
            <translation>{login} est désormais un identifiant de la vie scolaire.</translation>
        </message>
        <message>
            <source>{login} may now upgrade the database when the app starts.</source>
            <translation>{login} peut désormais mettre à jour la base de données au démarrage de l'application.</translation>
        </message>
        <message>
            <source>New password for {login}: </source>
            <translation>Nouveau mot de passe pour {login} : </translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Saisissez-le à nouveau : </translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Les deux mots de passe diffèrent ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Password of {login} set.</source>
            <translation>Mot de passe de {login} défini.</translation>
        </message>
    </context>
    <context>
        <name>TeacherPicker</name>
        <message>
            <source>Who are you?</source>
            <translation>Qui êtes-vous ?</translation>
        </message>
        <message>
            <source>Choose your name so your registers open first. This computer remembers it; you can change it later.</source>
            <translation>Choisissez votre nom pour que vos appels s'ouvrent en premier. Cet ordinateur s'en souvient ; vous pourrez le changer plus tard.</translation>
        </message>
        <message>
            <source>Type to find your name</source>
            <translation>Tapez pour trouver votre nom</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Rechercher votre nom</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Enseignants</translation>
        </message>
        <message>
            <source>There are no teachers in this database yet. Import a roster or load the demo school first.</source>
            <translation>Il n'y a pas encore d'enseignant dans cette base de données. Importez d'abord des listes ou chargez l'établissement de démonstration.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>C'est moi</translation>
        </message>
        <message>
            <source>No teacher's name matches “{typed}”.</source>
            <translation>Aucun nom d'enseignant ne correspond à « {typed} ».</translation>
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
            <translation>importer les horaires des cours, un emploi du temps ou des jours sans cours ; afficher les cours d'une journée</translation>
        </message>
        <message>
            <source>The school day. Bell times: a CSV with period,start,end and an optional days column (Mon-Fri, Wed, A-Mon). A timetable: a CSV with class,day,period,room,teacher (day Mon..Fri or A-Mon..B-Fri; start,end may replace period), or an iCalendar (.ics) export of weekly lessons. Non-school days: an iCalendar file of all-day events. Lessons appear by themselves on school days.</source>
            <translation>La journée de cours. Horaires des cours : un CSV avec period,start,end et une colonne days facultative (Mon-Fri, Wed, A-Mon). Un emploi du temps : un CSV avec class,day,period,room,teacher (day Mon..Fri ou A-Mon..B-Fri ; start,end peuvent remplacer period), ou un export iCalendar (.ics) des cours hebdomadaires. Jours sans cours : un fichier iCalendar d'événements sur la journée entière. Les cours apparaissent d'eux-mêmes les jours de classe.</translation>
        </message>
        <message>
            <source>import one file (recognised by its content)</source>
            <translation>importer un fichier (reconnu d'après son contenu)</translation>
        </message>
        <message>
            <source>a .csv or .ics file</source>
            <translation>un fichier .csv ou .ics</translation>
        </message>
        <message>
            <source>check and show what would change; write nothing</source>
            <translation>vérifier et montrer ce qui changerait ; ne rien écrire</translation>
        </message>
        <message>
            <source>print a day's lessons in the school's local time</source>
            <translation>afficher les cours d'une journée à l'heure locale de l'établissement</translation>
        </message>
        <message>
            <source>the day (default: today in the school's time zone)</source>
            <translation>le jour (par défaut : aujourd'hui dans le fuseau horaire de l'établissement)</translation>
        </message>
        <message>
            <source>only this teacher's lessons (name, e-mail or roster id)</source>
            <translation>seulement les cours de cet enseignant (nom, e-mail ou identifiant des listes)</translation>
        </message>
        <message>
            <source>{file} was not imported:</source>
            <translation>{file} n'a pas été importé :</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>avertissement : {warning}</translation>
        </message>
        <message>
            <source>Dry run, nothing written. {what}.</source>
            <translation>Essai à blanc, rien n'a été écrit. {what}.</translation>
        </message>
        <message>
            <source>Imported {what}.</source>
            <translation>Importé : {what}.</translation>
        </message>
        <message>
            <source>There is no teacher "{name}".</source>
            <translation>Il n'y a pas d'enseignant « {name} ».</translation>
        </message>
        <message>
            <source>Give the name, e-mail or roster id as the roster has it.</source>
            <translation>Donnez le nom, l'e-mail ou l'identifiant tel qu'il figure dans les listes.</translation>
        </message>
        <message>
            <source>{date}: no lessons ({reason}).</source>
            <translation>{date} : pas de cours ({reason}).</translation>
        </message>
        <message>
            <source>{date}: no lessons.</source>
            <translation>{date} : pas de cours.</translation>
        </message>
        <message>
            <source>cover for {teacher}</source>
            <translation>remplacement de {teacher}</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Attendance register</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Ouverture de l'appel…</translation>
        </message>
    </context>
</TS>
