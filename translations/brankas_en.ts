<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Brankas::AccountsPage</name>
    <message numerus="yes">
        <location filename="../ui/accounts/accountspage.cpp" line="+234"/>
        <source>%n accounts selected: Change status acts on all of them.</source>
        <translation>
            <numerusform>%n account selected: Change status acts on all of them.</numerusform>
            <numerusform>%n accounts selected: Change status acts on all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/accountactions.cpp" line="+92"/>
        <source>%n account(s) changed status.</source>
        <translation>
            <numerusform>%n account changed status.</numerusform>
            <numerusform>%n accounts changed status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) changed status; %1 could not.</source>
        <translation>
            <numerusform>%n account changed status; %1 could not.</numerusform>
            <numerusform>%n accounts changed status; %1 could not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::BulkStatusDialog</name>
    <message numerus="yes">
        <location filename="../ui/accounts/bulkstatusdialog.cpp" line="+141"/>
        <source>All %n selected account(s) will become &quot;%1&quot;.</source>
        <translation>
            <numerusform>The %n selected account will become &quot;%1&quot;.</numerusform>
            <numerusform>All %n selected accounts will become &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s) will become &quot;%1&quot;; the accounts below cannot and stay as they are:</source>
        <translation>
            <numerusform>%n account will become &quot;%1&quot;; the accounts below cannot and stay as they are:</numerusform>
            <numerusform>%n accounts will become &quot;%1&quot;; the accounts below cannot and stay as they are:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Change the status of %n account(s) to &quot;%1&quot;, with the reason &quot;%2&quot;?</source>
        <translation>
            <numerusform>Change the status of %n account to &quot;%1&quot;, with the reason &quot;%2&quot;?</numerusform>
            <numerusform>Change the status of %n accounts to &quot;%1&quot;, with the reason &quot;%2&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n account(s) cannot make this change and stay as they are:</source>
        <translation>
            <numerusform>%n account cannot make this change and stays as it is:</numerusform>
            <numerusform>%n accounts cannot make this change and stay as they are:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Change the status of the %n selected account(s) at once, with one reason. Each account keeps its own entry in its history and in the archive log.</source>
        <translation>
            <numerusform>Change the status of the %n selected account at once, with one reason. Each account keeps its own entry in its history and in the archive log.</numerusform>
            <numerusform>Change the status of the %n selected accounts at once, with one reason. Each account keeps its own entry in its history and in the archive log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::Cli::CliText</name>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="+76"/>
        <source>Needs action as of %1: %n finding(s).</source>
        <translation>
            <numerusform>Needs action as of %1: %n finding.</numerusform>
            <numerusform>Needs action as of %1: %n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/handovercommands.cpp" line="+106"/>
        <source>Handover %1 drafted with %n account(s); finalise it with: brankas-cli handover finalize %1</source>
        <translation>
            <numerusform>Handover %1 drafted with %n account; finalise it with: brankas-cli handover finalize %1</numerusform>
            <numerusform>Handover %1 drafted with %n accounts; finalise it with: brankas-cli handover finalize %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <location filename="../app/cli/kecamatancommands.cpp" line="+38"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/secretcommands.cpp" line="+200"/>
        <source>%1 (valid for %n more second(s))</source>
        <translation>
            <numerusform>%1 (valid for %n more second)</numerusform>
            <numerusform>%1 (valid for %n more seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="+50"/>
        <location line="+17"/>
        <source>%n account(s) written to %1</source>
        <translation>
            <numerusform>%n account written to %1</numerusform>
            <numerusform>%n accounts written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/accountstatuscommand.cpp" line="+148"/>
        <source>Nothing was changed: %n account(s) cannot become %1. Give --skip-refused to change the others.</source>
        <translation>
            <numerusform>Nothing was changed: %n account cannot become %1. Give --skip-refused to change the others.</numerusform>
            <numerusform>Nothing was changed: %n accounts cannot become %1. Give --skip-refused to change the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n account(s) are now %1.</source>
        <translation>
            <numerusform>%n account is now %1.</numerusform>
            <numerusform>%n accounts are now %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s) refused the change and stay as they were (named above).</source>
        <translation>
            <numerusform>%n account refused the change and stays as it was (named above).</numerusform>
            <numerusform>%n accounts refused the change and stay as they were (named above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/publishcommand.cpp" line="+51"/>
        <source>Published %n official account(s) active on %1 in %2:</source>
        <translation>
            <numerusform>Published %n official account active on %1 in %2:</numerusform>
            <numerusform>Published %n official accounts active on %1 in %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::EvaluationPage</name>
    <message numerus="yes">
        <location filename="../ui/evaluation/evaluationpage.cpp" line="+234"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverAccountsPage</name>
    <message numerus="yes">
        <location filename="../ui/handover/handoveraccountspage.cpp" line="+145"/>
        <source>%1 of %n account(s) chosen</source>
        <translation>
            <numerusform>%1 of %n account chosen</numerusform>
            <numerusform>%1 of %n accounts chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverDonePage</name>
    <message numerus="yes">
        <location filename="../ui/handover/handoverdonepage.cpp" line="+135"/>
        <source>The accounts below now have their new status, and the archive log records the handover. Print the berita acara in %n copy(ies) for the parties to sign. The full preview offers the sealed-envelope annex with the passwords.</source>
        <translation>
            <numerusform>The accounts below now have their new status, and the archive log records the handover. Print the berita acara in %n copy for the parties to sign. The full preview offers the sealed-envelope annex with the passwords.</numerusform>
            <numerusform>The accounts below now have their new status, and the archive log records the handover. Print the berita acara in %n copies for the parties to sign. The full preview offers the sealed-envelope annex with the passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverItemRow</name>
    <message numerus="yes">
        <location filename="../ui/handover/handoveritemrow.cpp" line="+233"/>
        <source>Copies the password; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copies the password; the clipboard is cleared after %n second</numerusform>
            <numerusform>Copies the password; the clipboard is cleared after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverPreviewPage</name>
    <message numerus="yes">
        <location filename="../ui/handover/handoverpreviewpage.cpp" line="+62"/>
        <source>Finalising numbers the record, changes the status of its %n account(s) and writes the archive log. A finalised handover cannot be edited afterwards.</source>
        <translation>
            <numerusform>Finalising numbers the record, changes the status of its %n account and writes the archive log. A finalised handover cannot be edited afterwards.</numerusform>
            <numerusform>Finalising numbers the record, changes the status of its %n accounts and writes the archive log. A finalised handover cannot be edited afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HandoverWizard</name>
    <message numerus="yes">
        <location filename="../ui/handover/handoverwizard.cpp" line="+115"/>
        <source>Finalise the handover of %n account(s) of Kecamatan %1?

It gets its number, the accounts&apos; statuses change and the archive log records it. A finalised handover cannot be edited afterwards; a later handover can only follow it.</source>
        <translation>
            <numerusform>Finalise the handover of %n account of Kecamatan %1?

It gets its number, the accounts&apos; statuses change and the archive log records it. A finalised handover cannot be edited afterwards; a later handover can only follow it.</numerusform>
            <numerusform>Finalise the handover of %n accounts of Kecamatan %1?

It gets its number, the accounts&apos; statuses change and the archive log records it. A finalised handover cannot be edited afterwards; a later handover can only follow it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HandoversPage</name>
    <message numerus="yes">
        <location filename="../ui/handover/handoverspage.cpp" line="+150"/>
        <source>%n handover(s) recorded.</source>
        <translation>
            <numerusform>%n handover recorded.</numerusform>
            <numerusform>%n handovers recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s) not final yet.</source>
        <translation>
            <numerusform>%n draft not final yet.</numerusform>
            <numerusform>%n drafts not final yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::HealthCheck</name>
    <message numerus="yes">
        <location filename="../core/register/healthcheck.cpp" line="+211"/>
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
    <message numerus="yes">
        <location filename="../core/backup/backuphealth.cpp" line="+51"/>
        <source>No backup for %n day(s): the last was written on %1.</source>
        <translation>
            <numerusform>No backup for %n day: the last was written on %1.</numerusform>
            <numerusform>No backup for %n days: the last was written on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No backup for %n day(s): none was ever written.</source>
        <translation>
            <numerusform>No backup for %n day: none was ever written.</numerusform>
            <numerusform>No backup for %n days: none was ever written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::ImportDonePage</name>
    <message numerus="yes">
        <location filename="../ui/import/importdonepage.cpp" line="+80"/>
        <source>%n account(s) recorded.</source>
        <translation>
            <numerusform>%n account recorded.</numerusform>
            <numerusform>%n accounts recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Skipped %n row(s) with problems: %1. Correct them in the sheet and import them again.</source>
        <translation>
            <numerusform>Skipped %n row with problems: %1. Correct it in the sheet and import it again.</numerusform>
            <numerusform>Skipped %n rows with problems: %1. Correct them in the sheet and import them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::ImportFilePage</name>
    <message numerus="yes">
        <location filename="../ui/import/importfilepage.cpp" line="+122"/>
        <source>%n row(s) under the header row.</source>
        <translation>
            <numerusform>%n row under the header row.</numerusform>
            <numerusform>%n rows under the header row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sheet &quot;%1&quot;: %n row(s) under the header row.</source>
        <translation>
            <numerusform>Sheet &quot;%1&quot;: %n row under the header row.</numerusform>
            <numerusform>Sheet &quot;%1&quot;: %n rows under the header row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importpreviewpage.cpp" line="+83"/>
        <source>All %n row(s) can be recorded.</source>
        <translation>
            <numerusform>The %n row can be recorded.</numerusform>
            <numerusform>All %n rows can be recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) can be recorded.</source>
        <translation>
            <numerusform>%n row can be recorded.</numerusform>
            <numerusform>%n rows can be recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) have problems and stop the import:</source>
        <translation>
            <numerusform>%n row has problems and stops the import:</numerusform>
            <numerusform>%n rows have problems and stop the import:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them repeat an earlier row or an account already in the vault.</source>
        <translation>
            <numerusform>%n of them repeats an earlier row or an account already in the vault.</numerusform>
            <numerusform>%n of them repeat an earlier row or an account already in the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Record only the %n valid row(s) and skip the rows with problems</source>
        <translation>
            <numerusform>Record only the %n valid row and skip the rows with problems</numerusform>
            <numerusform>Record only the %n valid rows and skip the rows with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::KecamatanPage</name>
    <message numerus="yes">
        <location filename="../ui/setup/kecamatanpage.cpp" line="+64"/>
        <source>%1 has %n kecamatan. Brankas will create:</source>
        <translation>
            <numerusform>%1 has %n kecamatan. Brankas will create:</numerusform>
            <numerusform>%1 has %n kecamatan. Brankas will create:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::LogVerification</name>
    <message numerus="yes">
        <location filename="../core/log/logverification.cpp" line="+21"/>
        <source>The archive log is intact: %n entries, fingerprint %1.</source>
        <translation>
            <numerusform>The archive log is intact: %n entry, fingerprint %1.</numerusform>
            <numerusform>The archive log is intact: %n entries, fingerprint %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Signatures before the administrator&apos;s checkpoint at entry %1 were taken as checked then; %n after it were checked now.</source>
        <translation>
            <numerusform>Signatures before the administrator&apos;s checkpoint at entry %1 were taken as checked then; %n after it was checked now.</numerusform>
            <numerusform>Signatures before the administrator&apos;s checkpoint at entry %1 were taken as checked then; %n after it were checked now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n entries were recorded without the vault key: they show what was reported, but are not proof.</source>
        <translation>
            <numerusform>%n entry was recorded without the vault key: it shows what was reported, but is not proof.</numerusform>
            <numerusform>%n entries were recorded without the vault key: they show what was reported, but are not proof.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::PublishList</name>
    <message numerus="yes">
        <location filename="../ui/reports/publishlist.cpp" line="+86"/>
        <source>%n official account(s) active on %1 published in %2.</source>
        <translation>
            <numerusform>%n official account active on %1 published in %2.</numerusform>
            <numerusform>%n official accounts active on %1 published in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::ReportPreviewPane</name>
    <message numerus="yes">
        <location filename="../ui/reports/reportpreviewpane.cpp" line="+279"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::SecretPanel</name>
    <message numerus="yes">
        <location filename="../ui/accounts/secretpanel.cpp" line="+263"/>
        <source>new code in %n s</source>
        <translation>
            <numerusform>new code in %n s</numerusform>
            <numerusform>new code in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>hides in %n s</source>
        <translation>
            <numerusform>hides in %n s</numerusform>
            <numerusform>hides in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Copied. The clipboard clears in %n s.</source>
        <translation>
            <numerusform>Copied. The clipboard clears in %n s.</numerusform>
            <numerusform>Copied. The clipboard clears in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Shows the value for %n seconds; the archive log records it.</source>
        <translation>
            <numerusform>Shows the value for %n second; the archive log records it.</numerusform>
            <numerusform>Shows the value for %n seconds; the archive log records it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::SummaryPage</name>
    <message numerus="yes">
        <location filename="../ui/setup/summarypage.cpp" line="+102"/>
        <source>%n kecamatan</source>
        <translation>
            <numerusform>%n kecamatan</numerusform>
            <numerusform>%n kecamatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::TermTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/termtablemodel.cpp" line="+46"/>
        <source>Running, %n day(s) left</source>
        <translation>
            <numerusform>Running, %n day left</numerusform>
            <numerusform>Running, %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brankas::TermsCard</name>
    <message numerus="yes">
        <location filename="../ui/home/termscard.cpp" line="+78"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
