<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckFile</name>
    <message numerus="yes">
        <source>%n row(s) answered, %1 read…</source>
        <translation>
            <numerusform>%n row answered, %1 read…</numerusform>
            <numerusform>%n rows answered, %1 read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 s: %2</source>
        <translation>
            <numerusform>%n row in %1 s: %2</numerusform>
            <numerusform>%n rows in %1 s: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message numerus="yes">
        <source>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</source>
        <translation>
            <numerusform>This token has %n character; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</numerusform>
            <numerusform>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message numerus="yes">
        <source>Multi-tenant administrator key: reaches %n organizations</source>
        <translation>
            <numerusform>Administrator key: reaches %n organization</numerusform>
            <numerusform>Multi-tenant administrator key: reaches %n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JumpCloud counts %n organizations; only the first %1 are listed.</source>
        <translation>
            <numerusform>JumpCloud counts %n organization; only the first %1 are listed.</numerusform>
            <numerusform>JumpCloud counts %n organizations; only the first %1 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The MSP %1 has %n organizations.</source>
        <translation>
            <numerusform>The MSP %1 has %n organization.</numerusform>
            <numerusform>The MSP %1 has %n organizations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more organizations</source>
        <translation>
            <numerusform>…and %n more organization</numerusform>
            <numerusform>…and %n more organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message numerus="yes">
        <source>The service asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>The service asks to wait %n minute before trying again.</numerusform>
            <numerusform>The service asks to wait %n minutes before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>The service asks to wait %n second before trying again.</numerusform>
            <numerusform>The service asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the network connection, VPN or proxy, then try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Check the network connection, VPN or proxy, then try again.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Check the network connection, VPN or proxy, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedConnections</name>
    <message numerus="yes">
        <source>%n connection(s) checked: %1.</source>
        <translation>
            <numerusform>%n connection checked: %1.</numerusform>
            <numerusform>%n connections checked: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchNotice</name>
    <message numerus="yes">
        <source>%n saved connection(s) stopped working</source>
        <translation>
            <numerusform>%n saved connection stopped working</numerusform>
            <numerusform>%n saved connections stopped working</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistDialog</name>
    <message numerus="yes">
        <source>%1 of %n row(s) answered</source>
        <translation>
            <numerusform>%1 of %n row answered</numerusform>
            <numerusform>%1 of %n rows answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1</source>
        <translation>
            <numerusform>%n row checked: %1</numerusform>
            <numerusform>%n rows checked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved in the system keychain.</source>
        <translation>
            <numerusform>%n connection saved in the system keychain.</numerusform>
            <numerusform>%n connections saved in the system keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be saved: see their rows.</source>
        <translation>
            <numerusform>%n could not be saved: see its row.</numerusform>
            <numerusform>%n could not be saved: see their rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unsaved, with no organization chosen.</source>
        <translation>
            <numerusform>%n left unsaved, with no organization chosen.</numerusform>
            <numerusform>%n left unsaved, with no organization chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ConnectForm</name>
    <message numerus="yes">
        <source>%1 of %n regions answered…</source>
        <translation>
            <numerusform>%1 of %n region answered…</numerusform>
            <numerusform>%1 of %n regions answered…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To find the region, Credential Connect sends this token to the API host of every %1 region, %n hosts in all: %2. It stops asking as soon as one region accepts the token. Each of these hosts belongs to %1.</source>
        <translation>
            <numerusform>To find the region, Credential Connect sends this token to the API host of the %1 region, %n host: %2. Each of these hosts belongs to %1.</numerusform>
            <numerusform>To find the region, Credential Connect sends this token to the API host of every %1 region, %n hosts in all: %2. It stops asking as soon as one region accepts the token. Each of these hosts belongs to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPage</name>
    <message numerus="yes">
        <source>This key reaches %n organizations: you are a multi-tenant administrator. Pick the organization this connection is for; later JumpCloud calls send its ID in the x-org-id header.</source>
        <translation>
            <numerusform>This key reaches %n organization.</numerusform>
            <numerusform>This key reaches %n organizations: you are a multi-tenant administrator. Pick the organization this connection is for; later JumpCloud calls send its ID in the x-org-id header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token reaches %n organizations. Pick the one this connection is for.</source>
        <translation>
            <numerusform>This token reaches %n organization. Pick the one this connection is for.</numerusform>
            <numerusform>This token reaches %n organizations. Pick the one this connection is for.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::SavedConnectionsView</name>
    <message numerus="yes">
        <source>%n saved connection(s). The tokens stay in the system keychain; select one to check it again, copy its summary or export it.</source>
        <translation>
            <numerusform>%n saved connection. Its token stays in the system keychain; select it to check it again, copy its summary or export it.</numerusform>
            <numerusform>%n saved connections. The tokens stay in the system keychain; select one to check it again, copy its summary or export it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n saved connection(s): every stored token still works.</source>
        <translation>
            <numerusform>Checked %n saved connection: every stored token still works.</numerusform>
            <numerusform>Checked %n saved connections: every stored token still works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::VerifiedSaver</name>
    <message numerus="yes">
        <source>The token of %1 reaches %n organizations. Which one is this connection for? Close the question to leave this token unsaved.</source>
        <translation>
            <numerusform>The token of %1 reaches %n organization. Which one is this connection for? Close the question to leave this token unsaved.</numerusform>
            <numerusform>The token of %1 reaches %n organizations. Which one is this connection for? Close the question to leave this token unsaved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::WatchSchedule</name>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s); the daily check was not changed.</source>
        <translation>
            <numerusform>systemctl did not answer within %n second; the daily check was not changed.</numerusform>
            <numerusform>systemctl did not answer within %n seconds; the daily check was not changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
