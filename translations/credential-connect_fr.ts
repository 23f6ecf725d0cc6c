<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Application</name>
    <message>
        <source>Credential Connect cannot start</source>
        <translation>Credential Connect ne peut pas démarrer</translation>
    </message>
    <message>
        <source>There is no translation “%1”. Choose one of: %2.</source>
        <translation>Il n&apos;existe pas de traduction «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 could not be created (%2)</source>
        <translation>%1 n&apos;a pas pu être créé (%2)</translation>
    </message>
    <message>
        <source>the permissions of %1 could not be set (%2)</source>
        <translation>les droits d&apos;accès de %1 n&apos;ont pas pu être définis (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>%1 n&apos;a pas pu être écrit (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, not a file. An export replaces only a file and never follows a link: choose another name.</source>
        <translation>%1 est %2, pas un fichier. Une exportation ne remplace qu’un fichier et ne suit jamais un lien : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The file is larger than 4 MiB; a bundle of authorities is far smaller.</source>
        <translation>Le fichier dépasse 4 Mio&#xa0;; un ensemble d&apos;autorités de certification est bien plus petit.</translation>
    </message>
    <message>
        <source>The file holds a private key. Give the certificate of the authority only, and keep the key where it was.</source>
        <translation>Le fichier contient une clé privée. Fournissez uniquement le certificat de l&apos;autorité et laissez la clé là où elle se trouvait.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file cannot be read.</source>
        <translation>Le certificat %1 du fichier est illisible.</translation>
    </message>
    <message>
        <source>The certificate “%1” expired on %2 and is not used.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» a expiré le %2 et n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (a block starting “-----BEGIN CERTIFICATE-----”).</source>
        <translation>Le fichier ne contient aucun certificat PEM (un bloc commençant par «&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»).</translation>
    </message>
    <message>
        <source>Every certificate in the file has expired.</source>
        <translation>Tous les certificats du fichier ont expiré.</translation>
    </message>
    <message>
        <source>Cannot open the CA bundle %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier d&apos;autorités de certification %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be used: %2</source>
        <translation>Le fichier d&apos;autorités de certification %1 est inutilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The catalog file %1 is larger than 1 MiB.</source>
        <translation>Le fichier catalogue %1 dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>The catalog is larger than 1 MiB.</source>
        <translation>Le catalogue dépasse 1 Mio.</translation>
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
        <translation>&quot;%1&quot; doit être un texte non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse web valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https://</source>
        <translation>&quot;%1&quot; doit utiliser https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a bare address without user, path or query</source>
        <translation>&quot;%1&quot; doit être une adresse simple, sans utilisateur, chemin ni requête</translation>
    </message>
    <message>
        <source>each region must be an object</source>
        <translation>chaque région doit être un objet</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; may hold only letters, digits, dots and hyphens</source>
        <translation>l&apos;identifiant de région &quot;%1&quot; ne peut contenir que des lettres, des chiffres, des points et des traits d&apos;union</translation>
    </message>
    <message>
        <source>&quot;verify&quot; must be an object</source>
        <translation>&quot;verify&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a plain absolute path</source>
        <translation>&quot;path&quot; doit être un chemin absolu simple</translation>
    </message>
    <message>
        <source>unknown authentication header &quot;%1&quot;</source>
        <translation>en-tête d&apos;authentification inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;auth_prefix&quot; must be a short printable text</source>
        <translation>&quot;auth_prefix&quot; doit être un texte court et imprimable</translation>
    </message>
    <message>
        <source>the Authorization header needs a scheme prefix</source>
        <translation>l&apos;en-tête Authorization nécessite un préfixe de schéma</translation>
    </message>
    <message>
        <source>&quot;token&quot; must hold a &quot;usual_lengths&quot; list</source>
        <translation>&quot;token&quot; doit contenir une liste &quot;usual_lengths&quot;</translation>
    </message>
    <message>
        <source>token lengths must be whole numbers from 1 to %1</source>
        <translation>les longueurs de jeton doivent être des nombres entiers de 1 à %1</translation>
    </message>
    <message>
        <source>each provider must be an object</source>
        <translation>chaque fournisseur doit être un objet</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; may hold only lower-case letters, digits and hyphens</source>
        <translation>l&apos;identifiant de fournisseur &quot;%1&quot; ne peut contenir que des lettres minuscules, des chiffres et des traits d&apos;union</translation>
    </message>
    <message>
        <source>unknown answer format &quot;%1&quot;</source>
        <translation>format de réponse inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty list</source>
        <translation>&quot;regions&quot; doit être une liste non vide</translation>
    </message>
    <message>
        <source>more than %1 regions</source>
        <translation>plus de %1 régions</translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>, région %1</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; appears twice</source>
        <translation>l&apos;identifiant de région &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>the catalog is not a valid JSON object (%1 at offset %2)</source>
        <translation>le catalogue n&apos;est pas un objet JSON valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>le catalogue doit être un objet JSON</translation>
    </message>
    <message>
        <source>unsupported catalog format (expected &quot;format&quot;: %1)</source>
        <translation>format de catalogue non pris en charge (attendu&#xa0;: &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be a non-empty list</source>
        <translation>&quot;providers&quot; doit être une liste non vide</translation>
    </message>
    <message>
        <source>more than %1 providers</source>
        <translation>plus de %1 fournisseurs</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; appears twice</source>
        <translation>l&apos;identifiant de fournisseur &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;rate_limit&quot; must be an object</source>
        <translation>&quot;rate_limit&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on</source>
        <translation>&quot;%1&quot; indique le port 0, sur lequel aucun serveur n’écoute</translation>
    </message>
    <message>
        <source>region ids &quot;%1&quot; and &quot;%2&quot; differ only in case</source>
        <translation>les identifiants de région &quot;%1&quot; et &quot;%2&quot; ne diffèrent que par la casse</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois dans un même objet</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organization ID from the URL: %1</source>
        <translation>ID d&apos;organisation tiré de l&apos;URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point de terminaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Regions asked:</source>
        <translation>Régions interrogées&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown option “%1”. See --help for the options.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;». Consultez --help pour connaître les options.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. The token is read from standard input, never from the command line.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Le jeton est lu sur l&apos;entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>Indiquez le fournisseur avec --provider (%1).</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Known providers: %2.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;». Fournisseurs connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Name the region with --region (%1, or auto to find it).</source>
        <translation>Indiquez la région avec --region (%1, ou auto pour la trouver).</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Give a region id (%3), its API or portal host, the address of your portal, or auto.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une région de %2. Indiquez un identifiant de région (%3), son hôte d&apos;API ou de portail, l&apos;adresse de votre portail, ou auto.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 and at most 600.</source>
        <translation>--timeout attend un nombre de secondes supérieur à 0 et inférieur ou égal à 600.</translation>
    </message>
    <message>
        <source>Finding the region: the token will be sent to the API host of every region of %1: %2.</source>
        <translation>Recherche de la région&#xa0;: le jeton sera envoyé à l&apos;hôte d&apos;API de chaque région de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No token arrived on standard input. Pipe it in, one line, for example from a password manager.</source>
        <translation>Aucun jeton n&apos;est arrivé sur l&apos;entrée standard. Transmettez-le par un tube, sur une seule ligne, par exemple depuis un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>The first line of %1 must name the columns provider, region and token (CSV), or be a JSON object (JSON Lines).</source>
        <translation>La première ligne de %1 doit nommer les colonnes provider, region et token (CSV), ou être un objet JSON (JSON Lines).</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds tokens. Make it yours alone: chmod 600 %1</source>
        <translation>%1 peut être lu par d’autres utilisateurs de cet ordinateur, et il contient des jetons. Réservez-le à vous seul : chmod 600 %1</translation>
    </message>
    <message>
        <source>--check-file takes the provider and the region from each row: leave out --provider and --region.</source>
        <translation>--check-file prend le fournisseur et la région de chaque ligne : omettez --provider et --region.</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1 to %1.</source>
        <translation>--jobs attend un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Le service a répondu : %1</translation>
    </message>
    <message>
        <source>The line on standard input is longer than 64 KiB, far longer than any token. Pipe in the token alone, on one line.</source>
        <translation>La ligne reçue sur l’entrée standard dépasse 64 Kio, bien plus que n’importe quel jeton. Transmettez le jeton seul, sur une ligne.</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Lecture impossible : %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CheckFile</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) answered, %1 read…</source>
        <translation>
            <numerusform>%n ligne traitée, %1 lues…</numerusform>
            <numerusform>%n lignes traitées, %1 lues…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 s: %2</source>
        <translation>
            <numerusform>%n ligne en %1 s : %2</numerusform>
            <numerusform>%n lignes en %1 s : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un champ entre guillemets n’est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>The row is longer than 64 KiB.</source>
        <translation>La ligne dépasse 64 Kio.</translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation>Il manque %1 à la ligne.</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>La ligne n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The value of %1 is not text.</source>
        <translation>La valeur de %1 n’est pas du texte.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check a List</source>
        <translation>Vérifier une liste</translation>
    </message>
    <message>
        <source>Check many tokens at once: open a CSV or JSON Lines file with the columns provider, region and token (label is optional), or paste its rows, header line first. Each answer fills its row as it comes; at most 16 requests are under way at once, and 4 to one host.</source>
        <translation>Vérifiez de nombreux jetons à la fois : ouvrez un fichier CSV ou JSON Lines avec les colonnes provider, region et token (label est facultatif), ou collez ses lignes, la ligne d’en-tête d’abord. Chaque réponse remplit sa ligne dès qu’elle arrive ; au plus 16 requêtes sont en cours à la fois, et 4 vers un même hôte.</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Chooses a CSV or JSON Lines file and checks every row</source>
        <translation>Choisit un fichier CSV ou JSON Lines et vérifie chaque ligne</translation>
    </message>
    <message>
        <source>Rows to c&amp;heck, pasted with their header line:</source>
        <translation>Lignes à &amp;vérifier, collées avec leur ligne d’en-tête :</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Lignes à vérifier</translation>
    </message>
    <message>
        <source>Holds tokens, so a screen reader is not given its text. It is emptied when the check starts</source>
        <translation>Contient des jetons : un lecteur d’écran n’en reçoit donc pas le texte. Il est vidé quand la vérification commence</translation>
    </message>
    <message>
        <source>&amp;Check the Pasted Rows</source>
        <translation>Vérifier les lignes &amp;collées</translation>
    </message>
    <message>
        <source>Checks every row pasted above and empties the box</source>
        <translation>Vérifie chaque ligne collée ci-dessus et vide la zone</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Lignes vérifiées</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stops reading the list and sending its checks; the rows not answered are cancelled</source>
        <translation>Arrête la lecture de la liste et l’envoi de ses vérifications ; les lignes sans réponse sont annulées</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Réponses :</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Afficher les &amp;problèmes seulement</translation>
    </message>
    <message>
        <source>Hides the verified rows</source>
        <translation>Masque les lignes vérifiées</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>One row per row of the list: its line, label, provider and region, status, who the token is and its organization</source>
        <translation>Une ligne par ligne de la liste : son numéro, son libellé, le fournisseur et la région, l’état, à qui est le jeton et son organisation</translation>
    </message>
    <message>
        <source>&amp;Details of the selected row:</source>
        <translation>&amp;Détails de la ligne choisie :</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Détails de la ligne choisie</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Writes every row&apos;s answer to a CSV file, without the tokens</source>
        <translation>Écrit la réponse de chaque ligne dans un fichier CSV, sans les jetons</translation>
    </message>
    <message>
        <source>&amp;Save the Verified Ones</source>
        <translation>Enre&amp;gistrer les vérifiés</translation>
    </message>
    <message>
        <source>Keeps every verified token in the system keychain as a saved connection</source>
        <translation>Garde chaque jeton vérifié dans le trousseau du système comme connexion enregistrée</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Closes the list; the tokens it held are forgotten</source>
        <translation>Ferme la liste ; les jetons qu’elle gardait sont oubliés</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer has not come yet.</source>
        <translation>La réponse n’est pas encore arrivée.</translation>
    </message>
    <message>
        <source>Not checked: the list was cancelled.</source>
        <translation>Non vérifiée : la liste a été annulée.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Libellé : %1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Le service a répondu : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Verify a token without opening a window. The token is read from standard input (one line).</source>
        <translation>Vérifie un jeton sans ouvrir de fenêtre. Le jeton est lu sur l&apos;entrée standard (une ligne).</translation>
    </message>
    <message>
        <source>Provider id: juniper-mist, juniper-routing-assurance or jumpcloud.</source>
        <translation>Identifiant du fournisseur&#xa0;: juniper-mist, juniper-routing-assurance ou jumpcloud.</translation>
    </message>
    <message>
        <source>Region id (api.gc3), API host, portal host, a portal or API URL, or auto: ask every region of the provider at once; the first to accept the token wins.</source>
        <translation>Identifiant de région (api.gc3), hôte d&apos;API, hôte de portail, URL de portail ou d&apos;API, ou auto&#xa0;: interroger toutes les régions du fournisseur en même temps&#xa0;; la première qui accepte le jeton l&apos;emporte.</translation>
    </message>
    <message>
        <source>Total time allowed for the check, in seconds (default 20, at most 600).</source>
        <translation>Durée totale accordée à la vérification, en secondes (20 par défaut, 600 au maximum).</translation>
    </message>
    <message>
        <source>Print one JSON object with outcome, provider, region, endpoint, http_status, retry_after_s, identity and message.</source>
        <translation>Afficher un seul objet JSON avec outcome, provider, region, endpoint, http_status, retry_after_s, identity et message.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, for this program only.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM, pour ce programme uniquement.</translation>
    </message>
    <message>
        <source>Use this provider catalog (JSON) instead of the built-in one, for private regions. It is checked like any untrusted input.</source>
        <translation>Utiliser ce catalogue de fournisseurs (JSON) au lieu du catalogue intégré, pour des régions privées. Il est vérifié comme toute entrée non fiable.</translation>
    </message>
    <message>
        <source>Show the window in this language instead of the system&apos;s: %1.</source>
        <translation>Afficher la fenêtre dans cette langue plutôt que dans celle du système&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Credential Connect links a Juniper Mist, Mist Routing Assurance or JumpCloud account: it asks the provider&apos;s API whether a token works and what it grants. Without --check it opens the connect window.</source>
        <translation>Credential Connect connecte un compte Juniper Mist, Mist Routing Assurance ou JumpCloud&#xa0;: il demande à l&apos;API du fournisseur si un jeton fonctionne et quels droits il accorde. Sans --check, il ouvre la fenêtre de connexion.</translation>
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
        <translation>Vérification en ligne de commande&#xa0;:
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region api.gc3 --json
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region auto
Avec --region auto, le jeton est envoyé à l&apos;hôte d&apos;API de chaque région du fournisseur&#xa0;; la réponse indique la région trouvée et ce que chaque région a répondu (avec --json, dans &quot;detection&quot;).

Codes de sortie&#xa0;:
  0  vérifié&#xa0;: le jeton fonctionne
  1  refusé ou interdit&#xa0;: le service a refusé le jeton (avec auto&#xa0;: toutes les régions l&apos;ont refusé)
  2  saisie non valide&#xa0;: rien n&apos;a été envoyé
  3  indéterminé&#xa0;: limite de requêtes, serveur, réseau, TLS, proxy, délai dépassé ou réponse inattendue (avec auto&#xa0;: dans une région qui ne l&apos;a pas refusé)
</translation>
    </message>
    <message>
        <source>Verify every token of a list without opening a window: CSV with the columns provider, region, token and optionally label, or JSON Lines with the same keys; - for standard input.</source>
        <translation>Vérifier chaque jeton d’une liste sans ouvrir de fenêtre : CSV avec les colonnes provider, region, token et, en option, label, ou JSON Lines avec les mêmes clés ; - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Checking a list:
  credential-connect --check-file tokens.csv --json
The first line of a CSV file names the columns: provider,region,token,label. With --json, one object per row in the order of the file, as --check prints it, with &quot;line&quot; and &quot;label&quot;, then {&quot;summary&quot;: ...}. The same provider, region and token twice are sent once. A row that cannot be used is invalid_input; the others go on.
Exit codes: 0 every row verified; 1 some refused, forbidden or invalid, and every row answered; 2 the file cannot be read (nothing was sent); 3 some row could not be checked.
</source>
        <translation>Vérifier une liste :
  credential-connect --check-file tokens.csv --json
La première ligne d’un fichier CSV nomme les colonnes : provider,region,token,label. Avec --json, un objet par ligne dans l’ordre du fichier, tel que --check l’affiche, avec &quot;line&quot; et &quot;label&quot;, puis {&quot;summary&quot;: ...}. Le même fournisseur, la même région et le même jeton deux fois ne sont envoyés qu’une fois. Une ligne inutilisable est invalid_input ; les autres continuent.
Codes de sortie : 0 chaque ligne vérifiée ; 1 certaines refusées, interdites ou invalides, et chaque ligne a reçu une réponse ; 2 le fichier ne peut pas être lu (rien n’a été envoyé) ; 3 une ligne n’a pas pu être vérifiée.
</translation>
    </message>
    <message>
        <source>With --check-file and --check-saved: requests in flight at once, at most (default %1, at most %2; never more than %3 to one API host).</source>
        <translation>Avec --check-file et --check-saved : nombre maximal de requêtes simultanées (par défaut %1, au plus %2 ; jamais plus de %3 vers un même hôte d’API).</translation>
    </message>
    <message>
        <source>List the saved connections and how their last check went (never a token).</source>
        <translation>Lister les connexions enregistrées et le résultat de leur dernière vérification (jamais un jeton).</translation>
    </message>
    <message>
        <source>Check every saved connection with its token from the system keychain, print one row each and record the outcome in the connection.</source>
        <translation>Vérifier chaque connexion enregistrée avec son jeton du trousseau du système, afficher une ligne par connexion et consigner le résultat dans la connexion.</translation>
    </message>
    <message>
        <source>Export the saved connection with this key (see --list-saved).</source>
        <translation>Exporter la connexion enregistrée ayant cette clé (voir --list-saved).</translation>
    </message>
    <message>
        <source>With --export-saved: env (the token in the clear, for the vendors&apos; tools), profile (JSON, no token) or summary (text for a ticket).</source>
        <translation>Avec --export-saved&#xa0;: env (le jeton en clair, pour les outils des fournisseurs), profile (JSON, sans jeton) ou summary (texte pour un ticket).</translation>
    </message>
    <message>
        <source>With --export-saved: the file to write, or - for standard output. Needed for env and profile.</source>
        <translation>Avec --export-saved&#xa0;: le fichier à écrire, ou - pour la sortie standard. Requis pour env et profile.</translation>
    </message>
    <message>
        <source>With --export-saved: replace the file given to --output if it exists.</source>
        <translation>Avec --export-saved&#xa0;: remplacer le fichier donné à --output s&apos;il existe.</translation>
    </message>
    <message>
        <source>Saved connections (tokens from the system keychain):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved exits 0 when every connection verified, 1 when some were refused and all the others verified, 3 when any could not be checked. --list-saved and --export-saved exit 0 when done, 2 when refused before anything was written, 3 when the keychain or the file could not be used.
</source>
        <translation>Codes de sortie&#xa0;:
  0  vérifié&#xa0;: le jeton fonctionne
  1  refusé ou interdit&#xa0;: le service a refusé le jeton (avec auto&#xa0;: toutes les régions l&apos;ont refusé)
  2  saisie non valide&#xa0;: rien n&apos;a été envoyé
  3  indéterminé&#xa0;: limite de requêtes, serveur, réseau, TLS, proxy, délai dépassé ou réponse inattendue (avec auto&#xa0;: dans une région qui ne l&apos;a pas refusé)

Connexions enregistrées (jetons du trousseau du système)&#xa0;:
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved se termine par 0 si toutes les connexions ont été vérifiées, par 1 si certaines ont été refusées et toutes les autres vérifiées, par 3 si l&apos;une d&apos;elles n&apos;a pas pu être vérifiée. --list-saved et --export-saved se terminent par 0 une fois terminé, par 2 en cas de refus avant toute écriture, par 3 si le trousseau ou le fichier n&apos;a pas pu être utilisé.
</translation>
    </message>
    <message>
        <source>With --check-saved: show a desktop notification naming each connection a service has started to refuse, with what to do (Watch my connections).</source>
        <translation>Avec --check-saved&#xa0;: afficher une notification de bureau qui nomme chaque connexion dont un service a commencé à refuser le jeton, avec ce qu’il faut faire (Surveiller mes connexions).</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Choose the service and its region, then paste the API token. Credential Connect asks the service whether the token works and what it grants. The token is not stored.</source>
        <translation>Choisissez le service et sa région, puis collez le jeton d&apos;API. Credential Connect demande au service si le jeton fonctionne et quels droits il accorde. Le jeton n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>F&amp;ournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>The service whose account you are linking</source>
        <translation>Le service dont vous connectez le compte</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Find my re&amp;gion</source>
        <translation>Trouver &amp;ma région</translation>
    </message>
    <message>
        <source>Asks every region of the provider whether it accepts the token, after telling you which hosts would receive it</source>
        <translation>Demande à chaque région du fournisseur si elle accepte le jeton, après vous avoir indiqué les hôtes qui le recevraient</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Find my region</source>
        <translation>Trouver ma région</translation>
    </message>
    <message>
        <source>&amp;Ask every region</source>
        <translation>&amp;Interroger toutes les régions</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Asks the service whether the token works. Press Enter in any field to do the same.</source>
        <translation>Demande au service si le jeton fonctionne. Appuyer sur Entrée dans n&apos;importe quel champ a le même effet.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>D&amp;on&apos;t ask</source>
        <translation>Ne pas interro&amp;ger</translation>
    </message>
</context>
<context>
    <name>ConnectionExports</name>
    <message>
        <source>The summary is on the clipboard, ready for a ticket. It holds no token.</source>
        <translation>Le résumé est dans le presse-papiers, prêt pour un ticket. Il ne contient aucun jeton.</translation>
    </message>
    <message>
        <source>Export the Profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>Profil (*.json)</translation>
    </message>
    <message>
        <source>The profile was not exported: %1</source>
        <translation>Le profil n&apos;a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile, without the token, is in %1.</source>
        <translation>Le profil, sans le jeton, se trouve dans %1.</translation>
    </message>
    <message>
        <source>Write the Token to a File?</source>
        <translation>Écrire le jeton dans un fichier&#xa0;?</translation>
    </message>
    <message>
        <source>A .env file holds the token in plain text, for the vendor&apos;s own tools to read. Only you can read the file, but anyone with your account or a copy of the file can use the token. Keep it out of shared folders and version control, and delete it when it is no longer needed.</source>
        <translation>Un fichier .env contient le jeton en clair, pour que les outils de l&apos;éditeur puissent le lire. Vous seul pouvez lire ce fichier, mais toute personne ayant accès à votre compte ou à une copie du fichier peut utiliser le jeton. Ne le placez pas dans des dossiers partagés ni sous gestion de versions, et supprimez-le dès qu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>Choose Where to Write It</source>
        <translation>Choisir l&apos;emplacement</translation>
    </message>
    <message>
        <source>Export a .env File</source>
        <translation>Exporter un fichier .env</translation>
    </message>
    <message>
        <source>Environment file (*.env)</source>
        <translation>Fichier d&apos;environnement (*.env)</translation>
    </message>
    <message>
        <source>No .env file is offered for this connection: %1.</source>
        <translation>Aucun fichier .env n&apos;est proposé pour cette connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
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
        <translation>En échec depuis %1 UTC&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verified %1 UTC</source>
        <translation>Vérifiée le %1 UTC</translation>
    </message>
    <message>
        <source>Not checked since it was saved</source>
        <translation>Non vérifiée depuis son enregistrement</translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>%1 connection</source>
        <translation>Connexion %1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>Région&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Organization: %1 (ID %2)</source>
        <translation>Organisation&#xa0;: %1 (ID %2)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organizations reached:</source>
        <translation>Organisations accessibles&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Verified at: %1 UTC</source>
        <translation>Dernière vérification&#xa0;: %1 UTC</translation>
    </message>
    <message>
        <source>Verified at: never</source>
        <translation>Dernière vérification&#xa0;: jamais</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Enter the token: the field is empty.</source>
        <translation>Saisissez le jeton&#xa0;: le champ est vide.</translation>
    </message>
    <message>
        <source>The token has a space or line break at character %1. Tokens never contain spaces: copy it again in one piece.</source>
        <translation>Le jeton contient un espace ou un saut de ligne en position %1. Un jeton ne contient jamais d&apos;espace&#xa0;: copiez-le de nouveau d&apos;un seul tenant.</translation>
    </message>
    <message>
        <source>The token has an invisible control character at character %1. Copy it again, straight from the portal.</source>
        <translation>Le jeton contient un caractère de contrôle invisible en position %1. Copiez-le de nouveau, directement depuis le portail.</translation>
    </message>
    <message>
        <source>The token has a character that no token uses (“%1” at character %2), often a typographic quote or dash picked up while copying. Copy it again, straight from the portal.</source>
        <translation>Le jeton contient un caractère qu&apos;aucun jeton n&apos;utilise («&#xa0;%1&#xa0;» en position %2), souvent un guillemet ou un tiret typographique récupéré lors de la copie. Copiez-le de nouveau, directement depuis le portail.</translation>
    </message>
    <message numerus="yes">
        <source>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</source>
        <translation>
            <numerusform>Ce jeton comporte %n caractère&#xa0;; les jetons de ce fournisseur en comportent généralement %1. Assurez-vous qu&apos;il a été copié en entier. Vous pouvez tout de même le vérifier.</numerusform>
            <numerusform>Ce jeton comporte %n caractères&#xa0;; les jetons de ce fournisseur en comportent généralement %1. Assurez-vous qu&apos;il a été copié en entier. Vous pouvez tout de même le vérifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Check the token</source>
        <translation>Vérifier le jeton</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>the value of %1 holds characters that a .env file cannot carry safely (a quote, a backslash, “${”, a control or non-ASCII character)</source>
        <translation>la valeur de %1 contient des caractères qu&apos;un fichier .env ne peut pas transporter sans risque (guillemet, barre oblique inverse, «&#xa0;${&#xa0;», caractère de contrôle ou non ASCII)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>Organisation %1 (ID %2)</translation>
    </message>
    <message>
        <source>This file holds the API token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>Ce fichier contient le jeton d&apos;API en clair&#xa0;: gardez-le privé et supprimez-le dès qu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>Read by the JumpCloud PowerShell module (Connect-JCOnline) from environment variables of these names.</source>
        <translation>Lu par le module PowerShell JumpCloud (Connect-JCOnline) dans les variables d&apos;environnement portant ces noms.</translation>
    </message>
    <message>
        <source>there is no .env format for the provider %1</source>
        <translation>il n&apos;existe pas de format .env pour le fournisseur %1</translation>
    </message>
    <message>
        <source>For the mistapi Python package, mistapi.APISession(env_file=&quot;&lt;this file&gt;&quot;), and for Juniper&apos;s Terraform provider for Mist, which reads the environment: set -a; . ./&lt;this file&gt;; set +a</source>
        <translation>Pour le paquet Python mistapi, mistapi.APISession(env_file=&quot;&lt;ce fichier&gt;&quot;), et pour le fournisseur Terraform de Juniper pour Mist, qui lit l&apos;environnement&#xa0;: set -a; . ./&lt;ce fichier&gt;; set +a</translation>
    </message>
    <message>
        <source>The API host, read by both.</source>
        <translation>L&apos;hôte de l&apos;API, lu par les deux.</translation>
    </message>
    <message>
        <source>The token, as mistapi reads it.</source>
        <translation>Le jeton, tel que mistapi le lit.</translation>
    </message>
    <message>
        <source>The same token, as the Terraform provider reads it.</source>
        <translation>Le même jeton, tel que le fournisseur Terraform le lit.</translation>
    </message>
    <message>
        <source>JCEnvironment=&apos;%1&apos; is read by version %2 and later of the JumpCloud PowerShell module; older versions silently connect to the US console instead, which refuses a key of the %3 console (%4).</source>
        <translation>JCEnvironment=&apos;%1&apos; est lu par le module PowerShell JumpCloud à partir de la version %2&#xa0;; les versions plus anciennes se connectent sans prévenir à la console des États-Unis, qui refuse une clé de la console %3 (%4).</translation>
    </message>
    <message>
        <source>mistapi and Juniper&apos;s Terraform provider for Mist, the tools that read such a file, accept only the Juniper Mist cloud hosts they list, and %1 is not among them</source>
        <translation>mistapi et le fournisseur Terraform de Juniper pour Mist, les outils qui lisent un tel fichier, n&apos;acceptent que les hôtes cloud Juniper Mist qu&apos;ils répertorient, et %1 n&apos;en fait pas partie</translation>
    </message>
    <message>
        <source>the JumpCloud PowerShell module has no JCEnvironment value for the %1 console (%2) and would connect to the US console instead</source>
        <translation>le module PowerShell JumpCloud n&apos;a aucune valeur JCEnvironment pour la console %1 (%2) et se connecterait à la place à la console des États-Unis</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>the answer was not in the documented form</source>
        <translation>la réponse n&apos;avait pas la forme documentée</translation>
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
        <translation>l&apos;organisation</translation>
    </message>
    <message>
        <source>site</source>
        <translation>le site</translation>
    </message>
    <message>
        <source>MSP</source>
        <translation>le MSP</translation>
    </message>
    <message>
        <source>organization group</source>
        <translation>le groupe d&apos;organisations</translation>
    </message>
    <message>
        <source>site group</source>
        <translation>le groupe de sites</translation>
    </message>
    <message>
        <source>%1 on an unnamed %2</source>
        <translation>%1 sur %2 sans nom</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 sur %2 %3</translation>
    </message>
    <message>
        <source>%1 (organization %2)</source>
        <translation>%1 (organisation %2)</translation>
    </message>
    <message>
        <source>Personal token of %1</source>
        <translation>Jeton personnel de %1</translation>
    </message>
    <message>
        <source>Personal token of %1 &lt;%2&gt;</source>
        <translation>Jeton personnel de %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Organization token (unnamed)</source>
        <translation>Jeton d&apos;organisation (sans nom)</translation>
    </message>
    <message>
        <source>Organization token “%1”</source>
        <translation>Jeton d&apos;organisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Multi-tenant administrator key: reaches %n organizations</source>
        <translation>
            <numerusform>Clé d&apos;administrateur&#xa0;: accès à %n organisation</numerusform>
            <numerusform>Clé d&apos;administrateur multilocataire&#xa0;: accès à %n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator key (no organization listed)</source>
        <translation>Clé d&apos;administrateur (aucune organisation indiquée)</translation>
    </message>
    <message>
        <source>Administrator key for %1</source>
        <translation>Clé d&apos;administrateur pour %1</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>Organisation %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, custom role limited to the views %2</source>
        <translation>%1, rôle personnalisé limité aux vues %2</translation>
    </message>
    <message numerus="yes">
        <source>JumpCloud counts %n organizations; only the first %1 are listed.</source>
        <translation>
            <numerusform>JumpCloud compte %n organisation ; seules les %1 premières sont listées.</numerusform>
            <numerusform>JumpCloud compte %n organisations ; seules les %1 premières sont listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token is named “%1” and was created on %2.</source>
        <translation>Ce jeton s&apos;appelle « %1 » et a été créé le %2.</translation>
    </message>
    <message>
        <source>This token is named “%1”.</source>
        <translation>Ce jeton s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>The account signs in to the portal through single sign-on.</source>
        <translation>Le compte se connecte au portail par authentification unique (SSO).</translation>
    </message>
    <message>
        <source>The account signs in to the portal with a password, not through single sign-on.</source>
        <translation>Le compte se connecte au portail avec un mot de passe, et non par authentification unique.</translation>
    </message>
    <message numerus="yes">
        <source>The MSP %1 has %n organizations.</source>
        <translation>
            <numerusform>Le MSP %1 a %n organisation.</numerusform>
            <numerusform>Le MSP %1 a %n organisations.</numerusform>
        </translation>
    </message>
    <message>
        <source>API calls this hour, by the whole account: %1 of %2.</source>
        <translation>Appels d&apos;API pendant cette heure, pour tout le compte : %1 sur %2.</translation>
    </message>
    <message>
        <source>API calls this hour by this token: %1 of %2.</source>
        <translation>Appels d&apos;API de ce jeton pendant cette heure : %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more organizations</source>
        <translation>
            <numerusform>…et %n autre organisation</numerusform>
            <numerusform>…et %n autres organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpCloudAnswer</name>
    <message>
        <source>the organizations after the first %1</source>
        <translation>les organisations après les %1 premières</translation>
    </message>
    <message>
        <source>Check that the key was copied in full. Generating a new API key revokes the old one, and keys that start with jca_ can expire, so a key that once worked may no longer. Keys also work only in their own region: this check asked %1 (%2).</source>
        <translation>Assurez-vous que la clé a été copiée en entier. La génération d&apos;une nouvelle clé d&apos;API révoque l&apos;ancienne, et les clés qui commencent par jca_ peuvent expirer&#xa0;: une clé qui a fonctionné peut donc ne plus fonctionner. De plus, une clé ne fonctionne que dans sa propre région&#xa0;: cette vérification a interrogé %1 (%2).</translation>
    </message>
    <message>
        <source>API access must be on for your administrator account, and only an administrator with the Billing role can turn it on.</source>
        <translation>L&apos;accès à l&apos;API doit être activé pour votre compte administrateur, et seul un administrateur doté du rôle Billing peut l&apos;activer.</translation>
    </message>
</context>
<context>
    <name>KeepPage</name>
    <message>
        <source>Keep the connection</source>
        <translation>Conserver la connexion</translation>
    </message>
    <message>
        <source>Save it to check it again later without pasting the token, copy a summary for a ticket, or export it for a script.</source>
        <translation>Enregistrez-la pour la vérifier de nouveau plus tard sans recoller le jeton, copiez un résumé pour un ticket ou exportez-la pour un script.</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>&amp;Enregistrer dans le trousseau du système</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system&apos;s keychain and the rest of the profile in the program&apos;s settings</source>
        <translation>Conserve le jeton dans le trousseau du système d&apos;exploitation et le reste du profil dans les paramètres du programme</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>Place le fournisseur, la région, l&apos;identité et les rôles dans le presse-papiers pour un ticket&#xa0;; jamais le jeton</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exporter le pro&amp;fil…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>Écrit le profil au format JSON, sans le jeton</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>Exporter le fichier .en&amp;v…</translation>
    </message>
    <message>
        <source>Writes the token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>Écrit le jeton et son hôte, sous les noms que lisent les outils de l&apos;éditeur, dans un fichier que vous seul pouvez lire</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Credential Connect cannot open its window: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect ne peut pas ouvrir sa fenêtre&#xa0;: %1. La vérification en ligne de commande (--check) fonctionne toujours.</translation>
    </message>
    <message>
        <source>Credential Connect cannot reach its saved connections: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect ne peut pas accéder à ses connexions enregistrées&#xa0;: %1. La vérification en ligne de commande (--check) fonctionne toujours.</translation>
    </message>
</context>
<context>
    <name>MistAnswer</name>
    <message>
        <source>Mist allows 5,000 calls an hour per token; personal tokens share that budget with every other token and portal session of the same account.</source>
        <translation>Mist autorise 5&#xa0;000 appels par heure et par jeton&#xa0;; les jetons personnels partagent ce quota avec tous les autres jetons et toutes les sessions de portail du même compte.</translation>
    </message>
    <message>
        <source>the account&apos;s list of tokens does not show this one</source>
        <translation>la liste des jetons du compte ne montre pas celui-ci</translation>
    </message>
    <message>
        <source>several of the account&apos;s tokens begin and end like this one</source>
        <translation>plusieurs jetons du compte commencent et finissent comme celui-ci</translation>
    </message>
    <message>
        <source>this token&apos;s name and creation date</source>
        <translation>le nom et la date de création de ce jeton</translation>
    </message>
    <message>
        <source>the organizations of the MSP %1</source>
        <translation>les organisations du MSP %1</translation>
    </message>
    <message>
        <source>this hour&apos;s API calls</source>
        <translation>les appels d&apos;API de cette heure</translation>
    </message>
    <message>
        <source>Check that the token was copied in full. Mist also refuses a token that was deleted, and removes a personal token unused for 90 days. An organization token limited to certain source addresses is refused from any other network. A valid token sent to the wrong region is refused the same way: this check asked %1 (%2); your portal&apos;s address shows your region, for example %3.</source>
        <translation>Assurez-vous que le jeton a été copié en entier. Mist refuse aussi un jeton supprimé et supprime un jeton personnel inutilisé depuis 90 jours. Un jeton d&apos;organisation limité à certaines adresses source est refusé depuis tout autre réseau. Un jeton valide envoyé à la mauvaise région est refusé de la même façon&#xa0;: cette vérification a interrogé %1 (%2)&#xa0;; l&apos;adresse de votre portail indique votre région, par exemple %3.</translation>
    </message>
    <message>
        <source>An organization token limited to certain source addresses is refused from any other network: check from a network the token allows.</source>
        <translation>Un jeton d&apos;organisation limité à certaines adresses source est refusé depuis tout autre réseau&#xa0;: vérifiez depuis un réseau que le jeton autorise.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Le service demande d&apos;attendre %n minute avant de réessayer.</numerusform>
            <numerusform>Le service demande d&apos;attendre %n minutes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Le service demande d&apos;attendre %n seconde avant de réessayer.</numerusform>
            <numerusform>Le service demande d&apos;attendre %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was issued to “%1” by “%2”.</source>
        <translation>Le certificat a été délivré à «&#xa0;%1&#xa0;» par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so the token was not sent.</source>
        <translation>La connexion sécurisée avec %1 n&apos;a pas pu être considérée comme fiable&#xa0;; le jeton n&apos;a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>A network that inspects encrypted traffic causes this. Ask your IT department whether its certificate authority should be installed on this computer.</source>
        <translation>Cela se produit sur un réseau qui inspecte le trafic chiffré. Demandez à votre service informatique si l&apos;autorité de certification de ce réseau doit être installée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check the network connection and, if you use a VPN or a proxy, that it is connected.</source>
        <translation>L&apos;adresse %1 est introuvable. Vérifiez la connexion réseau et, si vous utilisez un VPN ou un proxy, qu&apos;il est bien connecté.</translation>
    </message>
    <message>
        <source>%1 refused the connection. A firewall may block it: check the network connection, or ask your IT department.</source>
        <translation>%1 a refusé la connexion. Un pare-feu la bloque peut-être&#xa0;: vérifiez la connexion réseau ou contactez votre service informatique.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again; if it happens again, a firewall or proxy may be interfering.</source>
        <translation>La connexion à %1 a été fermée avant la fin de la réponse. Réessayez&#xa0;; si cela se reproduit, un pare-feu ou un proxy interfère peut-être.</translation>
    </message>
    <message>
        <source>The network failed while asking %1. Check the connection and try again.</source>
        <translation>Une erreur réseau s&apos;est produite lors de l&apos;interrogation de %1. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The proxy server</source>
        <translation>Le serveur proxy</translation>
    </message>
    <message>
        <source>The proxy server %1</source>
        <translation>Le serveur proxy %1</translation>
    </message>
    <message>
        <source>%1 refused or dropped the connection. Check the proxy settings of this computer.</source>
        <translation>%1 a refusé ou interrompu la connexion. Vérifiez les paramètres de proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 could not be used. Check the proxy settings of this computer.</source>
        <translation>%1 n&apos;a pas pu être utilisé. Vérifiez les paramètres de proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect. Redirects are never followed, so the token went nowhere else. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 a répondu par une redirection. Les redirections ne sont jamais suivies&#xa0;: le jeton n&apos;a donc été envoyé nulle part ailleurs. La page de connexion d&apos;un réseau d&apos;hôtel ou d&apos;invités peut en être la cause&#xa0;: ouvrez d&apos;abord une page web dans votre navigateur.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Redirects are never followed, so the token was not sent there. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 a redirigé la requête vers %2. Les redirections ne sont jamais suivies&#xa0;: le jeton n&apos;y a donc pas été envoyé. La page de connexion d&apos;un réseau d&apos;hôtel ou d&apos;invités peut en être la cause&#xa0;: ouvrez d&apos;abord une page web dans votre navigateur.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than any real answer (over 1 MiB) and was cut off. Something between you and the service may be interfering.</source>
        <translation>La réponse de %1 était plus volumineuse que toute réponse réelle (plus de 1 Mio) et a été tronquée. Un élément situé entre vous et le service interfère peut-être.</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the API sends; it may be a web page. A sign-in page of a hotel or guest network, or a proxy, may be answering instead: open a web page in your browser, then try again.</source>
        <translation>La réponse de %1 ne correspond pas à ce qu&apos;envoie l&apos;API&#xa0;; il s&apos;agit peut-être d&apos;une page web. La page de connexion d&apos;un réseau d&apos;hôtel ou d&apos;invités, ou un proxy, répond peut-être à sa place&#xa0;: ouvrez une page web dans votre navigateur, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 answered, but not in the form this check expects, so it cannot tell what the token grants. Try again later; if it persists, report it with the details below.</source>
        <translation>%1 a répondu, mais pas sous la forme attendue par cette vérification, qui ne peut donc pas déterminer les droits accordés par le jeton. Réessayez plus tard&#xa0;; si le problème persiste, signalez-le avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2, which a check does not expect. Check the region; if it persists, report it with the details below.</source>
        <translation>%1 a répondu avec le statut HTTP %2, qu&apos;une vérification n&apos;attend pas. Contrôlez la région&#xa0;; si le problème persiste, signalez-le avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Verified: the token works</source>
        <translation>Vérifié&#xa0;: le jeton fonctionne</translation>
    </message>
    <message>
        <source>%1 (%2) accepted the token.</source>
        <translation>%1 (%2) a accepté le jeton.</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>%1 did not accept this token.</source>
        <translation>%1 n&apos;a pas accepté ce jeton.</translation>
    </message>
    <message>
        <source>Token recognised, access denied</source>
        <translation>Jeton reconnu, accès refusé</translation>
    </message>
    <message>
        <source>%1 recognised the token but denied access to its own details. The account or token lacks a permission: ask an administrator of your organization to grant API access, or use a token with a higher role.</source>
        <translation>%1 a reconnu le jeton, mais a refusé l&apos;accès à ses propres informations. Il manque une autorisation au compte ou au jeton&#xa0;: demandez à un administrateur de votre organisation d&apos;accorder l&apos;accès à l&apos;API, ou utilisez un jeton doté d&apos;un rôle plus élevé.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>%1 is limiting requests for this token.</source>
        <translation>%1 limite les requêtes pour ce jeton.</translation>
    </message>
    <message>
        <source>The service has a problem</source>
        <translation>Le service rencontre un problème</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2). The fault is on the service&apos;s side, not with the token.</source>
        <translation>%1 a répondu par une erreur serveur (HTTP %2). Le problème vient du service, pas du jeton.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Délai de réponse dépassé</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the network connection, VPN or proxy, then try again.</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n seconde. Vérifiez la connexion réseau, le VPN ou le proxy, puis réessayez.</numerusform>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n secondes. Vérifiez la connexion réseau, le VPN ou le proxy, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the service</source>
        <translation>Service injoignable</translation>
    </message>
    <message>
        <source>Connection not trusted</source>
        <translation>Connexion non fiable</translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation>Problème de proxy</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Vérifiez la saisie</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The limit starts again at the full hour: try again after %1 UTC.</source>
        <translation>La limite repart à zéro à chaque heure pleine : réessayez après %1 UTC.</translation>
    </message>
    <message>
        <source>%1 asks for a sign-in, and none was given, so the token was not sent. Sign in to the proxy when the window asks; for the command line, put the user name and password in the proxy address (https_proxy=http://user:password@host:port). Your IT department knows which sign-in the proxy takes.</source>
        <translation>%1 demande une identification, et aucune n’a été donnée : le jeton n’a donc pas été envoyé. Identifiez-vous auprès du proxy quand la fenêtre le demande ; pour la ligne de commande, mettez le nom d’utilisateur et le mot de passe dans l’adresse du proxy (https_proxy=http://utilisateur:motdepasse@hôte:port). Votre service informatique sait quelle identification le proxy attend.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password it was given, so the token was not sent. Check them and try again; your IT department can tell you which sign-in the proxy takes.</source>
        <translation>%1 a refusé le nom d’utilisateur ou le mot de passe donné : le jeton n’a donc pas été envoyé. Vérifiez-les et réessayez ; votre service informatique peut vous dire quelle identification le proxy attend.</translation>
    </message>
</context>
<context>
    <name>ProgramInputs</name>
    <message>
        <source>The provider catalog cannot be used: %1.</source>
        <translation>Le catalogue des fournisseurs est inutilisable&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ProviderGuide</name>
    <message>
        <source>Cloud management for Juniper Mist wireless, wired and WAN networks.</source>
        <translation>Gestion dans le cloud des réseaux sans fil, filaires et WAN Juniper Mist.</translation>
    </message>
    <message>
        <source>Personal or organization token?</source>
        <translation>Jeton personnel ou jeton d&apos;organisation&#xa0;?</translation>
    </message>
    <message>
        <source>A personal token belongs to your own account and can do exactly what you can do, in every organization and MSP you can reach. Choose it for your own scripts and quick checks. It stops working when your account loses access.</source>
        <translation>Un jeton personnel appartient à votre propre compte et peut faire exactement ce que vous pouvez faire, dans chaque organisation et chaque MSP auxquels vous avez accès. Choisissez-le pour vos propres scripts et vos vérifications rapides. Il cesse de fonctionner lorsque votre compte perd ses accès.</translation>
    </message>
    <message>
        <source>An organization token belongs to one organization, not to a person, and keeps working when people leave. You choose its rights when you make it. Choose it for integrations, service accounts and anything that must outlive one job.</source>
        <translation>Un jeton d&apos;organisation appartient à une organisation, et non à une personne, et continue de fonctionner quand des collaborateurs partent. Vous choisissez ses droits lors de sa création. Choisissez-le pour les intégrations, les comptes de service et tout ce qui doit survivre au départ d&apos;une personne.</translation>
    </message>
    <message>
        <source>Every token may make 5,000 API calls an hour. Personal tokens share that budget with each other and with your own use of the portal; each organization token has a budget of its own.</source>
        <translation>Chaque jeton peut effectuer 5&#xa0;000 appels d&apos;API par heure. Les jetons personnels partagent ce quota entre eux et avec votre propre utilisation du portail&#xa0;; chaque jeton d&apos;organisation dispose de son propre quota.</translation>
    </message>
    <message>
        <source>If your organization signs in through single sign-on (SSO), the portal does not let you make personal tokens: ask an administrator for an organization token instead.</source>
        <translation>Si votre organisation se connecte par authentification unique (SSO), le portail ne vous permet pas de créer de jetons personnels&#xa0;: demandez plutôt un jeton d&apos;organisation à un administrateur.</translation>
    </message>
    <message>
        <source>Make a personal token</source>
        <translation>Créer un jeton personnel</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region (the button below opens it).</source>
        <translation>Connectez-vous au portail de votre région (le bouton ci-dessous l&apos;ouvre).</translation>
    </message>
    <message>
        <source>Open the account menu at the top right and choose My Account.</source>
        <translation>Ouvrez le menu du compte en haut à droite et choisissez «&#xa0;My Account&#xa0;».</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token, give the token a name, and choose Generate.</source>
        <translation>Dans la section «&#xa0;API Token&#xa0;», choisissez «&#xa0;Create Token&#xa0;», donnez un nom au jeton et choisissez «&#xa0;Generate&#xa0;».</translation>
    </message>
    <message>
        <source>Copy the key with the copy button beside it, then choose Done.</source>
        <translation>Copiez la clé avec le bouton de copie situé à côté, puis choisissez «&#xa0;Done&#xa0;».</translation>
    </message>
    <message>
        <source>Make an organization token</source>
        <translation>Créer un jeton d&apos;organisation</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region and open Organization, then Settings.</source>
        <translation>Connectez-vous au portail de votre région et ouvrez «&#xa0;Organization&#xa0;», puis «&#xa0;Settings&#xa0;».</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token and pick the access level the token needs: no more than the job requires.</source>
        <translation>Dans la section «&#xa0;API Token&#xa0;», choisissez «&#xa0;Create Token&#xa0;» et sélectionnez le niveau d&apos;accès dont le jeton a besoin, sans dépasser ce que la tâche exige.</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key with the copy button beside it.</source>
        <translation>Choisissez «&#xa0;Generate&#xa0;» et copiez la clé avec le bouton de copie situé à côté.</translation>
    </message>
    <message>
        <source>Choose Done, then Save at the top right of the settings page.</source>
        <translation>Choisissez «&#xa0;Done&#xa0;», puis «&#xa0;Save&#xa0;» en haut à droite de la page des paramètres.</translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translation>Avant de continuer</translation>
    </message>
    <message>
        <source>The portal shows the whole key only once, right after you make it. Copy it before you close the window; a lost key cannot be shown again, only replaced.</source>
        <translation>Le portail n&apos;affiche la clé complète qu&apos;une seule fois, juste après sa création. Copiez-la avant de fermer la fenêtre&#xa0;; une clé perdue ne peut pas être affichée de nouveau, seulement remplacée.</translation>
    </message>
    <message>
        <source>Your region is the one in your portal&apos;s address: manage.gc3.mist.com is EMEA 02, for example. On the next page you can also paste that address, or let the program find the region for you.</source>
        <translation>Votre région est celle qui figure dans l&apos;adresse de votre portail&#xa0;: manage.gc3.mist.com correspond par exemple à EMEA 02. À la page suivante, vous pouvez aussi coller cette adresse ou laisser le programme trouver la région pour vous.</translation>
    </message>
    <message>
        <source>Juniper&apos;s cloud service that watches the health of your WAN routing.</source>
        <translation>Le service cloud de Juniper qui surveille l&apos;état de votre routage WAN.</translation>
    </message>
    <message>
        <source>Make a token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Sign in to the Routing Assurance portal (the button below opens it).</source>
        <translation>Connectez-vous au portail Routing Assurance (le bouton ci-dessous l&apos;ouvre).</translation>
    </message>
    <message>
        <source>Open Organization, then Settings, and choose Create Token.</source>
        <translation>Ouvrez «&#xa0;Organization&#xa0;», puis «&#xa0;Settings&#xa0;», et choisissez «&#xa0;Create Token&#xa0;».</translation>
    </message>
    <message>
        <source>Give the token a name and a role: Super User, Network Admin, Observer or Helpdesk. Pick the lowest role that does the job.</source>
        <translation>Donnez au jeton un nom et un rôle&#xa0;: Super User, Network Admin, Observer ou Helpdesk. Choisissez le rôle le plus bas qui suffit à la tâche.</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key from the Key field before you close the page.</source>
        <translation>Choisissez «&#xa0;Generate&#xa0;» et copiez la clé depuis le champ «&#xa0;Key&#xa0;» avant de fermer la page.</translation>
    </message>
    <message>
        <source>Deleting a token later cuts off everything that uses it at once.</source>
        <translation>Supprimer un jeton par la suite coupe immédiatement l&apos;accès à tout ce qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>Directory, single sign-on and device management in the cloud.</source>
        <translation>Annuaire, authentification unique et gestion des appareils dans le cloud.</translation>
    </message>
    <message>
        <source>Get your administrator API key</source>
        <translation>Obtenir votre clé d&apos;API d&apos;administrateur</translation>
    </message>
    <message>
        <source>Sign in to the JumpCloud Admin Portal of your region (the button below opens it).</source>
        <translation>Connectez-vous au JumpCloud Admin Portal de votre région (le bouton ci-dessous l&apos;ouvre).</translation>
    </message>
    <message>
        <source>Generating a new key revokes the old one at once: every script and integration that still uses the old key stops working. If your key is in use elsewhere, use that key here rather than making a new one.</source>
        <translation>La génération d&apos;une nouvelle clé révoque immédiatement l&apos;ancienne&#xa0;: tous les scripts et intégrations qui utilisent encore l&apos;ancienne clé cessent de fonctionner. Si votre clé est déjà utilisée ailleurs, utilisez-la ici plutôt que d&apos;en créer une nouvelle.</translation>
    </message>
    <message>
        <source>The key acts with all the rights of your administrator account. Treat it like your password.</source>
        <translation>La clé agit avec tous les droits de votre compte administrateur. Traitez-la comme votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign in to the %1 portal of your region (the button below opens it).</source>
        <translation>Connectez-vous au portail %1 de votre région (le bouton ci-dessous l&apos;ouvre).</translation>
    </message>
    <message>
        <source>Make an API token in the portal&apos;s settings and copy it.</source>
        <translation>Créez un jeton d&apos;API dans les paramètres du portail et copiez-le.</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Important&#xa0;:</translation>
    </message>
    <message>
        <source>An organization token can be limited to certain source addresses, and the list cannot be changed once the token exists. Such a token is refused from any other network, so check it from a network the token allows.</source>
        <translation>Un jeton d&apos;organisation peut être limité à certaines adresses source, et cette liste ne peut plus être modifiée une fois le jeton créé. Depuis tout autre réseau, un tel jeton est refusé&#xa0;: vérifiez-le donc depuis un réseau que le jeton autorise.</translation>
    </message>
    <message>
        <source>Mist removes a personal token that has not been used for 90 days. A token found in an old note may already be gone.</source>
        <translation>Mist supprime un jeton personnel inutilisé depuis 90 jours. Un jeton retrouvé dans une ancienne note n&apos;existe peut-être plus.</translation>
    </message>
    <message>
        <source>API access is off for a new administrator, and only an administrator with the Billing role can turn it on. If the portal says you may not view or generate a key, ask one of them to turn on API access for your account.</source>
        <translation>L&apos;accès à l&apos;API est désactivé pour un nouvel administrateur, et seul un administrateur doté du rôle Billing peut l&apos;activer. Si le portail indique que vous ne pouvez ni afficher ni générer de clé, demandez à l&apos;un d&apos;eux d&apos;activer l&apos;accès à l&apos;API pour votre compte.</translation>
    </message>
    <message>
        <source>Open the account menu (your initials) and choose My API Key.</source>
        <translation>Ouvrez le menu du compte (vos initiales) et choisissez «&#xa0;My API Key&#xa0;».</translation>
    </message>
    <message>
        <source>Choose Generate New API Key and copy the key at once: JumpCloud shows a key only when it is made, never again.</source>
        <translation>Choisissez «&#xa0;Generate New API Key&#xa0;» et copiez la clé immédiatement&#xa0;: JumpCloud n&apos;affiche une clé qu&apos;au moment de sa création, plus jamais ensuite.</translation>
    </message>
    <message>
        <source>Keys that start with jca_ can carry an expiry date; a new key lasts 90 days unless another date is chosen. A key that worked before and is refused now may simply have expired.</source>
        <translation>Les clés qui commencent par jca_ peuvent avoir une date d&apos;expiration&#xa0;; une nouvelle clé est valable 90 jours, sauf si une autre date est choisie. Une clé qui fonctionnait et qui est refusée maintenant a peut-être tout simplement expiré.</translation>
    </message>
    <message>
        <source>Several organizations</source>
        <translation>Plusieurs organisations</translation>
    </message>
    <message>
        <source>If your key reaches several organizations (a multi-tenant administrator), you will choose the one this connection is for after the check.</source>
        <translation>Si votre clé donne accès à plusieurs organisations (administrateur multilocataire), vous choisirez après la vérification celle à laquelle cette connexion est destinée.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Which service?</source>
        <translation>Quel service&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the service whose account you are connecting. The next pages show how to get its API token and check it.</source>
        <translation>Choisissez le service dont vous connectez le compte. Les pages suivantes expliquent comment obtenir son jeton d&apos;API et le vérifier.</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>The service whose account you are connecting</source>
        <translation>Le service dont vous connectez le compte</translation>
    </message>
</context>
<context>
    <name>ProxySignInDialog</name>
    <message>
        <source>Proxy Sign-In</source>
        <translation>Identification auprès du proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d’utilisateur du proxy</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>&amp;Keep them in the system keychain for this proxy</source>
        <translation>&amp;Garder dans le trousseau du système pour ce proxy</translation>
    </message>
    <message>
        <source>Off: they are forgotten when the program closes</source>
        <translation>Décoché : ils sont oubliés à la fermeture du programme</translation>
    </message>
</context>
<context>
    <name>RegionDetection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Found your region</source>
        <translation>Votre région a été trouvée</translation>
    </message>
    <message>
        <source>Found your region: %1 accepted the token.</source>
        <translation>Votre région a été trouvée&#xa0;: %1 a accepté le jeton.</translation>
    </message>
    <message>
        <source>No region accepted the token</source>
        <translation>Aucune région n&apos;a accepté le jeton</translation>
    </message>
    <message>
        <source>Every region of %1 refused this token, so the region is not the problem: the token is mistyped, was deleted, or has expired. Copy it again in full, or make a new one.</source>
        <translation>Toutes les régions de %1 ont refusé ce jeton&#xa0;; la région n&apos;est donc pas en cause&#xa0;: le jeton est mal saisi, a été supprimé ou a expiré. Copiez-le de nouveau en entier ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Region found, access denied</source>
        <translation>Région trouvée, accès refusé</translation>
    </message>
    <message>
        <source>The token belongs to %1.</source>
        <translation>Le jeton appartient à %1.</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Vérifiez la saisie</translation>
    </message>
    <message>
        <source>%1 has no regions to ask. Nothing was sent.</source>
        <translation>%1 n&apos;a aucune région à interroger. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Region not found for certain</source>
        <translation>Région non déterminée avec certitude</translation>
    </message>
    <message>
        <source>The regions of %1 that could be checked refused the token, but not every region could be checked: %2. The token may belong to a region that could not be checked.</source>
        <translation>Les régions de %1 qui ont pu être vérifiées ont refusé le jeton, mais toutes les régions n&apos;ont pas pu être vérifiées&#xa0;: %2. Le jeton appartient peut-être à l&apos;une de ces dernières.</translation>
    </message>
    <message>
        <source>No region could be checked</source>
        <translation>Aucune région n&apos;a pu être vérifiée</translation>
    </message>
    <message>
        <source>No region of %1 could be checked, so it is not known whether the token works.</source>
        <translation>Aucune région de %1 n&apos;a pu être vérifiée&#xa0;; on ne sait donc pas si le jeton fonctionne.</translation>
    </message>
    <message>
        <source>accepted the token</source>
        <translation>a accepté le jeton</translation>
    </message>
    <message>
        <source>refused the token</source>
        <translation>a refusé le jeton</translation>
    </message>
    <message>
        <source>recognised the token, denied access</source>
        <translation>a reconnu le jeton, accès refusé</translation>
    </message>
    <message>
        <source>not asked: the address is not allowed</source>
        <translation>non interrogée&#xa0;: l&apos;adresse n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur serveur</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>délai de réponse dépassé</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>adresse introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>connection closed before the answer</source>
        <translation>connexion fermée avant la réponse</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>connection not trusted</source>
        <translation>connexion non fiable</translation>
    </message>
    <message>
        <source>proxy problem</source>
        <translation>problème de proxy</translation>
    </message>
    <message>
        <source>redirected elsewhere, not followed</source>
        <translation>redirection vers une autre adresse, non suivie</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>réponse inattendue</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Region found, rate limited</source>
        <translation>Région trouvée, requêtes limitées</translation>
    </message>
    <message>
        <source>The token belongs to %1: %2 limits only the tokens it knows and refuses the others, so the limit shows that the token is at home there. What it grants can be checked once the limit is over.</source>
        <translation>Le jeton appartient à %1 : %2 ne limite que les jetons qu’il connaît et refuse les autres ; la limite montre donc que le jeton est bien chez lui là-bas. Ce qu’il autorise pourra être vérifié une fois la limite passée.</translation>
    </message>
    <message>
        <source>stopped because the token&apos;s region was found first</source>
        <translation>arrêtée, car la région du jeton a été trouvée avant</translation>
    </message>
</context>
<context>
    <name>RegionField</name>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>Choisissez la région, saisissez son sous-domaine d&apos;API ou son hôte, ou collez l&apos;adresse de votre portail</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>c’est %1, pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What the token is and grants</source>
        <translation>Le jeton et ses droits</translation>
    </message>
    <message>
        <source>&amp;Organization this connection is for:</source>
        <translation>&amp;Organisation de cette connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organization this connection is for, among those the token reaches</source>
        <translation>L&apos;organisation à laquelle cette connexion est destinée, parmi celles auxquelles le jeton donne accès</translation>
    </message>
    <message>
        <source>F&amp;ilter by name or ID:</source>
        <translation>F&amp;iltrer par nom ou ID :</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Filtrer les organisations</translation>
    </message>
    <message>
        <source>Shows only the organizations whose name or ID contains the typed text; the Down arrow key moves to the list</source>
        <translation>N&apos;affiche que les organisations dont le nom ou l&apos;ID contient le texte saisi ; la touche flèche vers le bas passe à la liste</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checking</source>
        <translation>Vérification en cours</translation>
    </message>
</context>
<context>
    <name>SavedConnections</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There are no saved connections.</source>
        <translation>Il n&apos;y a aucune connexion enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) checked: %1.</source>
        <translation>
            <numerusform>%n connexion vérifiée&#xa0;: %1.</numerusform>
            <numerusform>%n connexions vérifiées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>Le fichier .env n&apos;a pas été écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no saved connection “%1”. --list-saved lists their keys.</source>
        <translation>Il n&apos;y a aucune connexion enregistrée «&#xa0;%1&#xa0;». --list-saved liste leurs clés.</translation>
    </message>
    <message>
        <source>--format takes env, profile or summary.</source>
        <translation>--format accepte env, profile ou summary.</translation>
    </message>
    <message>
        <source>There is no .env export for this connection: %1.</source>
        <translation>Il n&apos;y a pas d&apos;export .env pour cette connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--format %1 writes a file: name it with --output FILE, or give --output - to print it.</source>
        <translation>--format %1 écrit un fichier&#xa0;: nommez-le avec --output FICHIER, ou donnez --output - pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>%1 exists already. Add --force to replace it.</source>
        <translation>%1 existe déjà. Ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The profile is in %1. It holds no token.</source>
        <translation>Le profil se trouve dans %1. Il ne contient aucun jeton.</translation>
    </message>
    <message>
        <source>The summary is in %1. It holds no token.</source>
        <translation>Le résumé se trouve dans %1. Il ne contient aucun jeton.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Warning: the extra certificate authorities of the settings are not trusted: %1</source>
        <translation>Avertissement&#xa0;: les autorités de certification supplémentaires des paramètres ne sont pas approuvées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give one of --list-saved, --check-saved and --export-saved.</source>
        <translation>Donnez une seule des options --list-saved, --check-saved et --export-saved.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: the desktop notification could not be shown: %1</source>
        <translation>Avertissement&#xa0;: la notification de bureau n’a pas pu être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>--notify goes with --check-saved only.</source>
        <translation>--notify ne s’utilise qu’avec --check-saved.</translation>
    </message>
</context>
<context>
    <name>SavedConnectionsView</name>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>Connecter &amp;un compte…</translation>
    </message>
    <message>
        <source>Opens the setup wizard: choose the service, get a token, check it and keep it</source>
        <translation>Ouvre l&apos;assistant de configuration&#xa0;: choisir le service, obtenir un jeton, le vérifier et le conserver</translation>
    </message>
    <message>
        <source>Saved c&amp;onnections:</source>
        <translation>Conne&amp;xions enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Service and region</source>
        <translation>Service et région</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Token of</source>
        <translation>Titulaire du jeton</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>R&amp;evérifier</translation>
    </message>
    <message>
        <source>Checks the stored token with the service again, without showing it</source>
        <translation>Vérifie de nouveau le jeton enregistré auprès du service, sans l&apos;afficher</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copier &amp;le résumé</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>Place le fournisseur, la région, l&apos;identité et les rôles dans le presse-papiers pour un ticket&#xa0;; jamais le jeton</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exporter le &amp;profil…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>Écrit le profil au format JSON, sans le jeton</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>Expor&amp;ter le fichier .env…</translation>
    </message>
    <message>
        <source>Writes the stored token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>Écrit le jeton enregistré et son hôte, sous les noms que lisent les outils de l&apos;éditeur, dans un fichier que vous seul pouvez lire</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Removes the connection: its token from the keychain and its profile from the settings</source>
        <translation>Supprime la connexion&#xa0;: son jeton du trousseau et son profil des paramètres</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Each saved connection with its service, region, organization, token holder, when it was last verified and how its last check went</source>
        <translation>Chaque connexion enregistrée avec son service, sa région, son organisation, le titulaire du jeton, sa dernière vérification réussie et le résultat de sa dernière vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Re-verify all</source>
        <translation>Tout revérifier</translation>
    </message>
    <message>
        <source>Checks every saved connection&apos;s stored token again, a few at a time, and shows each outcome in the Status column</source>
        <translation>Vérifie à nouveau le jeton enregistré de chaque connexion, quelques-unes à la fois, et affiche chaque résultat dans la colonne État</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Where a company proxy inspects encrypted traffic, IT normally installs its root certificate in the system, and Credential Connect trusts it from there. If IT gave you the certificate as a file instead, choose it here: only this program will trust it, besides the system&apos;s own certificate authorities.</source>
        <translation>Lorsqu&apos;un proxy d&apos;entreprise inspecte le trafic chiffré, le service informatique installe normalement son certificat racine dans le système, et Credential Connect lui fait confiance par ce biais. Si le service informatique vous a plutôt remis le certificat sous forme de fichier, choisissez-le ici&#xa0;: seul ce programme lui fera confiance, en plus des autorités de certification du système.</translation>
    </message>
    <message>
        <source>Extra certificate &amp;authorities (PEM file):</source>
        <translation>Autorités de &amp;certification supplémentaires (fichier PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>Aucune&#xa0;: uniquement les autorités de certification du système</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Autorités de certification supplémentaires</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>Chemin d&apos;un fichier PEM contenant les autorités de certification fournies par votre service informatique&#xa0;; vide pour aucune</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Watch my connections</source>
        <translation>&amp;Surveiller mes connexions</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>Une fois par jour, vérifier chaque connexion enregistrée et afficher une notification de bureau quand l’une cesse de fonctionner</translation>
    </message>
    <message>
        <source>Once a day, even while this window is closed, every saved connection is checked with its token from the keychain. When a service starts refusing a token, a desktop notification names the connection and says what to do. A systemd timer of your user account runs the check.</source>
        <translation>Une fois par jour, même quand cette fenêtre est fermée, chaque connexion enregistrée est vérifiée avec son jeton du trousseau. Quand un service commence à refuser un jeton, une notification de bureau nomme la connexion et dit quoi faire. La vérification est lancée par un minuteur systemd de votre compte utilisateur.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the settings file %1 is damaged and was left as it is</source>
        <translation>le fichier de paramètres %1 est endommagé et a été laissé tel quel</translation>
    </message>
    <message>
        <source>the settings file %1 could not be written</source>
        <translation>le fichier de paramètres %1 n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read (%2)</source>
        <translation>le fichier de paramètres %1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>the settings file %1 is %2 MB, far more than the program writes, so it was left as it is</source>
        <translation>le fichier de paramètres %1 fait %2 Mo, bien plus que ce qu’écrit le programme ; il a donc été laissé tel quel</translation>
    </message>
    <message>
        <source>the settings file %1 is being written by another window or program, which did not finish within %2 seconds</source>
        <translation>le fichier de paramètres %1 est en cours d’écriture par une autre fenêtre ou un autre programme, qui n’a pas terminé en %2 secondes</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Paste the token here</source>
        <translation>Collez le jeton ici</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>Le jeton secret issu du portail du fournisseur. Il reste masqué pendant la saisie et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token</source>
        <translation>Affiche ou masque les caractères du jeton</translation>
    </message>
</context>
<context>
    <name>TokenGuidePage</name>
    <message>
        <source>Get a token</source>
        <translation>Obtenir un jeton</translation>
    </message>
    <message>
        <source>How to get a token</source>
        <translation>Comment obtenir un jeton</translation>
    </message>
    <message>
        <source>Steps to make an API token in the service&apos;s portal</source>
        <translation>Étapes pour créer un jeton d&apos;API dans le portail du service</translation>
    </message>
    <message>
        <source>Your &amp;portal:</source>
        <translation>Votre port&amp;ail&#xa0;:</translation>
    </message>
    <message>
        <source>Your portal</source>
        <translation>Votre portail</translation>
    </message>
    <message>
        <source>The region whose portal you sign in to; the token is checked in the same region</source>
        <translation>La région du portail auquel vous vous connectez&#xa0;; le jeton est vérifié dans la même région</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Opens the chosen region&apos;s portal in your web browser</source>
        <translation>Ouvre le portail de la région choisie dans votre navigateur web</translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>Token (input hidden): </source>
        <translation>Jeton (saisie masquée)&#xa0;: </translation>
    </message>
</context>
<context>
    <name>WatchNotice</name>
    <message>
        <source>Juniper Mist deletes a personal token unused for 90 days, and an organization token works only from the networks it allows: make a new token in the Mist portal and save the connection again (File › Connect an Account…).</source>
        <translation>Juniper Mist supprime un jeton personnel inutilisé pendant 90 jours, et un jeton d’organisation ne fonctionne que depuis les réseaux qu’il autorise&#xa0;: créez un nouveau jeton dans le portail Mist et enregistrez à nouveau la connexion (Fichier › Connecter un compte…).</translation>
    </message>
    <message>
        <source>A new JumpCloud API key revokes the old one, and keys starting with jca_ expire: save the connection again with the current key (File › Connect an Account…).</source>
        <translation>Une nouvelle clé d’API JumpCloud révoque l’ancienne, et les clés qui commencent par jca_ expirent&#xa0;: enregistrez à nouveau la connexion avec la clé actuelle (Fichier › Connecter un compte…).</translation>
    </message>
    <message>
        <source>A token deleted in the portal is refused from then on: make a new token and save the connection again (File › Connect an Account…).</source>
        <translation>Un jeton supprimé dans le portail est refusé dès lors&#xa0;: créez un nouveau jeton et enregistrez à nouveau la connexion (Fichier › Connecter un compte…).</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s) stopped working</source>
        <translation>
            <numerusform>%n connexion enregistrée ne fonctionne plus</numerusform>
            <numerusform>%n connexions enregistrées ne fonctionnent plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the service now denies its token access.</source>
        <translation>%1&#xa0;: le service refuse désormais l’accès à son jeton.</translation>
    </message>
    <message>
        <source>%1: the service refused its token.</source>
        <translation>%1&#xa0;: le service a refusé son jeton.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Et %n autre.</numerusform>
            <numerusform>Et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved connections in Credential Connect shows what each check said.</source>
        <translation>Connexions enregistrées, dans Credential Connect, montre ce que chaque vérification a répondu.</translation>
    </message>
</context>
<context>
    <name>cc::ExportEnvJob</name>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>Le fichier .env n&apos;a pas été écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The .env file is in %1, readable by you only. It holds the token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>Le fichier .env se trouve dans %1, lisible par vous seul. Il contient le jeton en clair&#xa0;: gardez-le privé et supprimez-le dès qu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
</context>
<context>
    <name>cc::KeeperJob</name>
    <message>
        <source>Another change to this connection is still under way. Wait for it to finish, then try again.</source>
        <translation>Une autre modification de cette connexion est encore en cours. Attendez qu&apos;elle se termine, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no saved connection %1.</source>
        <translation>Il n&apos;existe aucune connexion enregistrée %1.</translation>
    </message>
    <message>
        <source>Another window is changing this connection and did not finish within %1 seconds. Nothing was changed; try again once it is done.</source>
        <translation>Une autre fenêtre modifie cette connexion et n’a pas terminé en %1 secondes. Rien n’a été modifié ; réessayez une fois qu’elle aura fini.</translation>
    </message>
</context>
<context>
    <name>cc::RemoveConnectionJob</name>
    <message>
        <source>The connection was not deleted: %1. Its token and its details are both kept.</source>
        <translation>La connexion n&apos;a pas été supprimée&#xa0;: %1. Son jeton et ses informations sont tous deux conservés.</translation>
    </message>
    <message>
        <source>The connection was deleted: its token from the keychain, its details from the settings.</source>
        <translation>La connexion a été supprimée&#xa0;: son jeton du trousseau, ses informations des paramètres.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept; the keychain held no token for it.</source>
        <translation>La connexion n&apos;a pas été supprimée&#xa0;: %1. Ses informations sont conservées&#xa0;; le trousseau ne contenait aucun jeton pour elle.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its token was put back in the keychain; its details are kept.</source>
        <translation>La connexion n&apos;a pas été supprimée&#xa0;: %1. Son jeton a été remis dans le trousseau&#xa0;; ses informations sont conservées.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept, but its token could not be put back in the keychain (%2): save the connection again with its token.</source>
        <translation>La connexion n&apos;a pas été supprimée&#xa0;: %1. Ses informations sont conservées, mais son jeton n&apos;a pas pu être remis dans le trousseau (%2)&#xa0;: enregistrez de nouveau la connexion avec son jeton.</translation>
    </message>
</context>
<context>
    <name>cc::RestoreConnectionJob</name>
    <message>
        <source>The connection was not restored: %1. Nothing was changed.</source>
        <translation>La connexion n’a pas été restaurée : %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1 any more, so there was nothing to restore.</source>
        <translation>Le trousseau ne contient plus de jeton pour %1 ; il n’y avait donc rien à restaurer.</translation>
    </message>
    <message>
        <source>The connection was not restored: %1. Its token stays in the keychain.</source>
        <translation>La connexion n’a pas été restaurée : %1. Son jeton reste dans le trousseau.</translation>
    </message>
    <message>
        <source>The connection was restored: its token was still in the keychain, and its details are back in the settings.</source>
        <translation>La connexion a été restaurée : son jeton était encore dans le trousseau, et ses détails sont de retour dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>cc::ReverifyConnectionJob</name>
    <message>
        <source>This connection&apos;s provider or region is no longer one the program knows, so its token was not sent.</source>
        <translation>Le fournisseur ou la région de cette connexion n&apos;est plus connu du programme&#xa0;; son jeton n&apos;a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>The connection was not checked: %1. Its details are unchanged.</source>
        <translation>La connexion n&apos;a pas été vérifiée&#xa0;: %1. Ses informations sont inchangées.</translation>
    </message>
    <message>
        <source>The stored token still works. %1</source>
        <translation>Le jeton enregistré fonctionne toujours. %1</translation>
    </message>
    <message>
        <source>The stored token still works, but the new check date could not be saved: %1.</source>
        <translation>Le jeton enregistré fonctionne toujours, mais la nouvelle date de vérification n&apos;a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 This failed check is recorded with the connection; its other details are unchanged.</source>
        <translation>%1 Cette vérification échouée est consignée dans la connexion&#xa0;; ses autres informations sont inchangées.</translation>
    </message>
    <message>
        <source>%1 This failed check could not be recorded either: %2.</source>
        <translation>%1 Cette vérification échouée n&apos;a pas pu être consignée non plus&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>cc::SaveConnectionJob</name>
    <message>
        <source>The connection was not saved: its provider or region is not one the program knows. Nothing was written.</source>
        <translation>La connexion n&apos;a pas été enregistrée&#xa0;: son fournisseur ou sa région est inconnu du programme. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1 Nothing was written.</source>
        <translation>La connexion n&apos;a pas été enregistrée&#xa0;: %1 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. Nothing was written.</source>
        <translation>La connexion n&apos;a pas été enregistrée&#xa0;: %1. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The connection was saved: the token in the keychain, the details in the settings.</source>
        <translation>La connexion a été enregistrée&#xa0;: le jeton dans le trousseau, les informations dans les paramètres.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain holds what it held before.</source>
        <translation>La connexion n&apos;a pas été enregistrée&#xa0;: %1. Le trousseau contient ce qu&apos;il contenait auparavant.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain could not be put back either (%2): its entry %3 may hold the new token.</source>
        <translation>La connexion n&apos;a pas été enregistrée&#xa0;: %1. Le trousseau n&apos;a pas pu non plus être restauré (%2)&#xa0;: son entrée %3 contient peut-être le nouveau jeton.</translation>
    </message>
</context>
<context>
    <name>cc::SecretJob</name>
    <message>
        <source>the keychain holds no token for this connection</source>
        <translation>le trousseau ne contient aucun jeton pour cette connexion</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>l&apos;accès a été refusé</translation>
    </message>
    <message>
        <source>the keychain refused access (it may be locked)</source>
        <translation>le trousseau a refusé l&apos;accès (il est peut-être verrouillé)</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>le trousseau n&apos;a pas pu supprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>the keychain is unavailable (this system offers none the program can use)</source>
        <translation>le trousseau n&apos;est pas disponible (ce système n&apos;en propose aucun que le programme puisse utiliser)</translation>
    </message>
    <message>
        <source>the keychain could not be used (%1); it may be locked or have no default keyring yet</source>
        <translation>le trousseau n&apos;a pas pu être utilisé (%1)&#xa0;; il est peut-être verrouillé, ou aucun trousseau par défaut n&apos;existe encore</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no D-Bus session is running, so no Secret Service can be reached)</source>
        <translation>le trousseau n&apos;est pas disponible (aucune session D-Bus n&apos;est active, aucun Secret Service n&apos;est donc joignable)</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no Secret Service is running)</source>
        <translation>le trousseau n&apos;est pas disponible (aucun Secret Service n&apos;est actif)</translation>
    </message>
</context>
<context>
    <name>cc::VerificationJob</name>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation>L&apos;adresse %1 n&apos;utilise pas HTTPS.</translation>
    </message>
    <message>
        <source>the time limit ran out before it was asked</source>
        <translation>le délai a expiré avant que la demande soit faite</translation>
    </message>
    <message>
        <source>the time limit ran out</source>
        <translation>le délai a expiré</translation>
    </message>
    <message>
        <source>the answer was larger than 1 MiB</source>
        <translation>la réponse dépassait 1 Mio</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>le serveur a répondu avec le statut HTTP %1</translation>
    </message>
    <message>
        <source>the request failed: %1</source>
        <translation>la requête a échoué : %1</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistDialog</name>
    <message>
        <source>Open a List of Tokens</source>
        <translation>Ouvrir une liste de jetons</translation>
    </message>
    <message>
        <source>Lists of tokens (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Listes de jetons (*.csv *.jsonl *.ndjson *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>les lignes collées</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) answered</source>
        <translation>
            <numerusform>%1 sur %n ligne répondue</numerusform>
            <numerusform>%1 sur %n lignes répondues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1</source>
        <translation>
            <numerusform>%n ligne vérifiée : %1</numerusform>
            <numerusform>%n lignes vérifiées : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message>
        <source>Export the Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results were not exported: %1</source>
        <translation>Les résultats n’ont pas été exportés : %1</translation>
    </message>
    <message>
        <source>The results, without the tokens, are in %1.</source>
        <translation>Les résultats, sans les jetons, sont dans %1.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Enregistrement dans le trousseau du système…</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved in the system keychain.</source>
        <translation>
            <numerusform>%n connexion enregistrée dans le trousseau du système.</numerusform>
            <numerusform>%n connexions enregistrées dans le trousseau du système.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be saved: see their rows.</source>
        <translation>
            <numerusform>%n n’a pas pu être enregistrée : voyez sa ligne.</numerusform>
            <numerusform>%n n’ont pas pu être enregistrées : voyez leurs lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unsaved, with no organization chosen.</source>
        <translation>
            <numerusform>%n est restée non enregistrée, faute d’organisation choisie.</numerusform>
            <numerusform>%n sont restées non enregistrées, faute d’organisation choisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiés</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusés</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>interdits</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>saisie non valide</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de requêtes</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>erreur TLS</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>erreur du proxy</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>réponse inattendue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count of rows, then what they got</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulés</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Provider and region</source>
        <translation>Fournisseur et région</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Who the token is</source>
        <translation>À qui est le jeton</translation>
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
            <numerusform>Réponses&#xa0;: %1 sur %n région…</numerusform>
            <numerusform>Réponses&#xa0;: %1 sur %n régions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To find the region, Credential Connect sends this token to the API host of every %1 region, %n hosts in all: %2. It stops asking as soon as one region accepts the token. Each of these hosts belongs to %1.</source>
        <translation>
            <numerusform>Pour trouver la région, Credential Connect envoie ce jeton à l&apos;hôte d&apos;API de la région de %1 (%n hôte)&#xa0;: %2. Cet hôte appartient à %1.</numerusform>
            <numerusform>Pour trouver la région, Credential Connect envoie ce jeton à l&apos;hôte d&apos;API de chaque région de %1, soit %n hôtes au total&#xa0;: %2. Il cesse d&apos;interroger dès qu&apos;une région accepte le jeton. Chacun de ces hôtes appartient à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking every region of %1 whether it accepts the token…</source>
        <translation>Demande à toutes les régions de %1 si elles acceptent le jeton…</translation>
    </message>
    <message>
        <source>No region accepted this token: see below.</source>
        <translation>Aucune région n&apos;a accepté ce jeton&#xa0;: voir ci-dessous.</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Vérification annulée</translation>
    </message>
    <message>
        <source>Nothing was verified. Press Verify to try again.</source>
        <translation>Rien n&apos;a été vérifié. Cliquez sur «&#xa0;Vérifier&#xa0;» pour réessayer.</translation>
    </message>
    <message>
        <source>The service refused this token: see below.</source>
        <translation>Le service a refusé ce jeton&#xa0;: voir ci-dessous.</translation>
    </message>
    <message>
        <source>Search every region for this token…</source>
        <translation>Rechercher ce jeton dans toutes les régions…</translation>
    </message>
    <message>
        <source>Shows which hosts would receive the token, then asks every region</source>
        <translation>Affiche les hôtes qui recevraient le jeton, puis interroge chaque région</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Asking %1 whether the token works…</source>
        <translation>Demande à %1 si le jeton fonctionne…</translation>
    </message>
</context>
<context>
    <name>cc::gui::CredentialsPage</name>
    <message>
        <source>Paste the token and press Verify. Next is available once the service has accepted it.</source>
        <translation>Collez le jeton et cliquez sur «&#xa0;Vérifier&#xa0;». Le bouton «&#xa0;Suivant&#xa0;» devient disponible dès que le service a accepté le jeton.</translation>
    </message>
</context>
<context>
    <name>cc::gui::KeepPage</name>
    <message>
        <source>The token goes to the system keychain, filed under “%1”; the provider, region, organization and identity go to the program&apos;s settings. Nothing else keeps the token.</source>
        <translation>Le jeton est placé dans le trousseau du système, sous «&#xa0;%1&#xa0;»&#xa0;; le fournisseur, la région, l&apos;organisation et l&apos;identité vont dans les paramètres du programme. Le jeton n&apos;est conservé nulle part ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>&amp;Enregistrer dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Enregistrement dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
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
        <translation>Vérification rapi&amp;de</translation>
    </message>
    <message>
        <source>&amp;Saved connections</source>
        <translation>&amp;Connexions enregistrées</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>&amp;Connecter un compte…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Credential Connect</source>
        <translation>À &amp;propos de Credential Connect</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The extra certificate authorities of the settings are not trusted: %1</source>
        <translation>Les autorités de certification supplémentaires définies dans les paramètres ne sont pas approuvées&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Credential Connect</source>
        <translation>À propos de Credential Connect</translation>
    </message>
    <message>
        <source>Credential Connect %1

Links a Juniper Mist, Mist Routing Assurance or JumpCloud account by its API token: it asks the provider whether the token works and what it grants. The token goes only to the API host of the region you choose.</source>
        <translation>Credential Connect %1

Connecte un compte Juniper Mist, Mist Routing Assurance ou JumpCloud à l&apos;aide de son jeton d&apos;API&#xa0;: il demande au fournisseur si le jeton fonctionne et quels droits il accorde. Le jeton n&apos;est envoyé qu&apos;à l&apos;hôte d&apos;API de la région que vous choisissez.</translation>
    </message>
    <message>
        <source>Check a &amp;List…</source>
        <translation>Vérifier une &amp;liste…</translation>
    </message>
</context>
<context>
    <name>cc::gui::ProxySignInDialog</name>
    <message>
        <source>The proxy server %1 asks for a user name and password before it lets the check through. They go to the proxy only.</source>
        <translation>Le serveur proxy %1 demande un nom d’utilisateur et un mot de passe avant de laisser passer la vérification. Ils ne vont qu’au proxy.</translation>
    </message>
    <message>
        <source>The proxy calls itself “%1”.</source>
        <translation>Le proxy se présente comme « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;S’identifier</translation>
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
        <translation>Choisissez une région ou collez l&apos;adresse de votre portail.</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Pick one from the list, or paste the address of your portal (for example %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une région de %2. Choisissez-en une dans la liste ou collez l&apos;adresse de votre portail (par exemple %3).</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organization ID from the address: %1</source>
        <translation>ID d&apos;organisation tiré de l&apos;adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>Choisissez la région, saisissez son sous-domaine d&apos;API ou son hôte, ou collez l&apos;adresse de votre portail</translation>
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
        <translation>La réponse ne désigne aucune organisation en particulier. L&apos;ID d&apos;organisation tiré de l&apos;adresse de votre portail, %1, est conservé avec la connexion.</translation>
    </message>
    <message>
        <source>The answer names no single organization (for example, a grant on a whole MSP). The connection is kept without one.</source>
        <translation>La réponse ne désigne aucune organisation en particulier (par exemple, un droit sur tout un MSP). La connexion est conservée sans organisation.</translation>
    </message>
    <message>
        <source>This key is for one organization.</source>
        <translation>Cette clé concerne une seule organisation.</translation>
    </message>
    <message numerus="yes">
        <source>This key reaches %n organizations: you are a multi-tenant administrator. Pick the organization this connection is for; later JumpCloud calls send its ID in the x-org-id header.</source>
        <translation>
            <numerusform>Cette clé donne accès à %n organisation.</numerusform>
            <numerusform>Cette clé donne accès à %n organisations&#xa0;: vous êtes administrateur multilocataire. Choisissez l&apos;organisation à laquelle cette connexion est destinée&#xa0;; les appels JumpCloud ultérieurs enverront son ID dans l&apos;en-tête x-org-id.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token&apos;s grants are in one organization.</source>
        <translation>Les droits de ce jeton portent sur une seule organisation.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed here.</source>
        <translation>Seules les %1 premières sont listées ici.</translation>
    </message>
    <message numerus="yes">
        <source>This token reaches %n organizations. Pick the one this connection is for.</source>
        <translation>
            <numerusform>Ce jeton donne accès à %n organisation.</numerusform>
            <numerusform>Ce jeton donne accès à %n organisations. Choisissez celle à laquelle cette connexion est destinée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Adresse interrogée&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>The other regions:</source>
        <translation>Les autres régions&#xa0;:</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>Le service a répondu : « %1 »</translation>
    </message>
</context>
<context>
    <name>cc::gui::SavedConnectionsView</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No saved connections yet. Connect an account to keep its token in the system keychain and check it again at any time.</source>
        <translation>Aucune connexion enregistrée pour l&apos;instant. Connectez un compte pour conserver son jeton dans le trousseau du système et le vérifier de nouveau à tout moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s). The tokens stay in the system keychain; select one to check it again, copy its summary or export it.</source>
        <translation>
            <numerusform>%n connexion enregistrée. Son jeton reste dans le trousseau du système&#xa0;; sélectionnez-la pour la vérifier de nouveau, copier son résumé ou l&apos;exporter.</numerusform>
            <numerusform>%n connexions enregistrées. Les jetons restent dans le trousseau du système&#xa0;; sélectionnez-en une pour la vérifier de nouveau, copier son résumé ou l&apos;exporter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 (%2) whether the stored token still works…</source>
        <translation>Demande à %1 (%2) si le jeton enregistré fonctionne toujours…</translation>
    </message>
    <message>
        <source>Delete the Connection?</source>
        <translation>Supprimer la connexion&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the %1 connection in %2? Its token is removed from the system keychain and its details from the settings. The token itself keeps working at %1 until it is revoked there.</source>
        <translation>Supprimer la connexion %1 de la région %2&#xa0;? Son jeton est retiré du trousseau du système et ses informations des paramètres. Le jeton lui-même continue de fonctionner chez %1 jusqu&apos;à ce qu&apos;il y soit révoqué.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>The saved connections cannot be shown: %1. Nothing in it was changed.</source>
        <translation>Les connexions enregistrées ne peuvent pas être affichées : %1. Rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>Unfinished Change</source>
        <translation>Modification inachevée</translation>
    </message>
    <message>
        <source>A change to the %1 connection in %2 (%3) was cut off before it was finished: the system keychain may hold its token, but the list does not show it. Restore the connection, or remove its token from the keychain?</source>
        <translation>Une modification de la connexion %1 dans %2 (%3) a été interrompue avant d’être terminée : le trousseau du système contient peut-être son jeton, mais la liste ne l’affiche pas. Restaurer la connexion, ou retirer son jeton du trousseau ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Asking the providers whether the stored tokens still work…</source>
        <translation>Interrogation des fournisseurs pour savoir si les jetons enregistrés fonctionnent toujours…</translation>
    </message>
    <message>
        <source>All verified</source>
        <translation>Toutes vérifiées</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n saved connection(s): every stored token still works.</source>
        <translation>
            <numerusform>%n connexion enregistrée vérifiée&#xa0;: tous les jetons enregistrés fonctionnent toujours.</numerusform>
            <numerusform>%n connexions enregistrées vérifiées&#xa0;: tous les jetons enregistrés fonctionnent toujours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not all verified</source>
        <translation>Pas toutes vérifiées</translation>
    </message>
    <message>
        <source>Connections that did not verify: %1 of %2. The Status column says since when and why.</source>
        <translation>Connexions non vérifiées&#xa0;: %1 sur %2. La colonne État indique depuis quand et pourquoi.</translation>
    </message>
</context>
<context>
    <name>cc::gui::SettingsDialog</name>
    <message>
        <source>Choose the Certificate Authorities</source>
        <translation>Choisir les autorités de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Le paramètre n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>Chemin d&apos;un fichier PEM contenant les autorités de certification fournies par votre service informatique&#xa0;; vide pour aucune</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>Activation de la vérification quotidienne…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>Désactivation de la vérification quotidienne…</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>Une fois par jour, vérifier chaque connexion enregistrée et afficher une notification de bureau quand l’une cesse de fonctionner</translation>
    </message>
</context>
<context>
    <name>cc::gui::SetupWizard</name>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenField</name>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>Le jeton secret issu du portail du fournisseur. Il reste masqué pendant la saisie et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token (%1)</source>
        <translation>Affiche ou masque les caractères du jeton (%1)</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenGuidePage</name>
    <message>
        <source>Get a %1 token</source>
        <translation>Obtenir un jeton %1</translation>
    </message>
    <message>
        <source>Make the token in the %1 portal, copy it, and come back: the next page checks it.</source>
        <translation>Créez le jeton dans le portail %1, copiez-le et revenez ici&#xa0;: la page suivante le vérifie.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Ouvre %1 dans votre navigateur web</translation>
    </message>
    <message>
        <source>No web browser could be started. Open %1 in your browser yourself.</source>
        <translation>Aucun navigateur web n&apos;a pu être démarré. Ouvrez vous-même %1 dans votre navigateur.</translation>
    </message>
</context>
<context>
    <name>cc::gui::VerifiedSaver</name>
    <message>
        <source>Not saved: no organization was chosen.</source>
        <translation>Non enregistrée : aucune organisation n’a été choisie.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>“%1” (line %2)</source>
        <translation>« %1 » (ligne %2)</translation>
    </message>
    <message>
        <source>Choose the Organization</source>
        <translation>Choisir l’organisation</translation>
    </message>
    <message numerus="yes">
        <source>The token of %1 reaches %n organizations. Which one is this connection for? Close the question to leave this token unsaved.</source>
        <translation>
            <numerusform>Le jeton de %1 atteint %n organisation. Pour laquelle est cette connexion ? Fermez la question pour ne pas enregistrer ce jeton.</numerusform>
            <numerusform>Le jeton de %1 atteint %n organisations. Pour laquelle est cette connexion ? Fermez la question pour ne pas enregistrer ce jeton.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::WatchSchedule</name>
    <message>
        <source>systemctl could not turn the daily check on</source>
        <translation>systemctl n’a pas pu activer la vérification quotidienne</translation>
    </message>
    <message>
        <source>systemctl could not turn the daily check off</source>
        <translation>systemctl n’a pas pu désactiver la vérification quotidienne</translation>
    </message>
    <message>
        <source>%1 (exit code %2).</source>
        <translation>%1 (code de sortie %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The daily check needs systemd&apos;s user session, which a login through su, ssh or a container may not have.</source>
        <translation>La vérification quotidienne a besoin de la session utilisateur de systemd, qui peut manquer lors d’une connexion par su, ssh ou dans un conteneur.</translation>
    </message>
    <message>
        <source>systemctl could not be started (%1), so the daily check cannot be scheduled on this system. Any scheduler can run credential-connect --check-saved --notify instead.</source>
        <translation>systemctl n’a pas pu être lancé (%1)&#xa0;: la vérification quotidienne ne peut donc pas être planifiée sur ce système. Tout planificateur peut lancer credential-connect --check-saved --notify à la place.</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s); the daily check was not changed.</source>
        <translation>
            <numerusform>systemctl n’a pas répondu en %n seconde&#xa0;; la vérification quotidienne n’a pas été modifiée.</numerusform>
            <numerusform>systemctl n’a pas répondu en %n secondes&#xa0;; la vérification quotidienne n’a pas été modifiée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::saved::DesktopNotification</name>
    <message>
        <source>there is no D-Bus session bus (%1)</source>
        <translation>il n’y a pas de bus de session D-Bus (%1)</translation>
    </message>
</context>
</TS>
