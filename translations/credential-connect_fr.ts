<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>Credential Connect cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider catalog cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no translation “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file %1 is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogValidation</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a bare address without user, path or query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each region must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; may hold only letters, digits, dots and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;verify&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only GET requests verify a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a plain absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown authentication header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auth_prefix&quot; must be a short printable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Authorization header needs a scheme prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;token&quot; must hold a &quot;usual_lengths&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token lengths must be whole numbers from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each provider must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; may hold only lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown answer format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog is not a valid JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported catalog format (expected &quot;format&quot;: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID from the URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the CA bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. The token is read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider catalog cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Known providers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the region with --region (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Give a region id (%3), its API or portal host, or the address of your portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 and at most 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token arrived on standard input. Pipe it in, one line, for example from a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Verify a token without opening a window. The token is read from standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider id: juniper-mist, juniper-routing-assurance or jumpcloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region id (api.gc3), API host, portal host, or a portal or API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time allowed for the check, in seconds (default 20, at most 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object with outcome, provider, region, endpoint, http_status, retry_after_s, identity and message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, for this program only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this provider catalog (JSON) instead of the built-in one, for private regions. It is checked like any untrusted input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential Connect links a Juniper Mist, Mist Routing Assurance or JumpCloud account: it asks the provider&apos;s API whether a token works and what it grants. Without --check it opens the connect window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line check:
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region api.gc3 --json

Exit codes:
  0  verified: the token works
  1  rejected or forbidden: the service refused the token
  2  invalid input: nothing was sent
  3  could not tell: rate limit, server, network, TLS, proxy, timeout or an unexpected answer
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window in this language (de, en, es, fr, ja, pt_BR, zh_CN) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service and its region, then paste the API token. Credential Connect asks the service whether the token works and what it grants. The token is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service whose account you are linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the service whether the token works. Press Enter in any field to do the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Enter the token: the field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has a space or line break at character %1. Tokens never contain spaces: copy it again in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has an invisible control character at character %1. Copy it again, straight from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has a character that no token uses (“%1” at character %2), often a typographic quote or dash picked up while copying. Copy it again, straight from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Super User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on an unnamed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (organization %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal token of %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization token (unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Multi-tenant administrator key: reaches %n organizations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator key (no organization listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more not listed in the first answer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpCloudAnswer</name>
    <message>
        <source>Check that the key was copied in full. Generating a new API key revokes the old one, so a key replaced since it was copied no longer works. Keys also work only in their own region: this check asked %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MistAnswer</name>
    <message>
        <source>Check that the token was copied in full. Mist also refuses a token that was deleted or went unused for 90 days. A valid token sent to the wrong region is refused the same way: this check asked %1 (%2); your portal&apos;s address shows your region, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mist allows 5,000 calls an hour per token; personal tokens share that budget with every other token and portal session of the same account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n minute(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was issued to “%1” by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so the token was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network that inspects encrypted traffic causes this. Ask your IT department whether its certificate authority should be installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check the network connection and, if you use a VPN or a proxy, that it is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. A firewall may block it: check the network connection, or ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again; if it happens again, a firewall or proxy may be interfering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network failed while asking %1. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a sign-in that this program does not send. Check the proxy settings of this computer, or ask your IT department for a proxy that lets this program through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused or dropped the connection. Check the proxy settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be used. Check the proxy settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect. Redirects are never followed, so the token went nowhere else. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Redirects are never followed, so the token was not sent there. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was larger than any real answer (over 1 MiB) and was cut off. Something between you and the service may be interfering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was not what the API sends; it may be a web page. A sign-in page of a hotel or guest network, or a proxy, may be answering instead: open a web page in your browser, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not in the form this check expects, so it cannot tell what the token grants. Try again later; if it persists, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2, which a check does not expect. Check the region; if it persists, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the token works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) accepted the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token recognised, access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recognised the token but denied access to its own details. The account or token lacks a permission: ask an administrator of your organization to grant API access, or use a token with a higher role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests for this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2). The fault is on the service&apos;s side, not with the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the network connection, VPN or proxy, then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>Token (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::VerificationJob</name>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::gui::ConnectForm</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region, or paste the address of your portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Pick one from the list, or paste the address of your portal (for example %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID from the address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 (%2) whether the token works…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was verified. Press Verify to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this token: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::gui::MainWindow</name>
    <message>
        <source>Credential Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Credential Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Credential Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential Connect %1

Links a Juniper Mist, Mist Routing Assurance or JumpCloud account by its API token: it asks the provider whether the token works and what it grants. The token goes only to the API host of the region you choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPanel</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
