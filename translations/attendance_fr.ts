<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>Numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number}&#x202f;%</translation>
    </message>
</context>
</TS>
