<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <source>Credential Connect cannot start</source>
        <translation>Credential Connect kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>There is no translation “%1”. Choose one of: %2.</source>
        <translation>Es gibt keine Übersetzung „%1“. Wählen Sie eine der folgenden: %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 could not be created (%2)</source>
        <translation>%1 konnte nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <source>the permissions of %1 could not be set (%2)</source>
        <translation>die Berechtigungen von %1 konnten nicht gesetzt werden (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>%1 konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, not a file. An export replaces only a file and never follows a link: choose another name.</source>
        <translation>%1 ist %2, keine Datei. Ein Export ersetzt nur eine Datei und folgt nie einer Verknüpfung: Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The file is larger than 4 MiB; a bundle of authorities is far smaller.</source>
        <translation>Die Datei ist größer als 4 MiB; ein CA-Bundle ist weit kleiner.</translation>
    </message>
    <message>
        <source>The file holds a private key. Give the certificate of the authority only, and keep the key where it was.</source>
        <translation>Die Datei enthält einen privaten Schlüssel. Geben Sie nur das Zertifikat der Zertifizierungsstelle an und lassen Sie den Schlüssel, wo er war.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file cannot be read.</source>
        <translation>Zertifikat %1 in der Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate “%1” expired on %2 and is not used.</source>
        <translation>Das Zertifikat „%1“ ist am %2 abgelaufen und wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (a block starting “-----BEGIN CERTIFICATE-----”).</source>
        <translation>Die Datei enthält kein PEM-Zertifikat (einen Block, der mit „-----BEGIN CERTIFICATE-----“ beginnt).</translation>
    </message>
    <message>
        <source>Every certificate in the file has expired.</source>
        <translation>Alle Zertifikate in der Datei sind abgelaufen.</translation>
    </message>
    <message>
        <source>Cannot open the CA bundle %1: %2</source>
        <translation>Das CA-Bundle %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be used: %2</source>
        <translation>Das CA-Bundle %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog file %1: %2</source>
        <translation>Die Katalogdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The catalog file %1 is larger than 1 MiB.</source>
        <translation>Die Katalogdatei %1 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>The catalog is larger than 1 MiB.</source>
        <translation>Der Katalog ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CatalogValidation</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>&quot;%1&quot; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation>&quot;%1&quot; ist keine gültige Webadresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https://</source>
        <translation>&quot;%1&quot; muss https:// verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a bare address without user, path or query</source>
        <translation>&quot;%1&quot; muss eine reine Adresse ohne Benutzer, Pfad oder Abfrage sein</translation>
    </message>
    <message>
        <source>each region must be an object</source>
        <translation>jede Region muss ein Objekt sein</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; may hold only letters, digits, dots and hyphens</source>
        <translation>die Regions-ID &quot;%1&quot; darf nur Buchstaben, Ziffern, Punkte und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>&quot;verify&quot; must be an object</source>
        <translation>&quot;verify&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a plain absolute path</source>
        <translation>&quot;path&quot; muss ein einfacher absoluter Pfad sein</translation>
    </message>
    <message>
        <source>unknown authentication header &quot;%1&quot;</source>
        <translation>unbekannter Authentifizierungs-Header &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;auth_prefix&quot; must be a short printable text</source>
        <translation>&quot;auth_prefix&quot; muss ein kurzer, druckbarer Text sein</translation>
    </message>
    <message>
        <source>the Authorization header needs a scheme prefix</source>
        <translation>der Authorization-Header braucht ein Schema-Präfix</translation>
    </message>
    <message>
        <source>&quot;token&quot; must hold a &quot;usual_lengths&quot; list</source>
        <translation>&quot;token&quot; muss eine Liste &quot;usual_lengths&quot; enthalten</translation>
    </message>
    <message>
        <source>token lengths must be whole numbers from 1 to %1</source>
        <translation>Token-Längen müssen ganze Zahlen von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>each provider must be an object</source>
        <translation>jeder Anbieter muss ein Objekt sein</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; may hold only lower-case letters, digits and hyphens</source>
        <translation>die Anbieter-ID &quot;%1&quot; darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>unknown answer format &quot;%1&quot;</source>
        <translation>unbekanntes Antwortformat &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty list</source>
        <translation>&quot;regions&quot; muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>more than %1 regions</source>
        <translation>mehr als %1 Regionen</translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>, Region %1</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; appears twice</source>
        <translation>die Regions-ID &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the catalog is not a valid JSON object (%1 at offset %2)</source>
        <translation>der Katalog ist kein gültiges JSON-Objekt (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>der Katalog muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unsupported catalog format (expected &quot;format&quot;: %1)</source>
        <translation>nicht unterstütztes Katalogformat (erwartet wird &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be a non-empty list</source>
        <translation>&quot;providers&quot; muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>more than %1 providers</source>
        <translation>mehr als %1 Anbieter</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>Anbieter %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; appears twice</source>
        <translation>die Anbieter-ID &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;rate_limit&quot; must be an object</source>
        <translation>&quot;rate_limit&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on</source>
        <translation>&quot;%1&quot; nennt den Port 0, auf dem kein Server lauscht</translation>
    </message>
    <message>
        <source>region ids &quot;%1&quot; and &quot;%2&quot; differ only in case</source>
        <translation>die Regions-IDs &quot;%1&quot; und &quot;%2&quot; unterscheiden sich nur in der Groß- und Kleinschreibung</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einem Objekt zweimal vor</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Organization ID from the URL: %1</source>
        <translation>Organisations-ID aus der URL: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Regions asked:</source>
        <translation>Abgefragte Regionen:</translation>
    </message>
    <message>
        <source>Unknown option “%1”. See --help for the options.</source>
        <translation>Unbekannte Option „%1“. Die verfügbaren Optionen zeigt --help.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. The token is read from standard input, never from the command line.</source>
        <translation>Unerwartetes Argument „%1“. Das Token wird von der Standardeingabe gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>Geben Sie den Anbieter mit --provider an (%1).</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Known providers: %2.</source>
        <translation>Unbekannter Anbieter „%1“. Bekannte Anbieter: %2.</translation>
    </message>
    <message>
        <source>Name the region with --region (%1, or auto to find it).</source>
        <translation>Geben Sie die Region mit --region an (%1 oder auto, um sie ermitteln zu lassen).</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Give a region id (%3), its API or portal host, the address of your portal, or auto.</source>
        <translation>„%1“ ist keine Region von %2. Geben Sie eine Regions-ID (%3), ihren API- oder Portal-Host, die Adresse Ihres Portals oder auto an.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 and at most 600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden größer als 0 und höchstens 600.</translation>
    </message>
    <message>
        <source>Finding the region: the token will be sent to the API host of every region of %1: %2.</source>
        <translation>Region wird ermittelt: Das Token wird an den API-Host jeder Region von %1 gesendet: %2.</translation>
    </message>
    <message>
        <source>No token arrived on standard input. Pipe it in, one line, for example from a password manager.</source>
        <translation>Auf der Standardeingabe ist kein Token angekommen. Übergeben Sie es per Pipe als eine Zeile, zum Beispiel aus einem Passwort-Manager.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The first line of %1 must name the columns provider, region and token (CSV), or be a JSON object (JSON Lines).</source>
        <translation>Die erste Zeile von %1 muss die Spalten provider, region und token nennen (CSV) oder ein JSON-Objekt sein (JSON Lines).</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds tokens. Make it yours alone: chmod 600 %1</source>
        <translation>%1 kann von anderen Benutzern dieses Computers gelesen werden und enthält Tokens. Machen Sie die Datei nur für Sie lesbar: chmod 600 %1</translation>
    </message>
    <message>
        <source>--check-file takes the provider and the region from each row: leave out --provider and --region.</source>
        <translation>--check-file nimmt Anbieter und Region aus jeder Zeile: Lassen Sie --provider und --region weg.</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1 to %1.</source>
        <translation>--jobs erwartet eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Der Dienst meldete: %1</translation>
    </message>
    <message>
        <source>The line on standard input is longer than 64 KiB, far longer than any token. Pipe in the token alone, on one line.</source>
        <translation>Die Zeile auf der Standardeingabe ist länger als 64 KiB, weit länger als jedes Token. Leiten Sie nur das Token ein, in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Nicht lesbar: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CheckFile</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) answered, %1 read…</source>
        <translation>
            <numerusform>%n Zeile beantwortet, %1 gelesen…</numerusform>
            <numerusform>%n Zeilen beantwortet, %1 gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 s: %2</source>
        <translation>
            <numerusform>%n Zeile in %1 s: %2</numerusform>
            <numerusform>%n Zeilen in %1 s: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird vor dem Ende der Datei nicht geschlossen.</translation>
    </message>
    <message>
        <source>The row is longer than 64 KiB.</source>
        <translation>Die Zeile ist länger als 64 KiB.</translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation>Der Zeile fehlt %1.</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>Die Zeile ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The value of %1 is not text.</source>
        <translation>Der Wert von %1 ist kein Text.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check a List</source>
        <translation>Liste prüfen</translation>
    </message>
    <message>
        <source>Check many tokens at once: open a CSV or JSON Lines file with the columns provider, region and token (label is optional), or paste its rows, header line first. Each answer fills its row as it comes; at most 16 requests are under way at once, and 4 to one host.</source>
        <translation>Viele Tokens auf einmal prüfen: Öffnen Sie eine CSV- oder JSON-Lines-Datei mit den Spalten provider, region und token (label ist optional), oder fügen Sie ihre Zeilen ein, die Kopfzeile zuerst. Jede Antwort füllt ihre Zeile, sobald sie kommt; höchstens 16 Anfragen laufen gleichzeitig, und 4 an einen Host.</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>Chooses a CSV or JSON Lines file and checks every row</source>
        <translation>Wählt eine CSV- oder JSON-Lines-Datei und prüft jede Zeile</translation>
    </message>
    <message>
        <source>Rows to c&amp;heck, pasted with their header line:</source>
        <translation>&amp;Zu prüfende Zeilen, mit ihrer Kopfzeile eingefügt:</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Zu prüfende Zeilen</translation>
    </message>
    <message>
        <source>Holds tokens, so a screen reader is not given its text. It is emptied when the check starts</source>
        <translation>Enthält Tokens, daher erhält ein Bildschirmleser seinen Text nicht. Es wird geleert, wenn die Prüfung beginnt</translation>
    </message>
    <message>
        <source>&amp;Check the Pasted Rows</source>
        <translation>Eingefügte Zeilen &amp;prüfen</translation>
    </message>
    <message>
        <source>Checks every row pasted above and empties the box</source>
        <translation>Prüft jede oben eingefügte Zeile und leert das Feld</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Geprüfte Zeilen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stops reading the list and sending its checks; the rows not answered are cancelled</source>
        <translation>Beendet das Lesen der Liste und das Senden ihrer Prüfungen; die Zeilen ohne Antwort werden abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Antworten:</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Nur Pro&amp;bleme zeigen</translation>
    </message>
    <message>
        <source>Hides the verified rows</source>
        <translation>Blendet die bestätigten Zeilen aus</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>One row per row of the list: its line, label, provider and region, status, who the token is and its organization</source>
        <translation>Eine Zeile je Zeile der Liste: ihre Zeilennummer, Bezeichnung, Anbieter und Region, Status, wem das Token gehört und seine Organisation</translation>
    </message>
    <message>
        <source>&amp;Details of the selected row:</source>
        <translation>&amp;Details der gewählten Zeile:</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Details der gewählten Zeile</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Writes every row&apos;s answer to a CSV file, without the tokens</source>
        <translation>Schreibt die Antwort jeder Zeile in eine CSV-Datei, ohne die Tokens</translation>
    </message>
    <message>
        <source>&amp;Save the Verified Ones</source>
        <translation>Bestätigte &amp;speichern</translation>
    </message>
    <message>
        <source>Keeps every verified token in the system keychain as a saved connection</source>
        <translation>Legt jedes bestätigte Token als gespeicherte Verbindung im Schlüsselbund des Systems ab</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Closes the list; the tokens it held are forgotten</source>
        <translation>Schließt die Liste; die Tokens, die sie hielt, werden vergessen</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer has not come yet.</source>
        <translation>Die Antwort ist noch nicht da.</translation>
    </message>
    <message>
        <source>Not checked: the list was cancelled.</source>
        <translation>Nicht geprüft: Die Liste wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Bezeichnung: %1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Der Dienst meldete: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Verify a token without opening a window. The token is read from standard input (one line).</source>
        <translation>Prüft ein Token, ohne ein Fenster zu öffnen. Das Token wird von der Standardeingabe gelesen (eine Zeile).</translation>
    </message>
    <message>
        <source>Provider id: juniper-mist, juniper-routing-assurance or jumpcloud.</source>
        <translation>Anbieter-ID: juniper-mist, juniper-routing-assurance oder jumpcloud.</translation>
    </message>
    <message>
        <source>Region id (api.gc3), API host, portal host, a portal or API URL, or auto: ask every region of the provider at once; the first to accept the token wins.</source>
        <translation>Regions-ID (api.gc3), API-Host, Portal-Host, eine Portal- oder API-URL oder auto: alle Regionen des Anbieters gleichzeitig fragen; die erste, die das Token akzeptiert, gewinnt.</translation>
    </message>
    <message>
        <source>Total time allowed for the check, in seconds (default 20, at most 600).</source>
        <translation>Gesamtzeit für die Prüfung in Sekunden (Standard 20, höchstens 600).</translation>
    </message>
    <message>
        <source>Print one JSON object with outcome, provider, region, endpoint, http_status, retry_after_s, identity and message.</source>
        <translation>Ein einzelnes JSON-Objekt mit outcome, provider, region, endpoint, http_status, retry_after_s, identity und message ausgeben.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, for this program only.</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen, nur für dieses Programm.</translation>
    </message>
    <message>
        <source>Use this provider catalog (JSON) instead of the built-in one, for private regions. It is checked like any untrusted input.</source>
        <translation>Diesen Anbieterkatalog (JSON) statt des eingebauten verwenden, für private Regionen. Er wird wie jede nicht vertrauenswürdige Eingabe geprüft.</translation>
    </message>
    <message>
        <source>Show the window in this language instead of the system&apos;s: %1.</source>
        <translation>Das Fenster in dieser Sprache statt in der des Systems anzeigen: %1.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Credential Connect links a Juniper Mist, Mist Routing Assurance or JumpCloud account: it asks the provider&apos;s API whether a token works and what it grants. Without --check it opens the connect window.</source>
        <translation>Credential Connect verbindet ein Konto bei Juniper Mist, Mist Routing Assurance oder JumpCloud: Es fragt die API des Anbieters, ob ein Token funktioniert und welche Berechtigungen es gewährt. Ohne --check öffnet es das Verbindungsfenster.</translation>
    </message>
    <message>
        <source>Command-line check:
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region api.gc3 --json
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region auto
With --region auto the token is sent to the API host of every region of the provider; the answer names the region found and lists what each region answered (with --json, in &quot;detection&quot;).

Exit codes:
  0  verified: the token works
  1  rejected or forbidden: the service refused the token (with auto: every region refused it)
  2  invalid input: nothing was sent
  3  could not tell: rate limit, server, network, TLS, proxy, timeout or an unexpected answer (with auto: in a region that did not refuse it)
</source>
        <translation>Prüfung auf der Befehlszeile:
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region api.gc3 --json
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region auto
Mit --region auto wird das Token an den API-Host jeder Region des Anbieters gesendet; die Antwort nennt die gefundene Region und führt auf, was jede Region geantwortet hat (mit --json unter &quot;detection&quot;).

Exit-Codes:
  0  geprüft: Das Token funktioniert
  1  abgelehnt oder verweigert: Der Dienst hat das Token abgelehnt (mit auto: jede Region hat es abgelehnt)
  2  ungültige Eingabe: Es wurde nichts gesendet
  3  keine Aussage möglich: Anfragelimit, Server, Netzwerk, TLS, Proxy, Zeitüberschreitung oder eine unerwartete Antwort (mit auto: in einer Region, die es nicht abgelehnt hat)
</translation>
    </message>
    <message>
        <source>Verify every token of a list without opening a window: CSV with the columns provider, region, token and optionally label, or JSON Lines with the same keys; - for standard input.</source>
        <translation>Alle Tokens einer Liste prüfen, ohne ein Fenster zu öffnen: CSV mit den Spalten provider, region, token und optional label, oder JSON Lines mit denselben Schlüsseln; - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Checking a list:
  credential-connect --check-file tokens.csv --json
The first line of a CSV file names the columns: provider,region,token,label. With --json, one object per row in the order of the file, as --check prints it, with &quot;line&quot; and &quot;label&quot;, then {&quot;summary&quot;: ...}. The same provider, region and token twice are sent once. A row that cannot be used is invalid_input; the others go on.
Exit codes: 0 every row verified; 1 some refused, forbidden or invalid, and every row answered; 2 the file cannot be read (nothing was sent); 3 some row could not be checked.
</source>
        <translation>Eine Liste prüfen:
  credential-connect --check-file tokens.csv --json
Die erste Zeile einer CSV-Datei nennt die Spalten: provider,region,token,label. Mit --json ein Objekt je Zeile in der Reihenfolge der Datei, wie --check es ausgibt, mit &quot;line&quot; und &quot;label&quot;, danach {&quot;summary&quot;: ...}. Derselbe Anbieter, dieselbe Region und dasselbe Token zweimal werden nur einmal gesendet. Eine unbrauchbare Zeile ist invalid_input; die anderen laufen weiter.
Exit-Codes: 0 jede Zeile bestätigt; 1 einige abgelehnt, verboten oder ungültig, und jede Zeile beantwortet; 2 die Datei kann nicht gelesen werden (nichts wurde gesendet); 3 eine Zeile konnte nicht geprüft werden.
</translation>
    </message>
    <message>
        <source>With --check-file and --check-saved: requests in flight at once, at most (default %1, at most %2; never more than %3 to one API host).</source>
        <translation>Mit --check-file und --check-saved: höchstens so viele gleichzeitige Anfragen (Standard %1, höchstens %2; nie mehr als %3 an einen API-Host).</translation>
    </message>
    <message>
        <source>List the saved connections and how their last check went (never a token).</source>
        <translation>Die gespeicherten Verbindungen auflisten und wie ihre letzte Prüfung ausging (nie ein Token).</translation>
    </message>
    <message>
        <source>Check every saved connection with its token from the system keychain, print one row each and record the outcome in the connection.</source>
        <translation>Jede gespeicherte Verbindung mit ihrem Token aus dem Schlüsselbund des Systems prüfen, je eine Zeile ausgeben und das Ergebnis in der Verbindung festhalten.</translation>
    </message>
    <message>
        <source>Export the saved connection with this key (see --list-saved).</source>
        <translation>Die gespeicherte Verbindung mit diesem Schlüssel exportieren (siehe --list-saved).</translation>
    </message>
    <message>
        <source>With --export-saved: env (the token in the clear, for the vendors&apos; tools), profile (JSON, no token) or summary (text for a ticket).</source>
        <translation>Mit --export-saved: env (das Token im Klartext, für die Werkzeuge der Anbieter), profile (JSON, kein Token) oder summary (Text für ein Ticket).</translation>
    </message>
    <message>
        <source>With --export-saved: the file to write, or - for standard output. Needed for env and profile.</source>
        <translation>Mit --export-saved: die zu schreibende Datei oder - für die Standardausgabe. Nötig für env und profile.</translation>
    </message>
    <message>
        <source>With --export-saved: replace the file given to --output if it exists.</source>
        <translation>Mit --export-saved: die bei --output angegebene Datei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Saved connections (tokens from the system keychain):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved exits 0 when every connection verified, 1 when some were refused and all the others verified, 3 when any could not be checked. --list-saved and --export-saved exit 0 when done, 2 when refused before anything was written, 3 when the keychain or the file could not be used.
</source>
        <translation>Exit-Codes:
  0  geprüft: Das Token funktioniert
  1  abgelehnt oder verweigert: Der Dienst hat das Token abgelehnt (mit auto: jede Region hat es abgelehnt)
  2  ungültige Eingabe: Es wurde nichts gesendet
  3  keine Aussage möglich: Anfragelimit, Server, Netzwerk, TLS, Proxy, Zeitüberschreitung oder eine unerwartete Antwort (mit auto: in einer Region, die es nicht abgelehnt hat)

Gespeicherte Verbindungen (Token aus dem Schlüsselbund des Systems):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved endet mit 0, wenn jede Verbindung bestätigt wurde, mit 1, wenn einige abgelehnt und alle anderen bestätigt wurden, mit 3, wenn eine nicht geprüft werden konnte. --list-saved und --export-saved enden mit 0, wenn erledigt, mit 2, wenn abgelehnt, bevor etwas geschrieben wurde, mit 3, wenn der Schlüsselbund oder die Datei nicht verwendet werden konnte.
</translation>
    </message>
    <message>
        <source>With --check-saved: show a desktop notification naming each connection a service has started to refuse, with what to do (Watch my connections).</source>
        <translation>Mit --check-saved: eine Desktop-Benachrichtigung zeigen, die jede Verbindung nennt, deren Token ein Dienst neu ablehnt, und sagt, was zu tun ist (Meine Verbindungen überwachen).</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Choose the service and its region, then paste the API token. Credential Connect asks the service whether the token works and what it grants. The token is not stored.</source>
        <translation>Wählen Sie den Dienst und seine Region und fügen Sie dann das API-Token ein. Credential Connect fragt den Dienst, ob das Token funktioniert und welche Berechtigungen es gewährt. Das Token wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The service whose account you are linking</source>
        <translation>Der Dienst, dessen Konto Sie verbinden</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Find my re&amp;gion</source>
        <translation>&amp;Meine Region finden</translation>
    </message>
    <message>
        <source>Asks every region of the provider whether it accepts the token, after telling you which hosts would receive it</source>
        <translation>Fragt jede Region des Anbieters, ob sie das Token akzeptiert, nachdem angezeigt wurde, welche Hosts es erhalten würden</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Find my region</source>
        <translation>Meine Region finden</translation>
    </message>
    <message>
        <source>&amp;Ask every region</source>
        <translation>Alle Regi&amp;onen fragen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Asks the service whether the token works. Press Enter in any field to do the same.</source>
        <translation>Fragt den Dienst, ob das Token funktioniert. Die Eingabetaste in einem beliebigen Feld bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>D&amp;on&apos;t ask</source>
        <translation>&amp;Nicht fragen</translation>
    </message>
</context>
<context>
    <name>ConnectionExports</name>
    <message>
        <source>The summary is on the clipboard, ready for a ticket. It holds no token.</source>
        <translation>Die Zusammenfassung ist in der Zwischenablage, bereit für ein Ticket. Sie enthält kein Token.</translation>
    </message>
    <message>
        <source>Export the Profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>Profil (*.json)</translation>
    </message>
    <message>
        <source>The profile was not exported: %1</source>
        <translation>Das Profil wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>The profile, without the token, is in %1.</source>
        <translation>Das Profil (ohne Token) liegt in %1.</translation>
    </message>
    <message>
        <source>Write the Token to a File?</source>
        <translation>Token in eine Datei schreiben?</translation>
    </message>
    <message>
        <source>A .env file holds the token in plain text, for the vendor&apos;s own tools to read. Only you can read the file, but anyone with your account or a copy of the file can use the token. Keep it out of shared folders and version control, and delete it when it is no longer needed.</source>
        <translation>Eine .env-Datei enthält das Token im Klartext, damit die Tools des Herstellers es lesen können. Nur Sie können die Datei lesen, aber jeder mit Zugang zu Ihrem Konto oder mit einer Kopie der Datei kann das Token verwenden. Legen Sie sie nicht in freigegebenen Ordnern oder in der Versionsverwaltung ab, und löschen Sie sie, sobald sie nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>Choose Where to Write It</source>
        <translation>Speicherort wählen</translation>
    </message>
    <message>
        <source>Export a .env File</source>
        <translation>.env-Datei exportieren</translation>
    </message>
    <message>
        <source>Environment file (*.env)</source>
        <translation>Umgebungsdatei (*.env)</translation>
    </message>
    <message>
        <source>No .env file is offered for this connection: %1.</source>
        <translation>Für diese Verbindung wird keine .env-Datei angeboten: %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 ist bereits vorhanden. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Failing since %1 UTC: %2</source>
        <translation>Fehlschlagend seit %1 UTC: %2</translation>
    </message>
    <message>
        <source>Verified %1 UTC</source>
        <translation>Bestätigt %1 UTC</translation>
    </message>
    <message>
        <source>Not checked since it was saved</source>
        <translation>Seit dem Speichern nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>%1 connection</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>Region: %1 (%2)</translation>
    </message>
    <message>
        <source>Organization: %1 (ID %2)</source>
        <translation>Organisation: %1 (ID %2)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <source>Organizations reached:</source>
        <translation>Erreichbare Organisationen:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Verified at: %1 UTC</source>
        <translation>Geprüft: %1 UTC</translation>
    </message>
    <message>
        <source>Verified at: never</source>
        <translation>Geprüft: nie</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Enter the token: the field is empty.</source>
        <translation>Geben Sie das Token ein: Das Feld ist leer.</translation>
    </message>
    <message>
        <source>The token has a space or line break at character %1. Tokens never contain spaces: copy it again in one piece.</source>
        <translation>Das Token enthält an Position %1 ein Leerzeichen oder einen Zeilenumbruch. Tokens enthalten nie Leerzeichen: Kopieren Sie es noch einmal in einem Stück.</translation>
    </message>
    <message>
        <source>The token has an invisible control character at character %1. Copy it again, straight from the portal.</source>
        <translation>Das Token enthält an Position %1 ein unsichtbares Steuerzeichen. Kopieren Sie es noch einmal, direkt aus dem Portal.</translation>
    </message>
    <message>
        <source>The token has a character that no token uses (“%1” at character %2), often a typographic quote or dash picked up while copying. Copy it again, straight from the portal.</source>
        <translation>Das Token enthält ein Zeichen, das in keinem Token vorkommt („%1“ an Position %2), oft ein typografisches Anführungszeichen oder ein Gedankenstrich, der beim Kopieren mitgekommen ist. Kopieren Sie es noch einmal, direkt aus dem Portal.</translation>
    </message>
    <message numerus="yes">
        <source>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</source>
        <translation>
            <numerusform>Dieses Token hat %n Zeichen; Tokens dieses Anbieters haben normalerweise %1. Stellen Sie sicher, dass es vollständig kopiert wurde. Sie können es trotzdem prüfen.</numerusform>
            <numerusform>Dieses Token hat %n Zeichen; Tokens dieses Anbieters haben normalerweise %1. Stellen Sie sicher, dass es vollständig kopiert wurde. Sie können es trotzdem prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Check the token</source>
        <translation>Token prüfen</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>the value of %1 holds characters that a .env file cannot carry safely (a quote, a backslash, “${”, a control or non-ASCII character)</source>
        <translation>der Wert von %1 enthält Zeichen, die eine .env-Datei nicht sicher aufnehmen kann (ein Anführungszeichen, einen umgekehrten Schrägstrich, „${“, ein Steuerzeichen oder ein Nicht-ASCII-Zeichen)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>Organisation %1 (ID %2)</translation>
    </message>
    <message>
        <source>This file holds the API token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>Diese Datei enthält das API-Token im Klartext: Halten Sie sie unter Verschluss und löschen Sie sie, sobald sie nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>Read by the JumpCloud PowerShell module (Connect-JCOnline) from environment variables of these names.</source>
        <translation>Wird vom JumpCloud-PowerShell-Modul (Connect-JCOnline) aus Umgebungsvariablen mit diesen Namen gelesen.</translation>
    </message>
    <message>
        <source>there is no .env format for the provider %1</source>
        <translation>für den Anbieter %1 gibt es kein .env-Format</translation>
    </message>
    <message>
        <source>For the mistapi Python package, mistapi.APISession(env_file=&quot;&lt;this file&gt;&quot;), and for Juniper&apos;s Terraform provider for Mist, which reads the environment: set -a; . ./&lt;this file&gt;; set +a</source>
        <translation>Für das Python-Paket mistapi, mistapi.APISession(env_file=&quot;&lt;diese Datei&gt;&quot;), und für Junipers Terraform-Provider für Mist, der die Umgebung liest: set -a; . ./&lt;diese Datei&gt;; set +a</translation>
    </message>
    <message>
        <source>The API host, read by both.</source>
        <translation>Der API-Host, von beiden gelesen.</translation>
    </message>
    <message>
        <source>The token, as mistapi reads it.</source>
        <translation>Das Token, wie mistapi es liest.</translation>
    </message>
    <message>
        <source>The same token, as the Terraform provider reads it.</source>
        <translation>Dasselbe Token, wie der Terraform-Provider es liest.</translation>
    </message>
    <message>
        <source>JCEnvironment=&apos;%1&apos; is read by version %2 and later of the JumpCloud PowerShell module; older versions silently connect to the US console instead, which refuses a key of the %3 console (%4).</source>
        <translation>JCEnvironment=&apos;%1&apos; wird ab Version %2 des JumpCloud-PowerShell-Moduls gelesen; ältere Versionen verbinden sich stattdessen ohne Hinweis mit der US-Konsole, die einen Schlüssel der Konsole %3 (%4) ablehnt.</translation>
    </message>
    <message>
        <source>mistapi and Juniper&apos;s Terraform provider for Mist, the tools that read such a file, accept only the Juniper Mist cloud hosts they list, and %1 is not among them</source>
        <translation>mistapi und Junipers Terraform-Provider für Mist, die Werkzeuge, die eine solche Datei lesen, akzeptieren nur die Juniper-Mist-Cloud-Hosts, die sie selbst aufführen, und %1 gehört nicht dazu</translation>
    </message>
    <message>
        <source>the JumpCloud PowerShell module has no JCEnvironment value for the %1 console (%2) and would connect to the US console instead</source>
        <translation>das JumpCloud-PowerShell-Modul hat keinen JCEnvironment-Wert für die Konsole %1 (%2) und würde sich stattdessen mit der US-Konsole verbinden</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>the answer was not in the documented form</source>
        <translation>die Antwort hatte nicht die dokumentierte Form</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Super User</source>
        <translation>Super User</translation>
    </message>
    <message>
        <source>Network Admin</source>
        <translation>Network Admin</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>MSP</source>
        <translation>MSP</translation>
    </message>
    <message>
        <source>organization group</source>
        <translation>Organisationsgruppe</translation>
    </message>
    <message>
        <source>site group</source>
        <translation>Standortgruppe</translation>
    </message>
    <message>
        <source>%1 on an unnamed %2</source>
        <translation>%1 für %2 ohne Namen</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 für %2 %3</translation>
    </message>
    <message>
        <source>%1 (organization %2)</source>
        <translation>%1 (Organisation %2)</translation>
    </message>
    <message>
        <source>Personal token of %1</source>
        <translation>Persönliches Token von %1</translation>
    </message>
    <message>
        <source>Personal token of %1 &lt;%2&gt;</source>
        <translation>Persönliches Token von %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Organization token (unnamed)</source>
        <translation>Organisationstoken (ohne Namen)</translation>
    </message>
    <message>
        <source>Organization token “%1”</source>
        <translation>Organisationstoken „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Multi-tenant administrator key: reaches %n organizations</source>
        <translation>
            <numerusform>Administratorschlüssel: erreicht %n Organisation</numerusform>
            <numerusform>Multi-Tenant-Administratorschlüssel: erreicht %n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator key (no organization listed)</source>
        <translation>Administratorschlüssel (keine Organisation aufgeführt)</translation>
    </message>
    <message>
        <source>Administrator key for %1</source>
        <translation>Administratorschlüssel für %1</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>Organisation %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, custom role limited to the views %2</source>
        <translation>%1, benutzerdefinierte Rolle, beschränkt auf die Ansichten %2</translation>
    </message>
    <message numerus="yes">
        <source>JumpCloud counts %n organizations; only the first %1 are listed.</source>
        <translation>
            <numerusform>JumpCloud zählt %n Organisation; nur die ersten %1 sind aufgeführt.</numerusform>
            <numerusform>JumpCloud zählt %n Organisationen; nur die ersten %1 sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token is named “%1” and was created on %2.</source>
        <translation>Dieses Token heißt „%1“ und wurde am %2 erstellt.</translation>
    </message>
    <message>
        <source>This token is named “%1”.</source>
        <translation>Dieses Token heißt „%1“.</translation>
    </message>
    <message>
        <source>The account signs in to the portal through single sign-on.</source>
        <translation>Das Konto meldet sich per Single Sign-on am Portal an.</translation>
    </message>
    <message>
        <source>The account signs in to the portal with a password, not through single sign-on.</source>
        <translation>Das Konto meldet sich mit einem Passwort am Portal an, nicht per Single Sign-on.</translation>
    </message>
    <message numerus="yes">
        <source>The MSP %1 has %n organizations.</source>
        <translation>
            <numerusform>Der MSP %1 hat %n Organisation.</numerusform>
            <numerusform>Der MSP %1 hat %n Organisationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>API calls this hour, by the whole account: %1 of %2.</source>
        <translation>API-Aufrufe in dieser Stunde, für das ganze Konto: %1 von %2.</translation>
    </message>
    <message>
        <source>API calls this hour by this token: %1 of %2.</source>
        <translation>API-Aufrufe dieses Tokens in dieser Stunde: %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more organizations</source>
        <translation>
            <numerusform>…und %n weitere Organisation</numerusform>
            <numerusform>…und %n weitere Organisationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpCloudAnswer</name>
    <message>
        <source>the organizations after the first %1</source>
        <translation>die Organisationen nach den ersten %1</translation>
    </message>
    <message>
        <source>Check that the key was copied in full. Generating a new API key revokes the old one, and keys that start with jca_ can expire, so a key that once worked may no longer. Keys also work only in their own region: this check asked %1 (%2).</source>
        <translation>Stellen Sie sicher, dass der Schlüssel vollständig kopiert wurde. Das Generieren eines neuen API-Schlüssels widerruft den alten, und Schlüssel, die mit jca_ beginnen, können ablaufen; ein Schlüssel, der einmal funktioniert hat, funktioniert also womöglich nicht mehr. Schlüssel funktionieren außerdem nur in ihrer eigenen Region: Diese Prüfung hat %1 (%2) gefragt.</translation>
    </message>
    <message>
        <source>API access must be on for your administrator account, and only an administrator with the Billing role can turn it on.</source>
        <translation>Der API-Zugriff muss für Ihr Administratorkonto eingeschaltet sein, und nur ein Administrator mit der Billing-Rolle kann ihn einschalten.</translation>
    </message>
</context>
<context>
    <name>KeepPage</name>
    <message>
        <source>Keep the connection</source>
        <translation>Verbindung behalten</translation>
    </message>
    <message>
        <source>Save it to check it again later without pasting the token, copy a summary for a ticket, or export it for a script.</source>
        <translation>Speichern Sie die Verbindung, um sie später ohne erneutes Einfügen des Tokens wieder zu prüfen, kopieren Sie eine Zusammenfassung für ein Ticket oder exportieren Sie sie für ein Skript.</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>Im Schlüsselbund des Systems s&amp;peichern</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system&apos;s keychain and the rest of the profile in the program&apos;s settings</source>
        <translation>Legt das Token im Schlüsselbund des Betriebssystems ab und den Rest des Profils in den Einstellungen des Programms</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>Kopiert Anbieter, Region, Identität und Rollen für ein Ticket in die Zwischenablage, niemals das Token</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Profil e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>Schreibt das Profil als JSON, ohne das Token</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>.en&amp;v-Datei exportieren…</translation>
    </message>
    <message>
        <source>Writes the token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>Schreibt das Token und seinen Host unter den Namen, die die Tools des Herstellers lesen, in eine Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Credential Connect cannot open its window: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect kann sein Fenster nicht öffnen: %1. Die Prüfung über die Befehlszeile (--check) funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Credential Connect cannot reach its saved connections: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect kann seine gespeicherten Verbindungen nicht erreichen: %1. Die Prüfung über die Befehlszeile (--check) funktioniert weiterhin.</translation>
    </message>
</context>
<context>
    <name>MistAnswer</name>
    <message>
        <source>Mist allows 5,000 calls an hour per token; personal tokens share that budget with every other token and portal session of the same account.</source>
        <translation>Mist erlaubt 5.000 Aufrufe pro Stunde und Token; persönliche Tokens teilen sich dieses Kontingent mit allen anderen Tokens und Portalsitzungen desselben Kontos.</translation>
    </message>
    <message>
        <source>the account&apos;s list of tokens does not show this one</source>
        <translation>die Tokenliste des Kontos zeigt dieses Token nicht</translation>
    </message>
    <message>
        <source>several of the account&apos;s tokens begin and end like this one</source>
        <translation>mehrere Tokens des Kontos beginnen und enden wie dieses</translation>
    </message>
    <message>
        <source>this token&apos;s name and creation date</source>
        <translation>Name und Erstellungsdatum dieses Tokens</translation>
    </message>
    <message>
        <source>the organizations of the MSP %1</source>
        <translation>die Organisationen des MSP %1</translation>
    </message>
    <message>
        <source>this hour&apos;s API calls</source>
        <translation>die API-Aufrufe dieser Stunde</translation>
    </message>
    <message>
        <source>Check that the token was copied in full. Mist also refuses a token that was deleted, and removes a personal token unused for 90 days. An organization token limited to certain source addresses is refused from any other network. A valid token sent to the wrong region is refused the same way: this check asked %1 (%2); your portal&apos;s address shows your region, for example %3.</source>
        <translation>Stellen Sie sicher, dass das Token vollständig kopiert wurde. Mist lehnt auch ein gelöschtes Token ab und entfernt ein persönliches Token, das 90 Tage lang nicht verwendet wurde. Ein Organisationstoken, das auf bestimmte Quelladressen beschränkt ist, wird aus jedem anderen Netz abgelehnt. Ein gültiges Token, das an die falsche Region gesendet wird, wird genauso abgelehnt: Diese Prüfung hat %1 (%2) gefragt; die Adresse Ihres Portals verrät Ihre Region, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>An organization token limited to certain source addresses is refused from any other network: check from a network the token allows.</source>
        <translation>Ein Organisationstoken, das auf bestimmte Quelladressen beschränkt ist, wird aus jedem anderen Netz abgelehnt: Prüfen Sie es aus einem Netz, das das Token zulässt.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Der Dienst bittet, vor einem erneuten Versuch %n Minute zu warten.</numerusform>
            <numerusform>Der Dienst bittet, vor einem erneuten Versuch %n Minuten zu warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Der Dienst bittet, vor einem erneuten Versuch %n Sekunde zu warten.</numerusform>
            <numerusform>Der Dienst bittet, vor einem erneuten Versuch %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was issued to “%1” by “%2”.</source>
        <translation>Das Zertifikat wurde von „%2“ für „%1“ ausgestellt.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so the token was not sent.</source>
        <translation>Der sicheren Verbindung zu %1 konnte nicht vertraut werden, daher wurde das Token nicht gesendet.</translation>
    </message>
    <message>
        <source>A network that inspects encrypted traffic causes this. Ask your IT department whether its certificate authority should be installed on this computer.</source>
        <translation>Die Ursache ist ein Netzwerk, das verschlüsselten Datenverkehr untersucht. Fragen Sie Ihre IT-Abteilung, ob deren Zertifizierungsstelle auf diesem Computer installiert werden sollte.</translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check the network connection and, if you use a VPN or a proxy, that it is connected.</source>
        <translation>Die Adresse %1 wurde nicht gefunden. Prüfen Sie die Netzwerkverbindung und, falls Sie ein VPN oder einen Proxy verwenden, ob dieser verbunden ist.</translation>
    </message>
    <message>
        <source>%1 refused the connection. A firewall may block it: check the network connection, or ask your IT department.</source>
        <translation>%1 hat die Verbindung abgelehnt. Möglicherweise blockiert eine Firewall sie: Prüfen Sie die Netzwerkverbindung oder wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again; if it happens again, a firewall or proxy may be interfering.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war. Versuchen Sie es erneut; wenn es wieder passiert, stört möglicherweise eine Firewall oder ein Proxy.</translation>
    </message>
    <message>
        <source>The network failed while asking %1. Check the connection and try again.</source>
        <translation>Beim Abfragen von %1 ist ein Netzwerkfehler aufgetreten. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy server</source>
        <translation>Der Proxyserver</translation>
    </message>
    <message>
        <source>The proxy server %1</source>
        <translation>Der Proxyserver %1</translation>
    </message>
    <message>
        <source>%1 refused or dropped the connection. Check the proxy settings of this computer.</source>
        <translation>%1 hat die Verbindung abgelehnt oder abgebrochen. Prüfen Sie die Proxyeinstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>%1 could not be used. Check the proxy settings of this computer.</source>
        <translation>%1 konnte nicht verwendet werden. Prüfen Sie die Proxyeinstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect. Redirects are never followed, so the token went nowhere else. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet. Weiterleitungen werden nie verfolgt, das Token wurde also nirgendwo anders hin gesendet. Die Ursache kann die Anmeldeseite eines Hotel- oder Gastnetzwerks sein: Öffnen Sie zuerst eine Webseite in Ihrem Browser.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Redirects are never followed, so the token was not sent there. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 hat die Anfrage an %2 weitergeleitet. Weiterleitungen werden nie verfolgt, das Token wurde also nicht dorthin gesendet. Die Ursache kann die Anmeldeseite eines Hotel- oder Gastnetzwerks sein: Öffnen Sie zuerst eine Webseite in Ihrem Browser.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than any real answer (over 1 MiB) and was cut off. Something between you and the service may be interfering.</source>
        <translation>Die Antwort von %1 war größer als jede echte Antwort (über 1 MiB) und wurde abgeschnitten. Möglicherweise stört etwas zwischen Ihnen und dem Dienst.</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the API sends; it may be a web page. A sign-in page of a hotel or guest network, or a proxy, may be answering instead: open a web page in your browser, then try again.</source>
        <translation>Die Antwort von %1 entsprach nicht dem, was die API sendet; möglicherweise ist es eine Webseite. Vielleicht antwortet stattdessen die Anmeldeseite eines Hotel- oder Gastnetzwerks oder ein Proxy: Öffnen Sie eine Webseite in Ihrem Browser und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 answered, but not in the form this check expects, so it cannot tell what the token grants. Try again later; if it persists, report it with the details below.</source>
        <translation>%1 hat geantwortet, aber nicht in der Form, die diese Prüfung erwartet, daher lässt sich nicht sagen, welche Berechtigungen das Token gewährt. Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, melden Sie es mit den Details unten.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2, which a check does not expect. Check the region; if it persists, report it with the details below.</source>
        <translation>%1 hat mit dem HTTP-Status %2 geantwortet, den eine Prüfung nicht erwartet. Überprüfen Sie die Region; wenn das Problem bestehen bleibt, melden Sie es mit den Details unten.</translation>
    </message>
    <message>
        <source>Verified: the token works</source>
        <translation>Geprüft: Das Token funktioniert</translation>
    </message>
    <message>
        <source>%1 (%2) accepted the token.</source>
        <translation>%1 (%2) hat das Token akzeptiert.</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>%1 did not accept this token.</source>
        <translation>%1 hat dieses Token nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Token recognised, access denied</source>
        <translation>Token erkannt, Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 recognised the token but denied access to its own details. The account or token lacks a permission: ask an administrator of your organization to grant API access, or use a token with a higher role.</source>
        <translation>%1 hat das Token erkannt, aber den Zugriff auf seine eigenen Angaben verweigert. Dem Konto oder dem Token fehlt eine Berechtigung: Bitten Sie einen Administrator Ihrer Organisation, API-Zugriff zu gewähren, oder verwenden Sie ein Token mit einer höheren Rolle.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>%1 is limiting requests for this token.</source>
        <translation>%1 begrenzt die Anfragen für dieses Token.</translation>
    </message>
    <message>
        <source>The service has a problem</source>
        <translation>Der Dienst hat ein Problem</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2). The fault is on the service&apos;s side, not with the token.</source>
        <translation>%1 hat mit einem Serverfehler geantwortet (HTTP %2). Der Fehler liegt beim Dienst, nicht beim Token.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the network connection, VPN or proxy, then try again.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie Netzwerkverbindung, VPN oder Proxy und versuchen Sie es dann erneut.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie Netzwerkverbindung, VPN oder Proxy und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the service</source>
        <translation>Dienst nicht erreichbar</translation>
    </message>
    <message>
        <source>Connection not trusted</source>
        <translation>Verbindung nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation>Proxyproblem</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Eingabe prüfen</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The limit starts again at the full hour: try again after %1 UTC.</source>
        <translation>Die Begrenzung beginnt zur vollen Stunde neu: Versuchen Sie es nach %1 UTC erneut.</translation>
    </message>
    <message>
        <source>%1 asks for a sign-in, and none was given, so the token was not sent. Sign in to the proxy when the window asks; for the command line, put the user name and password in the proxy address (https_proxy=http://user:password@host:port). Your IT department knows which sign-in the proxy takes.</source>
        <translation>%1 verlangt eine Anmeldung, und es wurde keine angegeben; das Token wurde daher nicht gesendet. Melden Sie sich beim Proxy an, wenn das Fenster danach fragt; für die Befehlszeile tragen Sie Benutzername und Passwort in die Proxy-Adresse ein (https_proxy=http://benutzer:passwort@host:port). Ihre IT-Abteilung weiß, welche Anmeldung der Proxy erwartet.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password it was given, so the token was not sent. Check them and try again; your IT department can tell you which sign-in the proxy takes.</source>
        <translation>%1 hat den angegebenen Benutzernamen oder das Passwort abgelehnt; das Token wurde daher nicht gesendet. Prüfen Sie beides und versuchen Sie es erneut; Ihre IT-Abteilung kann Ihnen sagen, welche Anmeldung der Proxy erwartet.</translation>
    </message>
</context>
<context>
    <name>ProgramInputs</name>
    <message>
        <source>The provider catalog cannot be used: %1.</source>
        <translation>Der Anbieterkatalog kann nicht verwendet werden: %1.</translation>
    </message>
</context>
<context>
    <name>ProviderGuide</name>
    <message>
        <source>Cloud management for Juniper Mist wireless, wired and WAN networks.</source>
        <translation>Cloud-Verwaltung für WLAN-, LAN- und WAN-Netzwerke mit Juniper Mist.</translation>
    </message>
    <message>
        <source>Personal or organization token?</source>
        <translation>Persönliches Token oder Organisationstoken?</translation>
    </message>
    <message>
        <source>A personal token belongs to your own account and can do exactly what you can do, in every organization and MSP you can reach. Choose it for your own scripts and quick checks. It stops working when your account loses access.</source>
        <translation>Ein persönliches Token gehört zu Ihrem eigenen Konto und kann genau das, was Sie können, in jeder Organisation und jedem MSP, auf die Sie Zugriff haben. Wählen Sie es für Ihre eigenen Skripte und schnelle Prüfungen. Es funktioniert nicht mehr, sobald Ihr Konto den Zugriff verliert.</translation>
    </message>
    <message>
        <source>An organization token belongs to one organization, not to a person, and keeps working when people leave. You choose its rights when you make it. Choose it for integrations, service accounts and anything that must outlive one job.</source>
        <translation>Ein Organisationstoken gehört zu einer Organisation, nicht zu einer Person, und funktioniert weiter, wenn Mitarbeitende das Unternehmen verlassen. Seine Rechte legen Sie beim Erstellen fest. Wählen Sie es für Integrationen, Dienstkonten und alles, was länger bestehen muss als die Anstellung einer einzelnen Person.</translation>
    </message>
    <message>
        <source>Every token may make 5,000 API calls an hour. Personal tokens share that budget with each other and with your own use of the portal; each organization token has a budget of its own.</source>
        <translation>Jedes Token darf 5.000 API-Aufrufe pro Stunde ausführen. Persönliche Tokens teilen sich dieses Kontingent untereinander und mit Ihrer eigenen Nutzung des Portals; jedes Organisationstoken hat ein eigenes Kontingent.</translation>
    </message>
    <message>
        <source>If your organization signs in through single sign-on (SSO), the portal does not let you make personal tokens: ask an administrator for an organization token instead.</source>
        <translation>Wenn sich Ihre Organisation per Single Sign-On (SSO) anmeldet, können Sie im Portal keine persönlichen Tokens erstellen: Bitten Sie stattdessen einen Administrator um ein Organisationstoken.</translation>
    </message>
    <message>
        <source>Make a personal token</source>
        <translation>Persönliches Token erstellen</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region (the button below opens it).</source>
        <translation>Melden Sie sich am Portal Ihrer Region an (die Schaltfläche unten öffnet es).</translation>
    </message>
    <message>
        <source>Open the account menu at the top right and choose My Account.</source>
        <translation>Öffnen Sie oben rechts das Kontomenü und wählen Sie „My Account“.</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token, give the token a name, and choose Generate.</source>
        <translation>Wählen Sie im Abschnitt „API Token“ die Option „Create Token“, geben Sie dem Token einen Namen und wählen Sie „Generate“.</translation>
    </message>
    <message>
        <source>Copy the key with the copy button beside it, then choose Done.</source>
        <translation>Kopieren Sie den Schlüssel mit der Kopierschaltfläche daneben und wählen Sie dann „Done“.</translation>
    </message>
    <message>
        <source>Make an organization token</source>
        <translation>Organisationstoken erstellen</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region and open Organization, then Settings.</source>
        <translation>Melden Sie sich am Portal Ihrer Region an und öffnen Sie „Organization“ und dann „Settings“.</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token and pick the access level the token needs: no more than the job requires.</source>
        <translation>Wählen Sie im Abschnitt „API Token“ die Option „Create Token“ und legen Sie die Zugriffsebene fest, die das Token braucht – nicht mehr, als die Aufgabe erfordert.</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key with the copy button beside it.</source>
        <translation>Wählen Sie „Generate“ und kopieren Sie den Schlüssel mit der Kopierschaltfläche daneben.</translation>
    </message>
    <message>
        <source>Choose Done, then Save at the top right of the settings page.</source>
        <translation>Wählen Sie „Done“ und dann oben rechts auf der Einstellungsseite „Save“.</translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translation>Bevor Sie fortfahren</translation>
    </message>
    <message>
        <source>The portal shows the whole key only once, right after you make it. Copy it before you close the window; a lost key cannot be shown again, only replaced.</source>
        <translation>Das Portal zeigt den vollständigen Schlüssel nur einmal an, direkt nach dem Erstellen. Kopieren Sie ihn, bevor Sie das Fenster schließen; ein verlorener Schlüssel kann nicht erneut angezeigt, sondern nur ersetzt werden.</translation>
    </message>
    <message>
        <source>Your region is the one in your portal&apos;s address: manage.gc3.mist.com is EMEA 02, for example. On the next page you can also paste that address, or let the program find the region for you.</source>
        <translation>Ihre Region steht in der Adresse Ihres Portals: manage.gc3.mist.com ist zum Beispiel EMEA 02. Auf der nächsten Seite können Sie auch diese Adresse einfügen oder die Region vom Programm ermitteln lassen.</translation>
    </message>
    <message>
        <source>Juniper&apos;s cloud service that watches the health of your WAN routing.</source>
        <translation>Der Cloud-Dienst von Juniper, der den Zustand Ihres WAN-Routings überwacht.</translation>
    </message>
    <message>
        <source>Make a token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Sign in to the Routing Assurance portal (the button below opens it).</source>
        <translation>Melden Sie sich am Portal von Routing Assurance an (die Schaltfläche unten öffnet es).</translation>
    </message>
    <message>
        <source>Open Organization, then Settings, and choose Create Token.</source>
        <translation>Öffnen Sie „Organization“, dann „Settings“, und wählen Sie „Create Token“.</translation>
    </message>
    <message>
        <source>Give the token a name and a role: Super User, Network Admin, Observer or Helpdesk. Pick the lowest role that does the job.</source>
        <translation>Geben Sie dem Token einen Namen und eine Rolle: Super User, Network Admin, Observer oder Helpdesk. Wählen Sie die niedrigste Rolle, die für die Aufgabe genügt.</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key from the Key field before you close the page.</source>
        <translation>Wählen Sie „Generate“ und kopieren Sie den Schlüssel aus dem Feld „Key“, bevor Sie die Seite schließen.</translation>
    </message>
    <message>
        <source>Deleting a token later cuts off everything that uses it at once.</source>
        <translation>Wenn Sie ein Token später löschen, verliert alles, was es verwendet, sofort den Zugriff.</translation>
    </message>
    <message>
        <source>Directory, single sign-on and device management in the cloud.</source>
        <translation>Verzeichnis, Single Sign-On und Geräteverwaltung in der Cloud.</translation>
    </message>
    <message>
        <source>Get your administrator API key</source>
        <translation>Ihren Administrator-API-Schlüssel abrufen</translation>
    </message>
    <message>
        <source>Sign in to the JumpCloud Admin Portal of your region (the button below opens it).</source>
        <translation>Melden Sie sich am JumpCloud Admin Portal Ihrer Region an (die Schaltfläche unten öffnet es).</translation>
    </message>
    <message>
        <source>Generating a new key revokes the old one at once: every script and integration that still uses the old key stops working. If your key is in use elsewhere, use that key here rather than making a new one.</source>
        <translation>Das Generieren eines neuen Schlüssels widerruft den alten sofort: Jedes Skript und jede Integration, die noch den alten Schlüssel verwendet, funktioniert nicht mehr. Wenn Ihr Schlüssel bereits anderswo verwendet wird, verwenden Sie diesen Schlüssel hier, statt einen neuen zu erstellen.</translation>
    </message>
    <message>
        <source>The key acts with all the rights of your administrator account. Treat it like your password.</source>
        <translation>Der Schlüssel handelt mit allen Rechten Ihres Administratorkontos. Behandeln Sie ihn wie Ihr Passwort.</translation>
    </message>
    <message>
        <source>Sign in to the %1 portal of your region (the button below opens it).</source>
        <translation>Melden Sie sich am Portal von %1 für Ihre Region an (die Schaltfläche unten öffnet es).</translation>
    </message>
    <message>
        <source>Make an API token in the portal&apos;s settings and copy it.</source>
        <translation>Erstellen Sie in den Einstellungen des Portals ein API-Token und kopieren Sie es.</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Wichtig:</translation>
    </message>
    <message>
        <source>An organization token can be limited to certain source addresses, and the list cannot be changed once the token exists. Such a token is refused from any other network, so check it from a network the token allows.</source>
        <translation>Ein Organisationstoken kann auf bestimmte Quelladressen beschränkt werden, und diese Liste lässt sich nach dem Erstellen nicht mehr ändern. Aus jedem anderen Netz wird ein solches Token abgelehnt; prüfen Sie es daher aus einem Netz, das das Token zulässt.</translation>
    </message>
    <message>
        <source>Mist removes a personal token that has not been used for 90 days. A token found in an old note may already be gone.</source>
        <translation>Mist entfernt ein persönliches Token, das 90 Tage lang nicht verwendet wurde. Ein Token aus einer alten Notiz existiert möglicherweise nicht mehr.</translation>
    </message>
    <message>
        <source>API access is off for a new administrator, and only an administrator with the Billing role can turn it on. If the portal says you may not view or generate a key, ask one of them to turn on API access for your account.</source>
        <translation>Für neue Administratoren ist der API-Zugriff ausgeschaltet, und nur ein Administrator mit der Billing-Rolle kann ihn einschalten. Wenn das Portal meldet, dass Sie keinen Schlüssel ansehen oder generieren dürfen, bitten Sie einen solchen Administrator, den API-Zugriff für Ihr Konto einzuschalten.</translation>
    </message>
    <message>
        <source>Open the account menu (your initials) and choose My API Key.</source>
        <translation>Öffnen Sie das Kontomenü (Ihre Initialen) und wählen Sie „My API Key“.</translation>
    </message>
    <message>
        <source>Choose Generate New API Key and copy the key at once: JumpCloud shows a key only when it is made, never again.</source>
        <translation>Wählen Sie „Generate New API Key“ und kopieren Sie den Schlüssel sofort: JumpCloud zeigt einen Schlüssel nur beim Erstellen an, danach nie wieder.</translation>
    </message>
    <message>
        <source>Keys that start with jca_ can carry an expiry date; a new key lasts 90 days unless another date is chosen. A key that worked before and is refused now may simply have expired.</source>
        <translation>Schlüssel, die mit jca_ beginnen, können ein Ablaufdatum haben; ein neuer Schlüssel gilt 90 Tage, sofern kein anderes Datum gewählt wird. Ein Schlüssel, der früher funktioniert hat und jetzt abgelehnt wird, ist möglicherweise einfach abgelaufen.</translation>
    </message>
    <message>
        <source>Several organizations</source>
        <translation>Mehrere Organisationen</translation>
    </message>
    <message>
        <source>If your key reaches several organizations (a multi-tenant administrator), you will choose the one this connection is for after the check.</source>
        <translation>Wenn Ihr Schlüssel mehrere Organisationen erreicht (Multi-Tenant-Administrator), wählen Sie nach der Prüfung die Organisation, für die diese Verbindung gilt.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Which service?</source>
        <translation>Welcher Dienst?</translation>
    </message>
    <message>
        <source>Choose the service whose account you are connecting. The next pages show how to get its API token and check it.</source>
        <translation>Wählen Sie den Dienst, dessen Konto Sie verbinden. Die nächsten Seiten zeigen, wie Sie sein API-Token erhalten und prüfen.</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>The service whose account you are connecting</source>
        <translation>Der Dienst, dessen Konto Sie verbinden</translation>
    </message>
</context>
<context>
    <name>ProxySignInDialog</name>
    <message>
        <source>Proxy Sign-In</source>
        <translation>Anmeldung beim Proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Benutzername für den Proxy</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Passwort für den Proxy</translation>
    </message>
    <message>
        <source>&amp;Keep them in the system keychain for this proxy</source>
        <translation>Für diesen Proxy im &amp;Schlüsselbund des Systems behalten</translation>
    </message>
    <message>
        <source>Off: they are forgotten when the program closes</source>
        <translation>Aus: Sie werden vergessen, wenn das Programm endet</translation>
    </message>
</context>
<context>
    <name>RegionDetection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Found your region</source>
        <translation>Ihre Region wurde gefunden</translation>
    </message>
    <message>
        <source>Found your region: %1 accepted the token.</source>
        <translation>Ihre Region wurde gefunden: %1 hat das Token akzeptiert.</translation>
    </message>
    <message>
        <source>No region accepted the token</source>
        <translation>Keine Region hat das Token akzeptiert</translation>
    </message>
    <message>
        <source>Every region of %1 refused this token, so the region is not the problem: the token is mistyped, was deleted, or has expired. Copy it again in full, or make a new one.</source>
        <translation>Jede Region von %1 hat dieses Token abgelehnt, die Region ist also nicht das Problem: Das Token ist falsch eingegeben, wurde gelöscht oder ist abgelaufen. Kopieren Sie es noch einmal vollständig oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Region found, access denied</source>
        <translation>Region gefunden, Zugriff verweigert</translation>
    </message>
    <message>
        <source>The token belongs to %1.</source>
        <translation>Das Token gehört zu %1.</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Eingabe prüfen</translation>
    </message>
    <message>
        <source>%1 has no regions to ask. Nothing was sent.</source>
        <translation>%1 hat keine Regionen, die gefragt werden können. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Region not found for certain</source>
        <translation>Region nicht eindeutig ermittelt</translation>
    </message>
    <message>
        <source>The regions of %1 that could be checked refused the token, but not every region could be checked: %2. The token may belong to a region that could not be checked.</source>
        <translation>Die Regionen von %1, die geprüft werden konnten, haben das Token abgelehnt, aber nicht jede Region konnte geprüft werden: %2. Das Token gehört möglicherweise zu einer Region, die nicht geprüft werden konnte.</translation>
    </message>
    <message>
        <source>No region could be checked</source>
        <translation>Keine Region konnte geprüft werden</translation>
    </message>
    <message>
        <source>No region of %1 could be checked, so it is not known whether the token works.</source>
        <translation>Keine Region von %1 konnte geprüft werden, daher ist nicht bekannt, ob das Token funktioniert.</translation>
    </message>
    <message>
        <source>accepted the token</source>
        <translation>hat das Token akzeptiert</translation>
    </message>
    <message>
        <source>refused the token</source>
        <translation>hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>recognised the token, denied access</source>
        <translation>hat das Token erkannt, Zugriff verweigert</translation>
    </message>
    <message>
        <source>not asked: the address is not allowed</source>
        <translation>nicht gefragt: Die Adresse ist nicht zulässig</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>Adresse nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection closed before the answer</source>
        <translation>Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>connection not trusted</source>
        <translation>Verbindung nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>proxy problem</source>
        <translation>Proxyproblem</translation>
    </message>
    <message>
        <source>redirected elsewhere, not followed</source>
        <translation>an eine andere Adresse weitergeleitet, nicht verfolgt</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Region found, rate limited</source>
        <translation>Region gefunden, Anfragen begrenzt</translation>
    </message>
    <message>
        <source>The token belongs to %1: %2 limits only the tokens it knows and refuses the others, so the limit shows that the token is at home there. What it grants can be checked once the limit is over.</source>
        <translation>Das Token gehört zu %1: %2 begrenzt nur die Anfragen von Tokens, die es kennt, und lehnt alle anderen ab. Die Begrenzung zeigt also, dass das Token dort zu Hause ist. Was es erlaubt, lässt sich prüfen, sobald die Begrenzung vorüber ist.</translation>
    </message>
    <message>
        <source>stopped because the token&apos;s region was found first</source>
        <translation>abgebrochen, weil die Region des Tokens zuerst gefunden wurde</translation>
    </message>
</context>
<context>
    <name>RegionField</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>Wählen Sie die Region, geben Sie ihre API-Subdomain oder ihren Host ein oder fügen Sie die Adresse Ihres Portals ein</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a symbolic link</source>
        <translation>eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>es ist %1, keine normale Datei</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What the token is and grants</source>
        <translation>Token und seine Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Organization this connection is for:</source>
        <translation>&amp;Organisation für diese Verbindung:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organization this connection is for, among those the token reaches</source>
        <translation>Die Organisation, für die diese Verbindung gilt, unter denen, die das Token erreicht</translation>
    </message>
    <message>
        <source>F&amp;ilter by name or ID:</source>
        <translation>F&amp;iltern nach Name oder ID:</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Organisationen filtern</translation>
    </message>
    <message>
        <source>Shows only the organizations whose name or ID contains the typed text; the Down arrow key moves to the list</source>
        <translation>Zeigt nur die Organisationen, deren Name oder ID den eingegebenen Text enthält; die Pfeiltaste nach unten wechselt in die Liste</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
</context>
<context>
    <name>SavedConnections</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There are no saved connections.</source>
        <translation>Es gibt keine gespeicherten Verbindungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) checked: %1.</source>
        <translation>
            <numerusform>%n Verbindung geprüft: %1.</numerusform>
            <numerusform>%n Verbindungen geprüft: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>Die .env-Datei wurde nicht geschrieben: %1.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>Nichts wurde exportiert: %1.</translation>
    </message>
    <message>
        <source>There is no saved connection “%1”. --list-saved lists their keys.</source>
        <translation>Es gibt keine gespeicherte Verbindung „%1“. --list-saved listet ihre Schlüssel auf.</translation>
    </message>
    <message>
        <source>--format takes env, profile or summary.</source>
        <translation>--format nimmt env, profile oder summary.</translation>
    </message>
    <message>
        <source>There is no .env export for this connection: %1.</source>
        <translation>Für diese Verbindung gibt es keinen .env-Export: %1.</translation>
    </message>
    <message>
        <source>--format %1 writes a file: name it with --output FILE, or give --output - to print it.</source>
        <translation>--format %1 schreibt eine Datei: Benennen Sie sie mit --output DATEI, oder geben Sie --output - an, um sie auszugeben.</translation>
    </message>
    <message>
        <source>%1 exists already. Add --force to replace it.</source>
        <translation>%1 existiert bereits. Fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The profile is in %1. It holds no token.</source>
        <translation>Das Profil liegt in %1. Es enthält kein Token.</translation>
    </message>
    <message>
        <source>The summary is in %1. It holds no token.</source>
        <translation>Die Zusammenfassung liegt in %1. Sie enthält kein Token.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warning: the extra certificate authorities of the settings are not trusted: %1</source>
        <translation>Warnung: Den zusätzlichen Zertifizierungsstellen aus den Einstellungen wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Give one of --list-saved, --check-saved and --export-saved.</source>
        <translation>Geben Sie genau eine der Optionen --list-saved, --check-saved und --export-saved an.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Warning: the desktop notification could not be shown: %1</source>
        <translation>Warnung: Die Desktop-Benachrichtigung konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>--notify goes with --check-saved only.</source>
        <translation>--notify gibt es nur zusammen mit --check-saved.</translation>
    </message>
</context>
<context>
    <name>SavedConnectionsView</name>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>Konto ver&amp;binden…</translation>
    </message>
    <message>
        <source>Opens the setup wizard: choose the service, get a token, check it and keep it</source>
        <translation>Öffnet den Einrichtungsassistenten: Dienst wählen, Token besorgen, prüfen und speichern</translation>
    </message>
    <message>
        <source>Saved c&amp;onnections:</source>
        <translation>Gespeicherte Verb&amp;indungen:</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Service and region</source>
        <translation>Dienst und Region</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Token of</source>
        <translation>Token-Inhaber</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>Erneut prü&amp;fen</translation>
    </message>
    <message>
        <source>Checks the stored token with the service again, without showing it</source>
        <translation>Prüft das gespeicherte Token erneut beim Dienst, ohne es anzuzeigen</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>Kopiert Anbieter, Region, Identität und Rollen für ein Ticket in die Zwischenablage, niemals das Token</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Profil e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>Schreibt das Profil als JSON, ohne das Token</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>.en&amp;v-Datei exportieren…</translation>
    </message>
    <message>
        <source>Writes the stored token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>Schreibt das gespeicherte Token und seinen Host unter den Namen, die die Tools des Herstellers lesen, in eine Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Removes the connection: its token from the keychain and its profile from the settings</source>
        <translation>Entfernt die Verbindung: ihr Token aus dem Schlüsselbund und ihr Profil aus den Einstellungen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Each saved connection with its service, region, organization, token holder, when it was last verified and how its last check went</source>
        <translation>Jede gespeicherte Verbindung mit Dienst, Region, Organisation, Token-Inhaber, dem Zeitpunkt der letzten Bestätigung und dem Ergebnis ihrer letzten Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Re-verify all</source>
        <translation>Alle erneut prüfen</translation>
    </message>
    <message>
        <source>Checks every saved connection&apos;s stored token again, a few at a time, and shows each outcome in the Status column</source>
        <translation>Prüft das gespeicherte Token jeder gespeicherten Verbindung erneut, einige gleichzeitig, und zeigt jedes Ergebnis in der Spalte Status</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Where a company proxy inspects encrypted traffic, IT normally installs its root certificate in the system, and Credential Connect trusts it from there. If IT gave you the certificate as a file instead, choose it here: only this program will trust it, besides the system&apos;s own certificate authorities.</source>
        <translation>Wenn ein Firmenproxy verschlüsselten Datenverkehr untersucht, installiert die IT normalerweise dessen Stammzertifikat im System, und Credential Connect vertraut ihm von dort. Wenn Sie das Zertifikat stattdessen als Datei von der IT erhalten haben, wählen Sie es hier aus: Nur dieses Programm vertraut ihm dann, zusätzlich zu den Zertifizierungsstellen des Systems.</translation>
    </message>
    <message>
        <source>Extra certificate &amp;authorities (PEM file):</source>
        <translation>Zusätzliche &amp;Zertifizierungsstellen (PEM-Datei):</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>Keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Zusätzliche Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>Der Pfad einer PEM-Datei mit den Zertifizierungsstellen, die Sie von Ihrer IT-Abteilung erhalten haben; leer für keine</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Watch my connections</source>
        <translation>&amp;Meine Verbindungen überwachen</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>Einmal am Tag jede gespeicherte Verbindung prüfen und eine Desktop-Benachrichtigung zeigen, wenn eine nicht mehr funktioniert</translation>
    </message>
    <message>
        <source>Once a day, even while this window is closed, every saved connection is checked with its token from the keychain. When a service starts refusing a token, a desktop notification names the connection and says what to do. A systemd timer of your user account runs the check.</source>
        <translation>Einmal am Tag, auch wenn dieses Fenster geschlossen ist, wird jede gespeicherte Verbindung mit ihrem Token aus dem Schlüsselbund geprüft. Wenn ein Dienst beginnt, ein Token abzulehnen, nennt eine Desktop-Benachrichtigung die Verbindung und sagt, was zu tun ist. Die Prüfung läuft als systemd-Timer Ihres Benutzerkontos.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the settings file %1 is damaged and was left as it is</source>
        <translation>die Einstellungsdatei %1 ist beschädigt und wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>the settings file %1 could not be written</source>
        <translation>die Einstellungsdatei %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read (%2)</source>
        <translation>die Einstellungsdatei %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the settings file %1 is %2 MB, far more than the program writes, so it was left as it is</source>
        <translation>die Einstellungsdatei %1 ist %2 MB groß, weit mehr, als das Programm schreibt, und wurde daher unverändert gelassen</translation>
    </message>
    <message>
        <source>the settings file %1 is being written by another window or program, which did not finish within %2 seconds</source>
        <translation>die Einstellungsdatei %1 wird gerade von einem anderen Fenster oder Programm geschrieben, das nicht innerhalb von %2 Sekunden fertig wurde</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>Das geheime Token aus dem Portal des Anbieters. Es bleibt bei der Eingabe verborgen und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token</source>
        <translation>Zeigt die Zeichen des Tokens an oder blendet sie aus</translation>
    </message>
</context>
<context>
    <name>TokenGuidePage</name>
    <message>
        <source>Get a token</source>
        <translation>Token abrufen</translation>
    </message>
    <message>
        <source>How to get a token</source>
        <translation>So erhalten Sie ein Token</translation>
    </message>
    <message>
        <source>Steps to make an API token in the service&apos;s portal</source>
        <translation>Schritte zum Erstellen eines API-Tokens im Portal des Dienstes</translation>
    </message>
    <message>
        <source>Your &amp;portal:</source>
        <translation>Ihr &amp;Portal:</translation>
    </message>
    <message>
        <source>Your portal</source>
        <translation>Ihr Portal</translation>
    </message>
    <message>
        <source>The region whose portal you sign in to; the token is checked in the same region</source>
        <translation>Die Region, an deren Portal Sie sich anmelden; das Token wird in derselben Region geprüft</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Opens the chosen region&apos;s portal in your web browser</source>
        <translation>Öffnet das Portal der gewählten Region in Ihrem Webbrowser</translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>Token (input hidden): </source>
        <translation>Token (Eingabe verborgen): </translation>
    </message>
</context>
<context>
    <name>WatchNotice</name>
    <message>
        <source>Juniper Mist deletes a personal token unused for 90 days, and an organization token works only from the networks it allows: make a new token in the Mist portal and save the connection again (File › Connect an Account…).</source>
        <translation>Juniper Mist löscht ein persönliches Token, das 90 Tage nicht benutzt wurde, und ein Organisations-Token funktioniert nur aus den Netzen, die es erlaubt: Erstellen Sie im Mist-Portal ein neues Token und speichern Sie die Verbindung erneut (Datei › Konto verbinden…).</translation>
    </message>
    <message>
        <source>A new JumpCloud API key revokes the old one, and keys starting with jca_ expire: save the connection again with the current key (File › Connect an Account…).</source>
        <translation>Ein neuer JumpCloud-API-Schlüssel widerruft den alten, und Schlüssel, die mit jca_ beginnen, laufen ab: Speichern Sie die Verbindung mit dem aktuellen Schlüssel erneut (Datei › Konto verbinden…).</translation>
    </message>
    <message>
        <source>A token deleted in the portal is refused from then on: make a new token and save the connection again (File › Connect an Account…).</source>
        <translation>Ein im Portal gelöschtes Token wird von da an abgelehnt: Erstellen Sie ein neues Token und speichern Sie die Verbindung erneut (Datei › Konto verbinden…).</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s) stopped working</source>
        <translation>
            <numerusform>%n gespeicherte Verbindung funktioniert nicht mehr</numerusform>
            <numerusform>%n gespeicherte Verbindungen funktionieren nicht mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the service now denies its token access.</source>
        <translation>%1: Der Dienst verweigert seinem Token jetzt den Zugriff.</translation>
    </message>
    <message>
        <source>%1: the service refused its token.</source>
        <translation>%1: Der Dienst hat sein Token abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Und %n weitere.</numerusform>
            <numerusform>Und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved connections in Credential Connect shows what each check said.</source>
        <translation>Gespeicherte Verbindungen in Credential Connect zeigt, was jede Prüfung ergeben hat.</translation>
    </message>
</context>
<context>
    <name>cc::ExportEnvJob</name>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>Die .env-Datei wurde nicht geschrieben: %1.</translation>
    </message>
    <message>
        <source>The .env file is in %1, readable by you only. It holds the token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>Die .env-Datei liegt in %1 und ist nur für Sie lesbar. Sie enthält das Token im Klartext: Halten Sie sie unter Verschluss und löschen Sie sie, sobald sie nicht mehr benötigt wird.</translation>
    </message>
</context>
<context>
    <name>cc::KeeperJob</name>
    <message>
        <source>Another change to this connection is still under way. Wait for it to finish, then try again.</source>
        <translation>Eine andere Änderung an dieser Verbindung läuft noch. Warten Sie, bis sie abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>There is no saved connection %1.</source>
        <translation>Es gibt keine gespeicherte Verbindung %1.</translation>
    </message>
    <message>
        <source>Another window is changing this connection and did not finish within %1 seconds. Nothing was changed; try again once it is done.</source>
        <translation>Ein anderes Fenster ändert gerade diese Verbindung und wurde nicht innerhalb von %1 Sekunden fertig. Es wurde nichts geändert; versuchen Sie es erneut, sobald es fertig ist.</translation>
    </message>
</context>
<context>
    <name>cc::RemoveConnectionJob</name>
    <message>
        <source>The connection was not deleted: %1. Its token and its details are both kept.</source>
        <translation>Die Verbindung wurde nicht gelöscht: %1. Token und Angaben bleiben beide erhalten.</translation>
    </message>
    <message>
        <source>The connection was deleted: its token from the keychain, its details from the settings.</source>
        <translation>Die Verbindung wurde gelöscht: ihr Token aus dem Schlüsselbund, ihre Angaben aus den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept; the keychain held no token for it.</source>
        <translation>Die Verbindung wurde nicht gelöscht: %1. Ihre Angaben bleiben erhalten; der Schlüsselbund enthielt kein Token für sie.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its token was put back in the keychain; its details are kept.</source>
        <translation>Die Verbindung wurde nicht gelöscht: %1. Ihr Token wurde wieder in den Schlüsselbund gelegt; ihre Angaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept, but its token could not be put back in the keychain (%2): save the connection again with its token.</source>
        <translation>Die Verbindung wurde nicht gelöscht: %1. Ihre Angaben bleiben erhalten, aber ihr Token konnte nicht wieder in den Schlüsselbund gelegt werden (%2): Speichern Sie die Verbindung erneut mit ihrem Token.</translation>
    </message>
</context>
<context>
    <name>cc::RestoreConnectionJob</name>
    <message>
        <source>The connection was not restored: %1. Nothing was changed.</source>
        <translation>Die Verbindung wurde nicht wiederhergestellt: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1 any more, so there was nothing to restore.</source>
        <translation>Der Schlüsselbund enthält kein Token für %1 mehr; es gab also nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>The connection was not restored: %1. Its token stays in the keychain.</source>
        <translation>Die Verbindung wurde nicht wiederhergestellt: %1. Ihr Token bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The connection was restored: its token was still in the keychain, and its details are back in the settings.</source>
        <translation>Die Verbindung wurde wiederhergestellt: Ihr Token war noch im Schlüsselbund, und ihre Angaben stehen wieder in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>cc::ReverifyConnectionJob</name>
    <message>
        <source>This connection&apos;s provider or region is no longer one the program knows, so its token was not sent.</source>
        <translation>Anbieter oder Region dieser Verbindung sind dem Programm nicht mehr bekannt, daher wurde ihr Token nicht gesendet.</translation>
    </message>
    <message>
        <source>The connection was not checked: %1. Its details are unchanged.</source>
        <translation>Die Verbindung wurde nicht geprüft: %1. Ihre Angaben sind unverändert.</translation>
    </message>
    <message>
        <source>The stored token still works. %1</source>
        <translation>Das gespeicherte Token funktioniert noch. %1</translation>
    </message>
    <message>
        <source>The stored token still works, but the new check date could not be saved: %1.</source>
        <translation>Das gespeicherte Token funktioniert noch, aber das neue Prüfdatum konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>%1 This failed check is recorded with the connection; its other details are unchanged.</source>
        <translation>%1 Diese fehlgeschlagene Prüfung ist bei der Verbindung festgehalten; ihre übrigen Angaben sind unverändert.</translation>
    </message>
    <message>
        <source>%1 This failed check could not be recorded either: %2.</source>
        <translation>%1 Auch diese fehlgeschlagene Prüfung konnte nicht festgehalten werden: %2.</translation>
    </message>
</context>
<context>
    <name>cc::SaveConnectionJob</name>
    <message>
        <source>The connection was not saved: its provider or region is not one the program knows. Nothing was written.</source>
        <translation>Die Verbindung wurde nicht gespeichert: Ihr Anbieter oder ihre Region ist dem Programm nicht bekannt. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1 Nothing was written.</source>
        <translation>Die Verbindung wurde nicht gespeichert: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. Nothing was written.</source>
        <translation>Die Verbindung wurde nicht gespeichert: %1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The connection was saved: the token in the keychain, the details in the settings.</source>
        <translation>Die Verbindung wurde gespeichert: das Token im Schlüsselbund, die Angaben in den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain holds what it held before.</source>
        <translation>Die Verbindung wurde nicht gespeichert: %1. Der Schlüsselbund ist unverändert.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain could not be put back either (%2): its entry %3 may hold the new token.</source>
        <translation>Die Verbindung wurde nicht gespeichert: %1. Auch der Schlüsselbund konnte nicht wiederhergestellt werden (%2): Sein Eintrag %3 enthält möglicherweise das neue Token.</translation>
    </message>
</context>
<context>
    <name>cc::SecretJob</name>
    <message>
        <source>the keychain holds no token for this connection</source>
        <translation>der Schlüsselbund enthält kein Token für diese Verbindung</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>the keychain refused access (it may be locked)</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (er ist möglicherweise gesperrt)</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>der Schlüsselbund konnte den Eintrag nicht löschen</translation>
    </message>
    <message>
        <source>the keychain is unavailable (this system offers none the program can use)</source>
        <translation>der Schlüsselbund ist nicht verfügbar (dieses System bietet keinen, den das Programm verwenden kann)</translation>
    </message>
    <message>
        <source>the keychain could not be used (%1); it may be locked or have no default keyring yet</source>
        <translation>der Schlüsselbund konnte nicht verwendet werden (%1); er ist möglicherweise gesperrt, oder es gibt noch keinen Standardschlüsselbund</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no D-Bus session is running, so no Secret Service can be reached)</source>
        <translation>der Schlüsselbund ist nicht verfügbar (es läuft keine D-Bus-Sitzung, daher ist kein Secret Service erreichbar)</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no Secret Service is running)</source>
        <translation>der Schlüsselbund ist nicht verfügbar (es läuft kein Secret Service)</translation>
    </message>
</context>
<context>
    <name>cc::VerificationJob</name>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation>Die Adresse %1 verwendet kein HTTPS.</translation>
    </message>
    <message>
        <source>the time limit ran out before it was asked</source>
        <translation>das Zeitlimit lief ab, bevor danach gefragt wurde</translation>
    </message>
    <message>
        <source>the time limit ran out</source>
        <translation>das Zeitlimit lief ab</translation>
    </message>
    <message>
        <source>the answer was larger than 1 MiB</source>
        <translation>die Antwort war größer als 1 MiB</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>der Server antwortete mit HTTP-Status %1</translation>
    </message>
    <message>
        <source>the request failed: %1</source>
        <translation>die Anfrage schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistDialog</name>
    <message>
        <source>Open a List of Tokens</source>
        <translation>Liste von Tokens öffnen</translation>
    </message>
    <message>
        <source>Lists of tokens (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Listen von Tokens (*.csv *.jsonl *.ndjson *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>die eingefügten Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) answered</source>
        <translation>
            <numerusform>%1 von %n Zeile beantwortet</numerusform>
            <numerusform>%1 von %n Zeilen beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1</source>
        <translation>
            <numerusform>%n Zeile geprüft: %1</numerusform>
            <numerusform>%n Zeilen geprüft: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Export the Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>The results were not exported: %1</source>
        <translation>Die Ergebnisse wurden nicht exportiert: %1</translation>
    </message>
    <message>
        <source>The results, without the tokens, are in %1.</source>
        <translation>Die Ergebnisse, ohne die Tokens, stehen in %1.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved in the system keychain.</source>
        <translation>
            <numerusform>%n Verbindung im Schlüsselbund des Systems gespeichert.</numerusform>
            <numerusform>%n Verbindungen im Schlüsselbund des Systems gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be saved: see their rows.</source>
        <translation>
            <numerusform>%n konnte nicht gespeichert werden: siehe ihre Zeile.</numerusform>
            <numerusform>%n konnten nicht gespeichert werden: siehe ihre Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unsaved, with no organization chosen.</source>
        <translation>
            <numerusform>%n blieb ungespeichert, da keine Organisation gewählt wurde.</numerusform>
            <numerusform>%n blieben ungespeichert, da keine Organisation gewählt wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>ungültige Eingabe</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>Proxy-Fehler</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count of rows, then what they got</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Provider and region</source>
        <translation>Anbieter und Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who the token is</source>
        <translation>Wem das Token gehört</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>cc::gui::ConnectForm</name>
    <message numerus="yes">
        <source>%1 of %n regions answered…</source>
        <translation>
            <numerusform>Antworten: %1 von %n Region…</numerusform>
            <numerusform>Antworten: %1 von %n Regionen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To find the region, Credential Connect sends this token to the API host of every %1 region, %n hosts in all: %2. It stops asking as soon as one region accepts the token. Each of these hosts belongs to %1.</source>
        <translation>
            <numerusform>Um die Region zu finden, sendet Credential Connect dieses Token an den API-Host der Region von %1 (%n Host): %2. Dieser Host gehört zu %1.</numerusform>
            <numerusform>Um die Region zu finden, sendet Credential Connect dieses Token an den API-Host jeder Region von %1, insgesamt %n Hosts: %2. Sobald eine Region das Token akzeptiert, fragt es nicht weiter. Jeder dieser Hosts gehört zu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking every region of %1 whether it accepts the token…</source>
        <translation>Alle Regionen von %1 werden gefragt, ob sie das Token akzeptieren…</translation>
    </message>
    <message>
        <source>No region accepted this token: see below.</source>
        <translation>Keine Region hat dieses Token akzeptiert: siehe unten.</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was verified. Press Verify to try again.</source>
        <translation>Es wurde nichts geprüft. Klicken Sie auf „Prüfen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The service refused this token: see below.</source>
        <translation>Der Dienst hat dieses Token abgelehnt: siehe unten.</translation>
    </message>
    <message>
        <source>Search every region for this token…</source>
        <translation>In allen Regionen nach diesem Token suchen…</translation>
    </message>
    <message>
        <source>Shows which hosts would receive the token, then asks every region</source>
        <translation>Zeigt, welche Hosts das Token erhalten würden, und fragt dann jede Region</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Asking %1 whether the token works…</source>
        <translation>%1 wird gefragt, ob das Token funktioniert…</translation>
    </message>
</context>
<context>
    <name>cc::gui::CredentialsPage</name>
    <message>
        <source>Paste the token and press Verify. Next is available once the service has accepted it.</source>
        <translation>Fügen Sie das Token ein und klicken Sie auf „Prüfen“. „Weiter“ ist verfügbar, sobald der Dienst das Token akzeptiert hat.</translation>
    </message>
</context>
<context>
    <name>cc::gui::KeepPage</name>
    <message>
        <source>The token goes to the system keychain, filed under “%1”; the provider, region, organization and identity go to the program&apos;s settings. Nothing else keeps the token.</source>
        <translation>Das Token wird im Schlüsselbund des Systems unter „%1“ abgelegt; Anbieter, Region, Organisation und Identität kommen in die Einstellungen des Programms. Nirgendwo sonst wird das Token aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>Im Schlüsselbund des Systems s&amp;peichern</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
</context>
<context>
    <name>cc::gui::MainWindow</name>
    <message>
        <source>Credential Connect</source>
        <translation>Credential Connect</translation>
    </message>
    <message>
        <source>Quick chec&amp;k</source>
        <translation>&amp;Schnellprüfung</translation>
    </message>
    <message>
        <source>&amp;Saved connections</source>
        <translation>&amp;Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>&amp;Konto verbinden…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Credential Connect</source>
        <translation>Ü&amp;ber Credential Connect</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The extra certificate authorities of the settings are not trusted: %1</source>
        <translation>Den zusätzlichen Zertifizierungsstellen aus den Einstellungen wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>About Credential Connect</source>
        <translation>Über Credential Connect</translation>
    </message>
    <message>
        <source>Credential Connect %1

Links a Juniper Mist, Mist Routing Assurance or JumpCloud account by its API token: it asks the provider whether the token works and what it grants. The token goes only to the API host of the region you choose.</source>
        <translation>Credential Connect %1

Verbindet ein Konto bei Juniper Mist, Mist Routing Assurance oder JumpCloud über sein API-Token: Es fragt den Anbieter, ob das Token funktioniert und welche Berechtigungen es gewährt. Das Token wird nur an den API-Host der gewählten Region gesendet.</translation>
    </message>
    <message>
        <source>Check a &amp;List…</source>
        <translation>&amp;Liste prüfen…</translation>
    </message>
</context>
<context>
    <name>cc::gui::ProxySignInDialog</name>
    <message>
        <source>The proxy server %1 asks for a user name and password before it lets the check through. They go to the proxy only.</source>
        <translation>Der Proxyserver %1 verlangt einen Benutzernamen und ein Passwort, bevor er die Prüfung durchlässt. Sie gehen nur an den Proxy.</translation>
    </message>
    <message>
        <source>The proxy calls itself “%1”.</source>
        <translation>Der Proxy nennt sich „%1“.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>A&amp;nmelden</translation>
    </message>
</context>
<context>
    <name>cc::gui::RegionField</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a region, or paste the address of your portal.</source>
        <translation>Wählen Sie eine Region oder fügen Sie die Adresse Ihres Portals ein.</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Pick one from the list, or paste the address of your portal (for example %3).</source>
        <translation>„%1“ ist keine Region von %2. Wählen Sie eine aus der Liste oder fügen Sie die Adresse Ihres Portals ein (zum Beispiel %3).</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Organization ID from the address: %1</source>
        <translation>Organisations-ID aus der Adresse: %1</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>Wählen Sie die Region, geben Sie ihre API-Subdomain oder ihren Host ein oder fügen Sie die Adresse Ihres Portals ein</translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPage</name>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>The answer names no single organization. The organization ID from your portal address, %1, is kept with the connection.</source>
        <translation>Die Antwort nennt keine einzelne Organisation. Die Organisations-ID aus Ihrer Portaladresse, %1, wird mit der Verbindung gespeichert.</translation>
    </message>
    <message>
        <source>The answer names no single organization (for example, a grant on a whole MSP). The connection is kept without one.</source>
        <translation>Die Antwort nennt keine einzelne Organisation (zum Beispiel bei einer Berechtigung für einen ganzen MSP). Die Verbindung wird ohne Organisation gespeichert.</translation>
    </message>
    <message>
        <source>This key is for one organization.</source>
        <translation>Dieser Schlüssel gilt für eine Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>This key reaches %n organizations: you are a multi-tenant administrator. Pick the organization this connection is for; later JumpCloud calls send its ID in the x-org-id header.</source>
        <translation>
            <numerusform>Dieser Schlüssel erreicht %n Organisation.</numerusform>
            <numerusform>Dieser Schlüssel erreicht %n Organisationen: Sie sind Multi-Tenant-Administrator. Wählen Sie die Organisation, für die diese Verbindung gilt; spätere JumpCloud-Aufrufe senden ihre ID im Header x-org-id.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token&apos;s grants are in one organization.</source>
        <translation>Die Berechtigungen dieses Tokens liegen in einer einzigen Organisation.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed here.</source>
        <translation>Hier sind nur die ersten %1 aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>This token reaches %n organizations. Pick the one this connection is for.</source>
        <translation>
            <numerusform>Dieses Token erreicht %n Organisation.</numerusform>
            <numerusform>Dieses Token erreicht %n Organisationen. Wählen Sie die, für die diese Verbindung gilt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Abgefragt: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>The other regions:</source>
        <translation>Die anderen Regionen:</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>Der Dienst meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>cc::gui::SavedConnectionsView</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No saved connections yet. Connect an account to keep its token in the system keychain and check it again at any time.</source>
        <translation>Noch keine gespeicherten Verbindungen. Verbinden Sie ein Konto, um sein Token im Schlüsselbund des Systems aufzubewahren und es jederzeit erneut zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s). The tokens stay in the system keychain; select one to check it again, copy its summary or export it.</source>
        <translation>
            <numerusform>%n gespeicherte Verbindung. Ihr Token bleibt im Schlüsselbund des Systems; wählen Sie sie aus, um sie erneut zu prüfen, ihre Zusammenfassung zu kopieren oder sie zu exportieren.</numerusform>
            <numerusform>%n gespeicherte Verbindungen. Die Tokens bleiben im Schlüsselbund des Systems; wählen Sie eine aus, um sie erneut zu prüfen, ihre Zusammenfassung zu kopieren oder sie zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 (%2) whether the stored token still works…</source>
        <translation>%1 (%2) wird gefragt, ob das gespeicherte Token noch funktioniert…</translation>
    </message>
    <message>
        <source>Delete the Connection?</source>
        <translation>Verbindung löschen?</translation>
    </message>
    <message>
        <source>Delete the %1 connection in %2? Its token is removed from the system keychain and its details from the settings. The token itself keeps working at %1 until it is revoked there.</source>
        <translation>Die Verbindung zu %1 in der Region %2 löschen? Ihr Token wird aus dem Schlüsselbund des Systems entfernt und ihre Angaben aus den Einstellungen. Das Token selbst funktioniert bei %1 weiter, bis es dort widerrufen wird.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The saved connections cannot be shown: %1. Nothing in it was changed.</source>
        <translation>Die gespeicherten Verbindungen können nicht angezeigt werden: %1. Darin wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Unfinished Change</source>
        <translation>Unvollendete Änderung</translation>
    </message>
    <message>
        <source>A change to the %1 connection in %2 (%3) was cut off before it was finished: the system keychain may hold its token, but the list does not show it. Restore the connection, or remove its token from the keychain?</source>
        <translation>Eine Änderung an der Verbindung zu %1 in der Region %2 (%3) wurde abgebrochen, bevor sie fertig war: Der Schlüsselbund des Systems enthält womöglich ihr Token, die Liste zeigt sie aber nicht. Die Verbindung wiederherstellen oder ihr Token aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Asking the providers whether the stored tokens still work…</source>
        <translation>Die Anbieter werden gefragt, ob die gespeicherten Token noch funktionieren…</translation>
    </message>
    <message>
        <source>All verified</source>
        <translation>Alle bestätigt</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n saved connection(s): every stored token still works.</source>
        <translation>
            <numerusform>%n gespeicherte Verbindung geprüft: Jedes gespeicherte Token funktioniert noch.</numerusform>
            <numerusform>%n gespeicherte Verbindungen geprüft: Jedes gespeicherte Token funktioniert noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not all verified</source>
        <translation>Nicht alle bestätigt</translation>
    </message>
    <message>
        <source>Connections that did not verify: %1 of %2. The Status column says since when and why.</source>
        <translation>Nicht bestätigte Verbindungen: %1 von %2. Die Spalte Status nennt, seit wann und warum.</translation>
    </message>
</context>
<context>
    <name>cc::gui::SettingsDialog</name>
    <message>
        <source>Choose the Certificate Authorities</source>
        <translation>Zertifizierungsstellen auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Die Einstellung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>Der Pfad einer PEM-Datei mit den Zertifizierungsstellen, die Sie von Ihrer IT-Abteilung erhalten haben; leer für keine</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>Die tägliche Prüfung wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>Die tägliche Prüfung wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>Einmal am Tag jede gespeicherte Verbindung prüfen und eine Desktop-Benachrichtigung zeigen, wenn eine nicht mehr funktioniert</translation>
    </message>
</context>
<context>
    <name>cc::gui::SetupWizard</name>
    <message>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenField</name>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>Das geheime Token aus dem Portal des Anbieters. Es bleibt bei der Eingabe verborgen und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token (%1)</source>
        <translation>Zeigt die Zeichen des Tokens an oder blendet sie aus (%1)</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Token ausblenden</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenGuidePage</name>
    <message>
        <source>Get a %1 token</source>
        <translation>Token für %1 abrufen</translation>
    </message>
    <message>
        <source>Make the token in the %1 portal, copy it, and come back: the next page checks it.</source>
        <translation>Erstellen Sie das Token im Portal von %1, kopieren Sie es und kehren Sie hierher zurück: Die nächste Seite prüft es.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Öffnet %1 in Ihrem Webbrowser</translation>
    </message>
    <message>
        <source>No web browser could be started. Open %1 in your browser yourself.</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Öffnen Sie %1 selbst in Ihrem Browser.</translation>
    </message>
</context>
<context>
    <name>cc::gui::VerifiedSaver</name>
    <message>
        <source>Not saved: no organization was chosen.</source>
        <translation>Nicht gespeichert: Es wurde keine Organisation gewählt.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>“%1” (line %2)</source>
        <translation>„%1“ (Zeile %2)</translation>
    </message>
    <message>
        <source>Choose the Organization</source>
        <translation>Organisation wählen</translation>
    </message>
    <message numerus="yes">
        <source>The token of %1 reaches %n organizations. Which one is this connection for? Close the question to leave this token unsaved.</source>
        <translation>
            <numerusform>Das Token von %1 erreicht %n Organisation. Für welche ist diese Verbindung? Schließen Sie die Frage, um dieses Token nicht zu speichern.</numerusform>
            <numerusform>Das Token von %1 erreicht %n Organisationen. Für welche ist diese Verbindung? Schließen Sie die Frage, um dieses Token nicht zu speichern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::WatchSchedule</name>
    <message>
        <source>systemctl could not turn the daily check on</source>
        <translation>systemctl konnte die tägliche Prüfung nicht einschalten</translation>
    </message>
    <message>
        <source>systemctl could not turn the daily check off</source>
        <translation>systemctl konnte die tägliche Prüfung nicht ausschalten</translation>
    </message>
    <message>
        <source>%1 (exit code %2).</source>
        <translation>%1 (Exit-Code %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The daily check needs systemd&apos;s user session, which a login through su, ssh or a container may not have.</source>
        <translation>Die tägliche Prüfung braucht die Benutzersitzung von systemd, die eine Anmeldung über su, ssh oder in einem Container womöglich nicht hat.</translation>
    </message>
    <message>
        <source>systemctl could not be started (%1), so the daily check cannot be scheduled on this system. Any scheduler can run credential-connect --check-saved --notify instead.</source>
        <translation>systemctl konnte nicht gestartet werden (%1), daher lässt sich die tägliche Prüfung auf diesem System nicht planen. Stattdessen kann jeder Zeitplaner credential-connect --check-saved --notify ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s); the daily check was not changed.</source>
        <translation>
            <numerusform>systemctl hat nicht innerhalb von %n Sekunde geantwortet; die tägliche Prüfung wurde nicht geändert.</numerusform>
            <numerusform>systemctl hat nicht innerhalb von %n Sekunden geantwortet; die tägliche Prüfung wurde nicht geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::saved::DesktopNotification</name>
    <message>
        <source>there is no D-Bus session bus (%1)</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus (%1)</translation>
    </message>
</context>
</TS>
