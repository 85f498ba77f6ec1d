<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1: valid Tradeoff repository (schema version %2, %n comparison(s))</source>
        <translation>
            <numerusform>%1: valid Tradeoff repository (schema version %2, %n comparison)</numerusform>
            <numerusform>%1: valid Tradeoff repository (schema version %2, %n comparisons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: valid Tradeoff file (schema version %2, %n comparison(s))</source>
        <translation>
            <numerusform>%1: valid Tradeoff file (schema version %2, %n comparison)</numerusform>
            <numerusform>%1: valid Tradeoff file (schema version %2, %n comparisons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message numerus="yes">
        <source>Which of %n option(s) fits best, weighed against %1 criteria?</source>
        <translation>
            <numerusform>Which of %n option fits best, weighed against %1 criteria?</numerusform>
            <numerusform>Which of %n options fits best, weighed against %1 criteria?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message numerus="yes">
        <source>(%n claim(s))</source>
        <translation>
            <numerusform>(%n claim)</numerusform>
            <numerusform>(%n claims)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) collide with changes others saved; nothing was saved</source>
        <translation>
            <numerusform>%n change collides with changes others saved; nothing was saved</numerusform>
            <numerusform>%n changes collide with changes others saved; nothing was saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank reversal: leaving out %n more option(s) also changes the order of the others.</source>
        <translation>
            <numerusform>Rank reversal: leaving out %n more option also changes the order of the others.</numerusform>
            <numerusform>Rank reversal: leaving out %n more options also changes the order of the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the criterion&apos;s worst value.</source>
        <translation>
            <numerusform>%n score missing, counted as the criterion&apos;s worst value.</numerusform>
            <numerusform>%n scores missing, counted as the criterion&apos;s worst value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the mean of the scored options.</source>
        <translation>
            <numerusform>%n score missing, counted as the mean of the scored options.</numerusform>
            <numerusform>%n scores missing, counted as the mean of the scored options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, left out with their weight spread over the other criteria.</source>
        <translation>
            <numerusform>%n score missing, left out with their weight spread over the other criteria.</numerusform>
            <numerusform>%n scores missing, left out with their weight spread over the other criteria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources disagree on %n score(s).</source>
        <translation>
            <numerusform>Sources disagree on %n score.</numerusform>
            <numerusform>Sources disagree on %n scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed claim(s) are kept but do not drive a score.</source>
        <translation>
            <numerusform>%n disputed claim is kept but does not drive a score.</numerusform>
            <numerusform>%n disputed claims are kept but do not drive a score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DocumentController</name>
    <message numerus="yes">
        <source>Saved to %1 with %n change(s) by others</source>
        <translation>
            <numerusform>Saved to %1 with %n change by others</numerusform>
            <numerusform>Saved to %1 with %n changes by others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not saved: %n change(s) collide with changes others saved. Save again to choose which to keep.</source>
        <translation>
            <numerusform>%1 was not saved: %n change collides with changes others saved. Save again to choose which to keep.</numerusform>
            <numerusform>%1 was not saved: %n changes collide with changes others saved. Save again to choose which to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %2 and %n more</source>
        <translation>
            <numerusform>%1 changed %2 and %n more</numerusform>
            <numerusform>%1 changed %2 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PresentationView</name>
    <message numerus="yes">
        <source>Live: %n participant(s) · the room&apos;s consensus: %1 · %2 of them pick it</source>
        <translation>
            <numerusform>Live: %n participant · the room&apos;s consensus: %1 · %2 of them pick it</numerusform>
            <numerusform>Live: %n participants · the room&apos;s consensus: %1 · %2 of them pick it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SnapshotPanel</name>
    <message numerus="yes">
        <source>up %n</source>
        <translation>
            <numerusform>up %n</numerusform>
            <numerusform>up %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n</source>
        <translation>
            <numerusform>down %n</numerusform>
            <numerusform>down %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::StakeholderPanel</name>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Imported %n profile.</numerusform>
            <numerusform>Imported %n profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>Import %n profile</numerusform>
            <numerusform>Import %n profiles</numerusform>
        </translation>
    </message>
</context>
</TS>
