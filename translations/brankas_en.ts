<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Brankas::Cli::CliText</name>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="+66"/>
        <source>Needs action as of %1: %n finding(s).</source>
        <translation>
            <numerusform>Needs action as of %1: %n finding.</numerusform>
            <numerusform>Needs action as of %1: %n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/kecamatancommands.cpp" line="+41"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/secretcommands.cpp" line="+211"/>
        <source>%1 (valid for %n more second(s))</source>
        <translation>
            <numerusform>%1 (valid for %n more second)</numerusform>
            <numerusform>%1 (valid for %n more seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HealthCheck</name>
    <message numerus="yes">
        <location filename="../core/register/healthcheck.cpp" line="+182"/>
        <source>Still %1, %n day(s) after its active period ended on %2.</source>
        <translation>
            <numerusform>Still %1, %n day after its active period ended on %2.</numerusform>
            <numerusform>Still %1, %n days after its active period ended on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The active period ends on %1, in %n day(s).</source>
        <translation>
            <numerusform>The active period ends on %1, in %n day.</numerusform>
            <numerusform>The active period ends on %1, in %n days.</numerusform>
        </translation>
    </message>
</context>
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
