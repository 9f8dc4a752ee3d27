<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Brankas::LogVerification</name>
    <message numerus="yes">
        <location filename="../core/log/logverification.cpp" line="+19"/>
        <source>The archive log is intact: %n entries, fingerprint %1.</source>
        <translation>
            <numerusform>The archive log is intact: %n entry, fingerprint %1.</numerusform>
            <numerusform>The archive log is intact: %n entries, fingerprint %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
