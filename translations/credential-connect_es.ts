<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Application</name>
    <message>
        <source>Credential Connect cannot start</source>
        <translation>Credential Connect no puede iniciarse</translation>
    </message>
    <message>
        <source>There is no translation “%1”. Choose one of: %2.</source>
        <translation>No existe la traducción «%1». Elija una de estas: %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 could not be created (%2)</source>
        <translation>No se pudo crear %1 (%2)</translation>
    </message>
    <message>
        <source>the permissions of %1 could not be set (%2)</source>
        <translation>no se pudieron establecer los permisos de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>No se pudo escribir %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, not a file. An export replaces only a file and never follows a link: choose another name.</source>
        <translation>%1 es %2, no un archivo. Una exportación solo reemplaza un archivo y nunca sigue un enlace: elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The file is larger than 4 MiB; a bundle of authorities is far smaller.</source>
        <translation>El archivo ocupa más de 4 MiB; un conjunto de entidades de certificación ocupa mucho menos.</translation>
    </message>
    <message>
        <source>The file holds a private key. Give the certificate of the authority only, and keep the key where it was.</source>
        <translation>El archivo contiene una clave privada. Indique solo el certificado de la entidad de certificación y deje la clave donde estaba.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file cannot be read.</source>
        <translation>No se puede leer el certificado %1 del archivo.</translation>
    </message>
    <message>
        <source>The certificate “%1” expired on %2 and is not used.</source>
        <translation>El certificado «%1» caducó el %2 y no se usa.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (a block starting “-----BEGIN CERTIFICATE-----”).</source>
        <translation>El archivo no contiene ningún certificado PEM (un bloque que empiece por «-----BEGIN CERTIFICATE-----»).</translation>
    </message>
    <message>
        <source>Every certificate in the file has expired.</source>
        <translation>Todos los certificados del archivo han caducado.</translation>
    </message>
    <message>
        <source>Cannot open the CA bundle %1: %2</source>
        <translation>No se puede abrir el archivo de entidades de certificación %1: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de entidades de certificación %1: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog file %1: %2</source>
        <translation>No se puede abrir el archivo de catálogo %1: %2</translation>
    </message>
    <message>
        <source>The catalog file %1 is larger than 1 MiB.</source>
        <translation>El archivo de catálogo %1 ocupa más de 1 MiB.</translation>
    </message>
    <message>
        <source>The catalog is larger than 1 MiB.</source>
        <translation>El catálogo ocupa más de 1 MiB.</translation>
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
        <translation>&quot;%1&quot; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; supera los %2 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation>&quot;%1&quot; no es una dirección web válida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https://</source>
        <translation>&quot;%1&quot; debe usar https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a bare address without user, path or query</source>
        <translation>&quot;%1&quot; debe ser una dirección simple, sin usuario, ruta ni consulta</translation>
    </message>
    <message>
        <source>each region must be an object</source>
        <translation>cada región debe ser un objeto</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; may hold only letters, digits, dots and hyphens</source>
        <translation>el identificador de región &quot;%1&quot; solo puede contener letras, cifras, puntos y guiones</translation>
    </message>
    <message>
        <source>&quot;verify&quot; must be an object</source>
        <translation>&quot;verify&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a plain absolute path</source>
        <translation>&quot;path&quot; debe ser una ruta absoluta simple</translation>
    </message>
    <message>
        <source>unknown authentication header &quot;%1&quot;</source>
        <translation>encabezado de autenticación desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;auth_prefix&quot; must be a short printable text</source>
        <translation>&quot;auth_prefix&quot; debe ser un texto corto e imprimible</translation>
    </message>
    <message>
        <source>the Authorization header needs a scheme prefix</source>
        <translation>el encabezado Authorization necesita un prefijo de esquema</translation>
    </message>
    <message>
        <source>&quot;token&quot; must hold a &quot;usual_lengths&quot; list</source>
        <translation>&quot;token&quot; debe contener una lista &quot;usual_lengths&quot;</translation>
    </message>
    <message>
        <source>token lengths must be whole numbers from 1 to %1</source>
        <translation>las longitudes de token deben ser números enteros de 1 a %1</translation>
    </message>
    <message>
        <source>each provider must be an object</source>
        <translation>cada proveedor debe ser un objeto</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; may hold only lower-case letters, digits and hyphens</source>
        <translation>el identificador de proveedor &quot;%1&quot; solo puede contener letras minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>unknown answer format &quot;%1&quot;</source>
        <translation>formato de respuesta desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty list</source>
        <translation>&quot;regions&quot; debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>more than %1 regions</source>
        <translation>más de %1 regiones</translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>, región %1</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; appears twice</source>
        <translation>el identificador de región &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>the catalog is not a valid JSON object (%1 at offset %2)</source>
        <translation>el catálogo no es un objeto JSON válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>el catálogo debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>unsupported catalog format (expected &quot;format&quot;: %1)</source>
        <translation>formato de catálogo no admitido (se esperaba &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be a non-empty list</source>
        <translation>&quot;providers&quot; debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>more than %1 providers</source>
        <translation>más de %1 proveedores</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>proveedor %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; appears twice</source>
        <translation>el identificador de proveedor &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;rate_limit&quot; must be an object</source>
        <translation>&quot;rate_limit&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on</source>
        <translation>&quot;%1&quot; indica el puerto 0, en el que ningún servidor escucha</translation>
    </message>
    <message>
        <source>region ids &quot;%1&quot; and &quot;%2&quot; differ only in case</source>
        <translation>los identificadores de región &quot;%1&quot; y &quot;%2&quot; solo se diferencian en mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>la clave &quot;%1&quot; aparece dos veces en un mismo objeto</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Organization ID from the URL: %1</source>
        <translation>ID de organización de la URL: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Punto de conexión: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Regions asked:</source>
        <translation>Regiones consultadas:</translation>
    </message>
    <message>
        <source>Unknown option “%1”. See --help for the options.</source>
        <translation>Opción desconocida «%1». Consulte --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. The token is read from standard input, never from the command line.</source>
        <translation>Argumento inesperado «%1». El token se lee de la entrada estándar, nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>Indique el proveedor con --provider (%1).</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Known providers: %2.</source>
        <translation>Proveedor desconocido «%1». Proveedores conocidos: %2.</translation>
    </message>
    <message>
        <source>Name the region with --region (%1, or auto to find it).</source>
        <translation>Indique la región con --region (%1, o auto para buscarla).</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Give a region id (%3), its API or portal host, the address of your portal, or auto.</source>
        <translation>«%1» no es una región de %2. Indique un identificador de región (%3), su host de API o de portal, la dirección de su portal, o auto.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 and at most 600.</source>
        <translation>--timeout admite un número de segundos mayor que 0 y como máximo 600.</translation>
    </message>
    <message>
        <source>Finding the region: the token will be sent to the API host of every region of %1: %2.</source>
        <translation>Búsqueda de la región: el token se enviará al host de API de cada región de %1: %2.</translation>
    </message>
    <message>
        <source>No token arrived on standard input. Pipe it in, one line, for example from a password manager.</source>
        <translation>No ha llegado ningún token por la entrada estándar. Envíelo por una canalización, en una sola línea; por ejemplo, desde un gestor de contraseñas.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The first line of %1 must name the columns provider, region and token (CSV), or be a JSON object (JSON Lines).</source>
        <translation>La primera línea de %1 debe nombrar las columnas provider, region y token (CSV) o ser un objeto JSON (JSON Lines).</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds tokens. Make it yours alone: chmod 600 %1</source>
        <translation>Otros usuarios de este equipo pueden leer %1, y contiene tokens. Hágalo solo suyo: chmod 600 %1</translation>
    </message>
    <message>
        <source>--check-file takes the provider and the region from each row: leave out --provider and --region.</source>
        <translation>--check-file toma el proveedor y la región de cada fila: omita --provider y --region.</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1 to %1.</source>
        <translation>--jobs admite un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>El servicio respondió: %1</translation>
    </message>
    <message>
        <source>The line on standard input is longer than 64 KiB, far longer than any token. Pipe in the token alone, on one line.</source>
        <translation>La línea de la entrada estándar tiene más de 64 KiB, mucho más que cualquier token. Envíe solo el token, en una línea.</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CheckFile</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) answered, %1 read…</source>
        <translation>
            <numerusform>%n fila respondida, %1 leídas…</numerusform>
            <numerusform>%n filas respondidas, %1 leídas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 s: %2</source>
        <translation>
            <numerusform>%n fila en %1 s: %2</numerusform>
            <numerusform>%n filas en %1 s: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un campo entre comillas no se cierra antes del final del archivo.</translation>
    </message>
    <message>
        <source>The row is longer than 64 KiB.</source>
        <translation>La fila ocupa más de 64 KiB.</translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation>A la fila le falta %1.</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>La línea no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The value of %1 is not text.</source>
        <translation>El valor de %1 no es texto.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check a List</source>
        <translation>Comprobar una lista</translation>
    </message>
    <message>
        <source>Check many tokens at once: open a CSV or JSON Lines file with the columns provider, region and token (label is optional), or paste its rows, header line first. Each answer fills its row as it comes; at most 16 requests are under way at once, and 4 to one host.</source>
        <translation>Compruebe muchos tokens a la vez: abra un archivo CSV o JSON Lines con las columnas provider, region y token (label es opcional), o pegue sus filas, primero la línea de encabezado. Cada respuesta llena su fila en cuanto llega; como mucho hay 16 solicitudes en curso a la vez, y 4 a un mismo host.</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <source>Chooses a CSV or JSON Lines file and checks every row</source>
        <translation>Elige un archivo CSV o JSON Lines y comprueba cada fila</translation>
    </message>
    <message>
        <source>Rows to c&amp;heck, pasted with their header line:</source>
        <translation>Filas que &amp;comprobar, pegadas con su línea de encabezado:</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Filas que comprobar</translation>
    </message>
    <message>
        <source>Holds tokens, so a screen reader is not given its text. It is emptied when the check starts</source>
        <translation>Contiene tokens, así que un lector de pantalla no recibe su texto. Se vacía cuando empieza la comprobación</translation>
    </message>
    <message>
        <source>&amp;Check the Pasted Rows</source>
        <translation>Comprobar las filas &amp;pegadas</translation>
    </message>
    <message>
        <source>Checks every row pasted above and empties the box</source>
        <translation>Comprueba cada fila pegada arriba y vacía el cuadro</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Filas comprobadas</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Stops reading the list and sending its checks; the rows not answered are cancelled</source>
        <translation>Deja de leer la lista y de enviar sus comprobaciones; las filas sin respuesta se cancelan</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>Resp&amp;uestas:</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Mostrar solo &amp;los problemas</translation>
    </message>
    <message>
        <source>Hides the verified rows</source>
        <translation>Oculta las filas verificadas</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>One row per row of the list: its line, label, provider and region, status, who the token is and its organization</source>
        <translation>Una fila por cada fila de la lista: su línea, etiqueta, proveedor y región, estado, de quién es el token y su organización</translation>
    </message>
    <message>
        <source>&amp;Details of the selected row:</source>
        <translation>&amp;Detalles de la fila elegida:</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Detalles de la fila elegida</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exportar los resultados…</translation>
    </message>
    <message>
        <source>Writes every row&apos;s answer to a CSV file, without the tokens</source>
        <translation>Escribe la respuesta de cada fila en un archivo CSV, sin los tokens</translation>
    </message>
    <message>
        <source>&amp;Save the Verified Ones</source>
        <translation>&amp;Guardar las verificadas</translation>
    </message>
    <message>
        <source>Keeps every verified token in the system keychain as a saved connection</source>
        <translation>Guarda cada token verificado en el llavero del sistema como conexión guardada</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Closes the list; the tokens it held are forgotten</source>
        <translation>Cierra la lista; los tokens que tenía se olvidan</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer has not come yet.</source>
        <translation>La respuesta aún no ha llegado.</translation>
    </message>
    <message>
        <source>Not checked: the list was cancelled.</source>
        <translation>No comprobada: se canceló la lista.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>El servicio respondió: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Verify a token without opening a window. The token is read from standard input (one line).</source>
        <translation>Verifica un token sin abrir ninguna ventana. El token se lee de la entrada estándar (una línea).</translation>
    </message>
    <message>
        <source>Provider id: juniper-mist, juniper-routing-assurance or jumpcloud.</source>
        <translation>Identificador del proveedor: juniper-mist, juniper-routing-assurance o jumpcloud.</translation>
    </message>
    <message>
        <source>Region id (api.gc3), API host, portal host, a portal or API URL, or auto: ask every region of the provider at once; the first to accept the token wins.</source>
        <translation>Identificador de región (api.gc3), host de API, host de portal, una URL de portal o de API, o auto: consulta todas las regiones del proveedor a la vez; gana la primera que acepte el token.</translation>
    </message>
    <message>
        <source>Total time allowed for the check, in seconds (default 20, at most 600).</source>
        <translation>Tiempo total permitido para la comprobación, en segundos (20 de forma predeterminada, 600 como máximo).</translation>
    </message>
    <message>
        <source>Print one JSON object with outcome, provider, region, endpoint, http_status, retry_after_s, identity and message.</source>
        <translation>Imprime un objeto JSON con outcome, provider, region, endpoint, http_status, retry_after_s, identity y message.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, for this program only.</source>
        <translation>Confía también en las entidades de certificación de este archivo PEM, solo para este programa.</translation>
    </message>
    <message>
        <source>Use this provider catalog (JSON) instead of the built-in one, for private regions. It is checked like any untrusted input.</source>
        <translation>Usa este catálogo de proveedores (JSON) en lugar del integrado, para regiones privadas. Se comprueba como cualquier entrada que no sea de confianza.</translation>
    </message>
    <message>
        <source>Show the window in this language instead of the system&apos;s: %1.</source>
        <translation>Muestra la ventana en este idioma en lugar del idioma del sistema: %1.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Credential Connect links a Juniper Mist, Mist Routing Assurance or JumpCloud account: it asks the provider&apos;s API whether a token works and what it grants. Without --check it opens the connect window.</source>
        <translation>Credential Connect vincula una cuenta de Juniper Mist, Mist Routing Assurance o JumpCloud: pregunta a la API del proveedor si un token funciona y qué permisos concede. Sin --check, abre la ventana de conexión.</translation>
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
        <translation>Comprobación desde la línea de comandos:
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region api.gc3 --json
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region auto
Con --region auto, el token se envía al host de API de cada región del proveedor; la respuesta indica la región encontrada y enumera lo que respondió cada región (con --json, en &quot;detection&quot;).

Códigos de salida:
  0  verificado: el token funciona
  1  rechazado o prohibido: el servicio rechazó el token (con auto: todas las regiones lo rechazaron)
  2  entrada no válida: no se envió nada
  3  no se pudo determinar: límite de solicitudes, servidor, red, TLS, proxy, tiempo de espera agotado o una respuesta inesperada (con auto: en una región que no lo rechazó)
</translation>
    </message>
    <message>
        <source>Verify every token of a list without opening a window: CSV with the columns provider, region, token and optionally label, or JSON Lines with the same keys; - for standard input.</source>
        <translation>Verificar todos los tokens de una lista sin abrir ninguna ventana: CSV con las columnas provider, region, token y, opcionalmente, label, o JSON Lines con las mismas claves; - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Checking a list:
  credential-connect --check-file tokens.csv --json
The first line of a CSV file names the columns: provider,region,token,label. With --json, one object per row in the order of the file, as --check prints it, with &quot;line&quot; and &quot;label&quot;, then {&quot;summary&quot;: ...}. The same provider, region and token twice are sent once. A row that cannot be used is invalid_input; the others go on.
Exit codes: 0 every row verified; 1 some refused, forbidden or invalid, and every row answered; 2 the file cannot be read (nothing was sent); 3 some row could not be checked.
</source>
        <translation>Verificar una lista:
  credential-connect --check-file tokens.csv --json
La primera línea de un archivo CSV nombra las columnas: provider,region,token,label. Con --json, un objeto por fila en el orden del archivo, como lo imprime --check, con &quot;line&quot; y &quot;label&quot;, y después {&quot;summary&quot;: ...}. El mismo proveedor, región y token dos veces se envían una sola vez. Una fila que no se puede usar es invalid_input; las demás continúan.
Códigos de salida: 0 todas las filas verificadas; 1 algunas rechazadas, prohibidas o no válidas, y todas las filas respondidas; 2 no se puede leer el archivo (no se envió nada); 3 alguna fila no se pudo comprobar.
</translation>
    </message>
    <message>
        <source>With --check-file and --check-saved: requests in flight at once, at most (default %1, at most %2; never more than %3 to one API host).</source>
        <translation>Con --check-file y --check-saved: solicitudes simultáneas como máximo (predeterminado %1, como máximo %2; nunca más de %3 a un mismo host de la API).</translation>
    </message>
    <message>
        <source>List the saved connections and how their last check went (never a token).</source>
        <translation>Listar las conexiones guardadas y cómo fue su última comprobación (nunca un token).</translation>
    </message>
    <message>
        <source>Check every saved connection with its token from the system keychain, print one row each and record the outcome in the connection.</source>
        <translation>Comprobar cada conexión guardada con su token del llavero del sistema, imprimir una fila por cada una y registrar el resultado en la conexión.</translation>
    </message>
    <message>
        <source>Export the saved connection with this key (see --list-saved).</source>
        <translation>Exportar la conexión guardada con esta clave (véase --list-saved).</translation>
    </message>
    <message>
        <source>With --export-saved: env (the token in the clear, for the vendors&apos; tools), profile (JSON, no token) or summary (text for a ticket).</source>
        <translation>Con --export-saved: env (el token en claro, para las herramientas de los proveedores), profile (JSON, sin token) o summary (texto para un ticket).</translation>
    </message>
    <message>
        <source>With --export-saved: the file to write, or - for standard output. Needed for env and profile.</source>
        <translation>Con --export-saved: el archivo que escribir, o - para la salida estándar. Necesario para env y profile.</translation>
    </message>
    <message>
        <source>With --export-saved: replace the file given to --output if it exists.</source>
        <translation>Con --export-saved: reemplazar el archivo indicado en --output si ya existe.</translation>
    </message>
    <message>
        <source>Saved connections (tokens from the system keychain):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved exits 0 when every connection verified, 1 when some were refused and all the others verified, 3 when any could not be checked. --list-saved and --export-saved exit 0 when done, 2 when refused before anything was written, 3 when the keychain or the file could not be used.
</source>
        <translation>Códigos de salida:
  0  verificado: el token funciona
  1  rechazado o prohibido: el servicio rechazó el token (con auto: todas las regiones lo rechazaron)
  2  entrada no válida: no se envió nada
  3  no se pudo determinar: límite de solicitudes, servidor, red, TLS, proxy, tiempo de espera agotado o una respuesta inesperada (con auto: en una región que no lo rechazó)

Conexiones guardadas (tokens del llavero del sistema):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved sale con 0 si todas las conexiones se verificaron, con 1 si algunas fueron rechazadas y todas las demás se verificaron, con 3 si alguna no se pudo comprobar. --list-saved y --export-saved salen con 0 al terminar, con 2 si se rechazó antes de escribir nada, con 3 si no se pudo usar el llavero o el archivo.
</translation>
    </message>
    <message>
        <source>With --check-saved: show a desktop notification naming each connection a service has started to refuse, with what to do (Watch my connections).</source>
        <translation>Con --check-saved: mostrar una notificación de escritorio que nombra cada conexión cuyo token un servicio ha empezado a rechazar, con lo que hay que hacer (Vigilar mis conexiones).</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <source>Choose the service and its region, then paste the API token. Credential Connect asks the service whether the token works and what it grants. The token is not stored.</source>
        <translation>Elija el servicio y su región y, a continuación, pegue el token de API. Credential Connect pregunta al servicio si el token funciona y qué permisos concede. El token no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>The service whose account you are linking</source>
        <translation>El servicio cuya cuenta está vinculando</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Find my re&amp;gion</source>
        <translation>&amp;Buscar mi región</translation>
    </message>
    <message>
        <source>Asks every region of the provider whether it accepts the token, after telling you which hosts would receive it</source>
        <translation>Pregunta a todas las regiones del proveedor si aceptan el token, después de indicarle qué hosts lo recibirían</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>Find my region</source>
        <translation>Buscar mi región</translation>
    </message>
    <message>
        <source>&amp;Ask every region</source>
        <translation>Consultar todas las r&amp;egiones</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Asks the service whether the token works. Press Enter in any field to do the same.</source>
        <translation>Pregunta al servicio si el token funciona. Pulsar Intro en cualquier campo hace lo mismo.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>D&amp;on&apos;t ask</source>
        <translation>No consu&amp;ltar</translation>
    </message>
</context>
<context>
    <name>ConnectionExports</name>
    <message>
        <source>The summary is on the clipboard, ready for a ticket. It holds no token.</source>
        <translation>El resumen está en el portapapeles, listo para un ticket. No contiene el token.</translation>
    </message>
    <message>
        <source>Export the Profile</source>
        <translation>Exportar el perfil</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>Perfil (*.json)</translation>
    </message>
    <message>
        <source>The profile was not exported: %1</source>
        <translation>No se exportó el perfil: %1</translation>
    </message>
    <message>
        <source>The profile, without the token, is in %1.</source>
        <translation>El perfil, sin el token, está en %1.</translation>
    </message>
    <message>
        <source>Write the Token to a File?</source>
        <translation>¿Escribir el token en un archivo?</translation>
    </message>
    <message>
        <source>A .env file holds the token in plain text, for the vendor&apos;s own tools to read. Only you can read the file, but anyone with your account or a copy of the file can use the token. Keep it out of shared folders and version control, and delete it when it is no longer needed.</source>
        <translation>Un archivo .env contiene el token en texto sin cifrar, para que lo lean las herramientas del propio proveedor. Solo usted puede leer el archivo, pero cualquiera que tenga acceso a su cuenta o a una copia del archivo puede usar el token. Manténgalo fuera de carpetas compartidas y del control de versiones, y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Choose Where to Write It</source>
        <translation>Elegir dónde escribirlo</translation>
    </message>
    <message>
        <source>Export a .env File</source>
        <translation>Exportar un archivo .env</translation>
    </message>
    <message>
        <source>Environment file (*.env)</source>
        <translation>Archivo de entorno (*.env)</translation>
    </message>
    <message>
        <source>No .env file is offered for this connection: %1.</source>
        <translation>No se ofrece ningún archivo .env para esta conexión: %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
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
        <translation>Falla desde %1 UTC: %2</translation>
    </message>
    <message>
        <source>Verified %1 UTC</source>
        <translation>Verificada %1 UTC</translation>
    </message>
    <message>
        <source>Not checked since it was saved</source>
        <translation>No comprobada desde que se guardó</translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>%1 connection</source>
        <translation>Conexión de %1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>Región: %1 (%2)</translation>
    </message>
    <message>
        <source>Organization: %1 (ID %2)</source>
        <translation>Organización: %1 (ID %2)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identidad: %1</translation>
    </message>
    <message>
        <source>Organizations reached:</source>
        <translation>Organizaciones a las que da acceso:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Verified at: %1 UTC</source>
        <translation>Verificado: %1 UTC</translation>
    </message>
    <message>
        <source>Verified at: never</source>
        <translation>Verificado: nunca</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Enter the token: the field is empty.</source>
        <translation>Introduzca el token: el campo está vacío.</translation>
    </message>
    <message>
        <source>The token has a space or line break at character %1. Tokens never contain spaces: copy it again in one piece.</source>
        <translation>El token tiene un espacio o un salto de línea en la posición %1. Los tokens nunca contienen espacios: vuelva a copiarlo entero.</translation>
    </message>
    <message>
        <source>The token has an invisible control character at character %1. Copy it again, straight from the portal.</source>
        <translation>El token tiene un carácter de control invisible en la posición %1. Vuelva a copiarlo directamente del portal.</translation>
    </message>
    <message>
        <source>The token has a character that no token uses (“%1” at character %2), often a typographic quote or dash picked up while copying. Copy it again, straight from the portal.</source>
        <translation>El token tiene un carácter que ningún token usa («%1» en la posición %2); suele ser una comilla o un guion tipográficos que se cuelan al copiar. Vuelva a copiarlo directamente del portal.</translation>
    </message>
    <message numerus="yes">
        <source>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</source>
        <translation>
            <numerusform>Este token tiene %n carácter; los tokens de este proveedor suelen tener %1. Compruebe que se copió entero. Aun así, puede verificarlo.</numerusform>
            <numerusform>Este token tiene %n caracteres; los tokens de este proveedor suelen tener %1. Compruebe que se copió entero. Aun así, puede verificarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Check the token</source>
        <translation>Comprobar el token</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>the value of %1 holds characters that a .env file cannot carry safely (a quote, a backslash, “${”, a control or non-ASCII character)</source>
        <translation>el valor de %1 contiene caracteres que un archivo .env no puede transportar de forma segura (una comilla, una barra invertida, «${», un carácter de control o un carácter no ASCII)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>Organización %1 (ID %2)</translation>
    </message>
    <message>
        <source>This file holds the API token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>Este archivo contiene el token de API sin cifrar: manténgalo en privado y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Read by the JumpCloud PowerShell module (Connect-JCOnline) from environment variables of these names.</source>
        <translation>Lo lee el módulo de PowerShell de JumpCloud (Connect-JCOnline) desde variables de entorno con estos nombres.</translation>
    </message>
    <message>
        <source>there is no .env format for the provider %1</source>
        <translation>no existe ningún formato .env para el proveedor %1</translation>
    </message>
    <message>
        <source>For the mistapi Python package, mistapi.APISession(env_file=&quot;&lt;this file&gt;&quot;), and for Juniper&apos;s Terraform provider for Mist, which reads the environment: set -a; . ./&lt;this file&gt;; set +a</source>
        <translation>Para el paquete de Python mistapi, mistapi.APISession(env_file=&quot;&lt;este archivo&gt;&quot;), y para el proveedor de Terraform de Juniper para Mist, que lee el entorno: set -a; . ./&lt;este archivo&gt;; set +a</translation>
    </message>
    <message>
        <source>The API host, read by both.</source>
        <translation>El host de la API, que leen ambos.</translation>
    </message>
    <message>
        <source>The token, as mistapi reads it.</source>
        <translation>El token, tal como lo lee mistapi.</translation>
    </message>
    <message>
        <source>The same token, as the Terraform provider reads it.</source>
        <translation>El mismo token, tal como lo lee el proveedor de Terraform.</translation>
    </message>
    <message>
        <source>JCEnvironment=&apos;%1&apos; is read by version %2 and later of the JumpCloud PowerShell module; older versions silently connect to the US console instead, which refuses a key of the %3 console (%4).</source>
        <translation>El módulo de PowerShell de JumpCloud lee JCEnvironment=&apos;%1&apos; a partir de la versión %2; las versiones anteriores se conectan sin avisar a la consola de EE. UU., que rechaza una clave de la consola %3 (%4).</translation>
    </message>
    <message>
        <source>mistapi and Juniper&apos;s Terraform provider for Mist, the tools that read such a file, accept only the Juniper Mist cloud hosts they list, and %1 is not among them</source>
        <translation>mistapi y el proveedor de Terraform de Juniper para Mist, las herramientas que leen un archivo así, solo aceptan los hosts de la nube de Juniper Mist que tienen en su lista, y %1 no está entre ellos</translation>
    </message>
    <message>
        <source>the JumpCloud PowerShell module has no JCEnvironment value for the %1 console (%2) and would connect to the US console instead</source>
        <translation>el módulo de PowerShell de JumpCloud no tiene ningún valor de JCEnvironment para la consola %1 (%2) y se conectaría en su lugar a la consola de EE. UU.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>the answer was not in the documented form</source>
        <translation>la respuesta no tenía la forma documentada</translation>
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
        <translation>organización</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <source>MSP</source>
        <translation>MSP</translation>
    </message>
    <message>
        <source>organization group</source>
        <translation>grupo de organizaciones</translation>
    </message>
    <message>
        <source>site group</source>
        <translation>grupo de sitios</translation>
    </message>
    <message>
        <source>%1 on an unnamed %2</source>
        <translation>%1 en %2 sin nombre</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 en %2 %3</translation>
    </message>
    <message>
        <source>%1 (organization %2)</source>
        <translation>%1 (organización %2)</translation>
    </message>
    <message>
        <source>Personal token of %1</source>
        <translation>Token personal de %1</translation>
    </message>
    <message>
        <source>Personal token of %1 &lt;%2&gt;</source>
        <translation>Token personal de %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Organization token (unnamed)</source>
        <translation>Token de organización (sin nombre)</translation>
    </message>
    <message>
        <source>Organization token “%1”</source>
        <translation>Token de organización «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Multi-tenant administrator key: reaches %n organizations</source>
        <translation>
            <numerusform>Clave de administrador: da acceso a %n organización</numerusform>
            <numerusform>Clave de administrador multiinquilino: da acceso a %n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator key (no organization listed)</source>
        <translation>Clave de administrador (no figura ninguna organización)</translation>
    </message>
    <message>
        <source>Administrator key for %1</source>
        <translation>Clave de administrador de %1</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>Organización %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, custom role limited to the views %2</source>
        <translation>%1, rol personalizado limitado a las vistas %2</translation>
    </message>
    <message numerus="yes">
        <source>JumpCloud counts %n organizations; only the first %1 are listed.</source>
        <translation>
            <numerusform>JumpCloud cuenta %n organización; solo se muestran las primeras %1.</numerusform>
            <numerusform>JumpCloud cuenta %n organizaciones; solo se muestran las primeras %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token is named “%1” and was created on %2.</source>
        <translation>Este token se llama «%1» y se creó el %2.</translation>
    </message>
    <message>
        <source>This token is named “%1”.</source>
        <translation>Este token se llama «%1».</translation>
    </message>
    <message>
        <source>The account signs in to the portal through single sign-on.</source>
        <translation>La cuenta inicia sesión en el portal mediante inicio de sesión único (SSO).</translation>
    </message>
    <message>
        <source>The account signs in to the portal with a password, not through single sign-on.</source>
        <translation>La cuenta inicia sesión en el portal con una contraseña, no mediante inicio de sesión único.</translation>
    </message>
    <message numerus="yes">
        <source>The MSP %1 has %n organizations.</source>
        <translation>
            <numerusform>El MSP %1 tiene %n organización.</numerusform>
            <numerusform>El MSP %1 tiene %n organizaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>API calls this hour, by the whole account: %1 of %2.</source>
        <translation>Llamadas a la API en esta hora, de toda la cuenta: %1 de %2.</translation>
    </message>
    <message>
        <source>API calls this hour by this token: %1 of %2.</source>
        <translation>Llamadas a la API de este token en esta hora: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more organizations</source>
        <translation>
            <numerusform>…y %n organización más</numerusform>
            <numerusform>…y %n organizaciones más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpCloudAnswer</name>
    <message>
        <source>the organizations after the first %1</source>
        <translation>las organizaciones después de las primeras %1</translation>
    </message>
    <message>
        <source>Check that the key was copied in full. Generating a new API key revokes the old one, and keys that start with jca_ can expire, so a key that once worked may no longer. Keys also work only in their own region: this check asked %1 (%2).</source>
        <translation>Compruebe que la clave se copió entera. Generar una clave de API nueva revoca la anterior, y las claves que empiezan por jca_ pueden caducar, así que una clave que funcionó en su momento puede haber dejado de funcionar. Además, las claves solo funcionan en su propia región: esta comprobación consultó %1 (%2).</translation>
    </message>
    <message>
        <source>API access must be on for your administrator account, and only an administrator with the Billing role can turn it on.</source>
        <translation>El acceso a la API debe estar activado para su cuenta de administrador, y solo un administrador con el rol Billing puede activarlo.</translation>
    </message>
</context>
<context>
    <name>KeepPage</name>
    <message>
        <source>Keep the connection</source>
        <translation>Conservar la conexión</translation>
    </message>
    <message>
        <source>Save it to check it again later without pasting the token, copy a summary for a ticket, or export it for a script.</source>
        <translation>Guárdela para volver a comprobarla más adelante sin pegar el token, copie un resumen para un ticket o expórtela para un script.</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>&amp;Guardar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system&apos;s keychain and the rest of the profile in the program&apos;s settings</source>
        <translation>Guarda el token en el llavero del sistema operativo y el resto del perfil en la configuración del programa</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copiar &amp;resumen</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>Copia en el portapapeles el proveedor, la región, la identidad y los roles para un ticket; nunca el token</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exportar &amp;perfil…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>Escribe el perfil en formato JSON, sin el token</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>Exportar archivo .&amp;env…</translation>
    </message>
    <message>
        <source>Writes the token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>Escribe el token y su host, con los nombres que leen las herramientas del propio proveedor, en un archivo que solo usted puede leer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha ocurrido</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Credential Connect cannot open its window: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect no puede abrir su ventana: %1. La comprobación desde la línea de comandos (--check) sigue funcionando.</translation>
    </message>
    <message>
        <source>Credential Connect cannot reach its saved connections: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect no puede acceder a sus conexiones guardadas: %1. La comprobación desde la línea de comandos (--check) sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>MistAnswer</name>
    <message>
        <source>Mist allows 5,000 calls an hour per token; personal tokens share that budget with every other token and portal session of the same account.</source>
        <translation>Mist permite 5000 llamadas por hora por token; los tokens personales comparten ese cupo con todos los demás tokens y sesiones del portal de la misma cuenta.</translation>
    </message>
    <message>
        <source>the account&apos;s list of tokens does not show this one</source>
        <translation>la lista de tokens de la cuenta no muestra este</translation>
    </message>
    <message>
        <source>several of the account&apos;s tokens begin and end like this one</source>
        <translation>varios tokens de la cuenta empiezan y terminan como este</translation>
    </message>
    <message>
        <source>this token&apos;s name and creation date</source>
        <translation>el nombre y la fecha de creación de este token</translation>
    </message>
    <message>
        <source>the organizations of the MSP %1</source>
        <translation>las organizaciones del MSP %1</translation>
    </message>
    <message>
        <source>this hour&apos;s API calls</source>
        <translation>las llamadas a la API de esta hora</translation>
    </message>
    <message>
        <source>Check that the token was copied in full. Mist also refuses a token that was deleted, and removes a personal token unused for 90 days. An organization token limited to certain source addresses is refused from any other network. A valid token sent to the wrong region is refused the same way: this check asked %1 (%2); your portal&apos;s address shows your region, for example %3.</source>
        <translation>Compruebe que el token se copió entero. Mist también rechaza los tokens eliminados y elimina los tokens personales que llevan 90 días sin usarse. Un token de organización limitado a ciertas direcciones de origen se rechaza desde cualquier otra red. Un token válido enviado a la región equivocada se rechaza de la misma forma: esta comprobación consultó %1 (%2); la dirección de su portal indica su región, por ejemplo %3.</translation>
    </message>
    <message>
        <source>An organization token limited to certain source addresses is refused from any other network: check from a network the token allows.</source>
        <translation>Un token de organización limitado a ciertas direcciones de origen se rechaza desde cualquier otra red: compruébelo desde una red que el token permita.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>El servicio pide esperar %n minuto antes de volver a intentarlo.</numerusform>
            <numerusform>El servicio pide esperar %n minutos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>El servicio pide esperar %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>El servicio pide esperar %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was issued to “%1” by “%2”.</source>
        <translation>El certificado lo emitió «%2» a nombre de «%1».</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so the token was not sent.</source>
        <translation>No se pudo confiar en la conexión segura con %1, así que no se envió el token.</translation>
    </message>
    <message>
        <source>A network that inspects encrypted traffic causes this. Ask your IT department whether its certificate authority should be installed on this computer.</source>
        <translation>Esto ocurre en redes que inspeccionan el tráfico cifrado. Pregunte a su departamento de TI si debe instalarse su entidad de certificación en este equipo.</translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check the network connection and, if you use a VPN or a proxy, that it is connected.</source>
        <translation>No se encontró la dirección %1. Compruebe la conexión de red y, si usa una VPN o un proxy, que esté conectado.</translation>
    </message>
    <message>
        <source>%1 refused the connection. A firewall may block it: check the network connection, or ask your IT department.</source>
        <translation>%1 rechazó la conexión. Puede que un firewall la esté bloqueando: compruebe la conexión de red o consulte a su departamento de TI.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again; if it happens again, a firewall or proxy may be interfering.</source>
        <translation>La conexión con %1 se cerró antes de completarse la respuesta. Vuelva a intentarlo; si vuelve a ocurrir, puede que un firewall o un proxy esté interfiriendo.</translation>
    </message>
    <message>
        <source>The network failed while asking %1. Check the connection and try again.</source>
        <translation>Se produjo un error de red al consultar %1. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The proxy server</source>
        <translation>El servidor proxy</translation>
    </message>
    <message>
        <source>The proxy server %1</source>
        <translation>El servidor proxy %1</translation>
    </message>
    <message>
        <source>%1 refused or dropped the connection. Check the proxy settings of this computer.</source>
        <translation>%1 rechazó o cortó la conexión. Revise la configuración de proxy de este equipo.</translation>
    </message>
    <message>
        <source>%1 could not be used. Check the proxy settings of this computer.</source>
        <translation>%1 no se pudo usar. Revise la configuración de proxy de este equipo.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect. Redirects are never followed, so the token went nowhere else. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 respondió con una redirección. Las redirecciones nunca se siguen, así que el token no se envió a ningún otro sitio. La página de inicio de sesión de la red de un hotel o de invitados puede causarlo: abra primero una página web en el navegador.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Redirects are never followed, so the token was not sent there. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 redirigió la solicitud a %2. Las redirecciones nunca se siguen, así que el token no se envió allí. La página de inicio de sesión de la red de un hotel o de invitados puede causarlo: abra primero una página web en el navegador.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than any real answer (over 1 MiB) and was cut off. Something between you and the service may be interfering.</source>
        <translation>La respuesta de %1 era mayor que cualquier respuesta real (más de 1 MiB) y se cortó. Puede que algo entre usted y el servicio esté interfiriendo.</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the API sends; it may be a web page. A sign-in page of a hotel or guest network, or a proxy, may be answering instead: open a web page in your browser, then try again.</source>
        <translation>La respuesta de %1 no es la que envía la API; puede que sea una página web. Puede que en su lugar esté respondiendo la página de inicio de sesión de la red de un hotel o de invitados, o un proxy: abra una página web en el navegador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 answered, but not in the form this check expects, so it cannot tell what the token grants. Try again later; if it persists, report it with the details below.</source>
        <translation>%1 respondió, pero no en el formato que espera esta comprobación, así que no se puede saber qué permisos concede el token. Vuelva a intentarlo más tarde; si el problema persiste, notifíquelo con los detalles que aparecen abajo.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2, which a check does not expect. Check the region; if it persists, report it with the details below.</source>
        <translation>%1 respondió con el estado HTTP %2, que una comprobación no espera. Compruebe la región; si el problema persiste, notifíquelo con los detalles que aparecen abajo.</translation>
    </message>
    <message>
        <source>Verified: the token works</source>
        <translation>Verificado: el token funciona</translation>
    </message>
    <message>
        <source>%1 (%2) accepted the token.</source>
        <translation>%1 (%2) aceptó el token.</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token rechazado</translation>
    </message>
    <message>
        <source>%1 did not accept this token.</source>
        <translation>%1 no aceptó este token.</translation>
    </message>
    <message>
        <source>Token recognised, access denied</source>
        <translation>Token reconocido, acceso denegado</translation>
    </message>
    <message>
        <source>%1 recognised the token but denied access to its own details. The account or token lacks a permission: ask an administrator of your organization to grant API access, or use a token with a higher role.</source>
        <translation>%1 reconoció el token, pero denegó el acceso a sus propios datos. A la cuenta o al token le falta un permiso: pida a un administrador de su organización que conceda acceso a la API, o use un token con un rol superior.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>%1 is limiting requests for this token.</source>
        <translation>%1 está limitando las solicitudes de este token.</translation>
    </message>
    <message>
        <source>The service has a problem</source>
        <translation>El servicio tiene un problema</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2). The fault is on the service&apos;s side, not with the token.</source>
        <translation>%1 respondió con un error de servidor (HTTP %2). El fallo está en el servicio, no en el token.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the network connection, VPN or proxy, then try again.</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo. Compruebe la conexión de red, la VPN o el proxy y vuelva a intentarlo.</numerusform>
            <numerusform>%1 no respondió en %n segundos. Compruebe la conexión de red, la VPN o el proxy y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the service</source>
        <translation>No se pudo conectar con el servicio</translation>
    </message>
    <message>
        <source>Connection not trusted</source>
        <translation>Conexión no fiable</translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation>Problema con el proxy</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Revise los datos introducidos</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>The limit starts again at the full hour: try again after %1 UTC.</source>
        <translation>El límite se reinicia a la hora en punto: vuelva a intentarlo después de las %1 UTC.</translation>
    </message>
    <message>
        <source>%1 asks for a sign-in, and none was given, so the token was not sent. Sign in to the proxy when the window asks; for the command line, put the user name and password in the proxy address (https_proxy=http://user:password@host:port). Your IT department knows which sign-in the proxy takes.</source>
        <translation>%1 pide un inicio de sesión y no se dio ninguno, así que el token no se envió. Inicie sesión en el proxy cuando la ventana lo pida; para la línea de comandos, ponga el usuario y la contraseña en la dirección del proxy (https_proxy=http://usuario:contraseña@host:puerto). Su departamento de TI sabe qué inicio de sesión acepta el proxy.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password it was given, so the token was not sent. Check them and try again; your IT department can tell you which sign-in the proxy takes.</source>
        <translation>%1 rechazó el usuario o la contraseña que se le dio, así que el token no se envió. Compruébelos e inténtelo de nuevo; su departamento de TI puede decirle qué inicio de sesión acepta el proxy.</translation>
    </message>
</context>
<context>
    <name>ProgramInputs</name>
    <message>
        <source>The provider catalog cannot be used: %1.</source>
        <translation>No se puede usar el catálogo de proveedores: %1.</translation>
    </message>
</context>
<context>
    <name>ProviderGuide</name>
    <message>
        <source>Cloud management for Juniper Mist wireless, wired and WAN networks.</source>
        <translation>Gestión en la nube de redes inalámbricas, cableadas y WAN de Juniper Mist.</translation>
    </message>
    <message>
        <source>Personal or organization token?</source>
        <translation>¿Token personal o de organización?</translation>
    </message>
    <message>
        <source>A personal token belongs to your own account and can do exactly what you can do, in every organization and MSP you can reach. Choose it for your own scripts and quick checks. It stops working when your account loses access.</source>
        <translation>Un token personal pertenece a su propia cuenta y puede hacer exactamente lo mismo que usted, en todas las organizaciones y MSP a los que tiene acceso. Elíjalo para sus propios scripts y comprobaciones rápidas. Deja de funcionar cuando su cuenta pierde el acceso.</translation>
    </message>
    <message>
        <source>An organization token belongs to one organization, not to a person, and keeps working when people leave. You choose its rights when you make it. Choose it for integrations, service accounts and anything that must outlive one job.</source>
        <translation>Un token de organización pertenece a una organización, no a una persona, y sigue funcionando cuando alguien se marcha. Sus permisos se eligen al crearlo. Elíjalo para integraciones, cuentas de servicio y todo lo que deba seguir funcionando aunque cambie el personal.</translation>
    </message>
    <message>
        <source>Every token may make 5,000 API calls an hour. Personal tokens share that budget with each other and with your own use of the portal; each organization token has a budget of its own.</source>
        <translation>Cada token puede hacer 5000 llamadas a la API por hora. Los tokens personales comparten ese cupo entre sí y con su propio uso del portal; cada token de organización tiene su propio cupo.</translation>
    </message>
    <message>
        <source>If your organization signs in through single sign-on (SSO), the portal does not let you make personal tokens: ask an administrator for an organization token instead.</source>
        <translation>Si su organización inicia sesión mediante inicio de sesión único (SSO), el portal no le permite crear tokens personales: pida a un administrador un token de organización.</translation>
    </message>
    <message>
        <source>Make a personal token</source>
        <translation>Crear un token personal</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region (the button below opens it).</source>
        <translation>Inicie sesión en el portal de su región (el botón de abajo lo abre).</translation>
    </message>
    <message>
        <source>Open the account menu at the top right and choose My Account.</source>
        <translation>Abra el menú de la cuenta, arriba a la derecha, y elija «My Account».</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token, give the token a name, and choose Generate.</source>
        <translation>En la sección «API Token», elija «Create Token», asigne un nombre al token y elija «Generate».</translation>
    </message>
    <message>
        <source>Copy the key with the copy button beside it, then choose Done.</source>
        <translation>Copie la clave con el botón de copiar que hay a su lado y, después, elija «Done».</translation>
    </message>
    <message>
        <source>Make an organization token</source>
        <translation>Crear un token de organización</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region and open Organization, then Settings.</source>
        <translation>Inicie sesión en el portal de su región y abra «Organization» y, después, «Settings».</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token and pick the access level the token needs: no more than the job requires.</source>
        <translation>En la sección «API Token», elija «Create Token» y seleccione el nivel de acceso que necesita el token: no más del que requiera la tarea.</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key with the copy button beside it.</source>
        <translation>Elija «Generate» y copie la clave con el botón de copiar que hay a su lado.</translation>
    </message>
    <message>
        <source>Choose Done, then Save at the top right of the settings page.</source>
        <translation>Elija «Done» y, después, «Save», arriba a la derecha de la página de configuración.</translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translation>Antes de continuar</translation>
    </message>
    <message>
        <source>The portal shows the whole key only once, right after you make it. Copy it before you close the window; a lost key cannot be shown again, only replaced.</source>
        <translation>El portal muestra la clave completa una sola vez, justo después de crearla. Cópiela antes de cerrar la ventana; una clave perdida no se puede volver a mostrar, solo sustituir.</translation>
    </message>
    <message>
        <source>Your region is the one in your portal&apos;s address: manage.gc3.mist.com is EMEA 02, for example. On the next page you can also paste that address, or let the program find the region for you.</source>
        <translation>Su región es la que aparece en la dirección de su portal: manage.gc3.mist.com es EMEA 02, por ejemplo. En la página siguiente también puede pegar esa dirección o dejar que el programa busque la región por usted.</translation>
    </message>
    <message>
        <source>Juniper&apos;s cloud service that watches the health of your WAN routing.</source>
        <translation>El servicio en la nube de Juniper que vigila el estado del enrutamiento de su WAN.</translation>
    </message>
    <message>
        <source>Make a token</source>
        <translation>Crear un token</translation>
    </message>
    <message>
        <source>Sign in to the Routing Assurance portal (the button below opens it).</source>
        <translation>Inicie sesión en el portal de Routing Assurance (el botón de abajo lo abre).</translation>
    </message>
    <message>
        <source>Open Organization, then Settings, and choose Create Token.</source>
        <translation>Abra «Organization» y, después, «Settings», y elija «Create Token».</translation>
    </message>
    <message>
        <source>Give the token a name and a role: Super User, Network Admin, Observer or Helpdesk. Pick the lowest role that does the job.</source>
        <translation>Asigne al token un nombre y un rol: Super User, Network Admin, Observer o Helpdesk. Elija el rol más bajo que permita hacer el trabajo.</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key from the Key field before you close the page.</source>
        <translation>Elija «Generate» y copie la clave del campo «Key» antes de cerrar la página.</translation>
    </message>
    <message>
        <source>Deleting a token later cuts off everything that uses it at once.</source>
        <translation>Si más adelante elimina un token, todo lo que lo usa deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <source>Directory, single sign-on and device management in the cloud.</source>
        <translation>Directorio, inicio de sesión único y gestión de dispositivos en la nube.</translation>
    </message>
    <message>
        <source>Get your administrator API key</source>
        <translation>Obtener su clave de API de administrador</translation>
    </message>
    <message>
        <source>Sign in to the JumpCloud Admin Portal of your region (the button below opens it).</source>
        <translation>Inicie sesión en el JumpCloud Admin Portal de su región (el botón de abajo lo abre).</translation>
    </message>
    <message>
        <source>Generating a new key revokes the old one at once: every script and integration that still uses the old key stops working. If your key is in use elsewhere, use that key here rather than making a new one.</source>
        <translation>Generar una clave nueva revoca la anterior de inmediato: todos los scripts e integraciones que aún usen la clave anterior dejarán de funcionar. Si su clave se usa en otro sitio, use esa misma clave aquí en lugar de crear una nueva.</translation>
    </message>
    <message>
        <source>The key acts with all the rights of your administrator account. Treat it like your password.</source>
        <translation>La clave actúa con todos los permisos de su cuenta de administrador. Trátela como su contraseña.</translation>
    </message>
    <message>
        <source>Sign in to the %1 portal of your region (the button below opens it).</source>
        <translation>Inicie sesión en el portal de %1 de su región (el botón de abajo lo abre).</translation>
    </message>
    <message>
        <source>Make an API token in the portal&apos;s settings and copy it.</source>
        <translation>Cree un token de API en la configuración del portal y cópielo.</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <source>An organization token can be limited to certain source addresses, and the list cannot be changed once the token exists. Such a token is refused from any other network, so check it from a network the token allows.</source>
        <translation>Un token de organización se puede limitar a ciertas direcciones de origen, y esa lista no se puede cambiar una vez creado el token. Desde cualquier otra red, ese token se rechaza, así que compruébelo desde una red que el token permita.</translation>
    </message>
    <message>
        <source>Mist removes a personal token that has not been used for 90 days. A token found in an old note may already be gone.</source>
        <translation>Mist elimina los tokens personales que llevan 90 días sin usarse. Puede que un token encontrado en una nota antigua ya no exista.</translation>
    </message>
    <message>
        <source>API access is off for a new administrator, and only an administrator with the Billing role can turn it on. If the portal says you may not view or generate a key, ask one of them to turn on API access for your account.</source>
        <translation>El acceso a la API está desactivado para los administradores nuevos, y solo un administrador con el rol Billing puede activarlo. Si el portal indica que no puede ver ni generar una clave, pida a uno de ellos que active el acceso a la API para su cuenta.</translation>
    </message>
    <message>
        <source>Open the account menu (your initials) and choose My API Key.</source>
        <translation>Abra el menú de la cuenta (sus iniciales) y elija «My API Key».</translation>
    </message>
    <message>
        <source>Choose Generate New API Key and copy the key at once: JumpCloud shows a key only when it is made, never again.</source>
        <translation>Elija «Generate New API Key» y copie la clave enseguida: JumpCloud solo muestra una clave cuando se crea, nunca más.</translation>
    </message>
    <message>
        <source>Keys that start with jca_ can carry an expiry date; a new key lasts 90 days unless another date is chosen. A key that worked before and is refused now may simply have expired.</source>
        <translation>Las claves que empiezan por jca_ pueden tener fecha de caducidad; una clave nueva dura 90 días, salvo que se elija otra fecha. Una clave que antes funcionaba y ahora se rechaza puede haber caducado, sin más.</translation>
    </message>
    <message>
        <source>Several organizations</source>
        <translation>Varias organizaciones</translation>
    </message>
    <message>
        <source>If your key reaches several organizations (a multi-tenant administrator), you will choose the one this connection is for after the check.</source>
        <translation>Si su clave da acceso a varias organizaciones (administrador multiinquilino), elegirá la de esta conexión después de la comprobación.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Which service?</source>
        <translation>¿Qué servicio?</translation>
    </message>
    <message>
        <source>Choose the service whose account you are connecting. The next pages show how to get its API token and check it.</source>
        <translation>Elija el servicio cuya cuenta va a conectar. Las páginas siguientes muestran cómo obtener su token de API y comprobarlo.</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>S&amp;ervicio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>The service whose account you are connecting</source>
        <translation>El servicio cuya cuenta va a conectar</translation>
    </message>
</context>
<context>
    <name>ProxySignInDialog</name>
    <message>
        <source>Proxy Sign-In</source>
        <translation>Inicio de sesión en el proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;Keep them in the system keychain for this proxy</source>
        <translation>&amp;Guardarlos en el llavero del sistema para este proxy</translation>
    </message>
    <message>
        <source>Off: they are forgotten when the program closes</source>
        <translation>Desactivado: se olvidan al cerrar el programa</translation>
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
        <translation>Región encontrada</translation>
    </message>
    <message>
        <source>Found your region: %1 accepted the token.</source>
        <translation>Región encontrada: %1 aceptó el token.</translation>
    </message>
    <message>
        <source>No region accepted the token</source>
        <translation>Ninguna región aceptó el token</translation>
    </message>
    <message>
        <source>Every region of %1 refused this token, so the region is not the problem: the token is mistyped, was deleted, or has expired. Copy it again in full, or make a new one.</source>
        <translation>Todas las regiones de %1 rechazaron este token, así que el problema no es la región: el token está mal escrito, se ha eliminado o ha caducado. Vuelva a copiarlo entero o cree uno nuevo.</translation>
    </message>
    <message>
        <source>Region found, access denied</source>
        <translation>Región encontrada, acceso denegado</translation>
    </message>
    <message>
        <source>The token belongs to %1.</source>
        <translation>El token pertenece a %1.</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Revise los datos introducidos</translation>
    </message>
    <message>
        <source>%1 has no regions to ask. Nothing was sent.</source>
        <translation>%1 no tiene regiones que consultar. No se envió nada.</translation>
    </message>
    <message>
        <source>Region not found for certain</source>
        <translation>Región no encontrada con certeza</translation>
    </message>
    <message>
        <source>The regions of %1 that could be checked refused the token, but not every region could be checked: %2. The token may belong to a region that could not be checked.</source>
        <translation>Las regiones de %1 que se pudieron comprobar rechazaron el token, pero no se pudieron comprobar todas: %2. Puede que el token pertenezca a una región que no se pudo comprobar.</translation>
    </message>
    <message>
        <source>No region could be checked</source>
        <translation>No se pudo comprobar ninguna región</translation>
    </message>
    <message>
        <source>No region of %1 could be checked, so it is not known whether the token works.</source>
        <translation>No se pudo comprobar ninguna región de %1, así que no se sabe si el token funciona.</translation>
    </message>
    <message>
        <source>accepted the token</source>
        <translation>aceptó el token</translation>
    </message>
    <message>
        <source>refused the token</source>
        <translation>rechazó el token</translation>
    </message>
    <message>
        <source>recognised the token, denied access</source>
        <translation>reconoció el token, acceso denegado</translation>
    </message>
    <message>
        <source>not asked: the address is not allowed</source>
        <translation>no se consultó: la dirección no está permitida</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>demasiadas solicitudes</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>dirección no encontrada</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>connection closed before the answer</source>
        <translation>conexión cerrada antes de la respuesta</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>connection not trusted</source>
        <translation>conexión no fiable</translation>
    </message>
    <message>
        <source>proxy problem</source>
        <translation>problema con el proxy</translation>
    </message>
    <message>
        <source>redirected elsewhere, not followed</source>
        <translation>redirigió a otra dirección; no se siguió</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>respuesta inesperada</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Region found, rate limited</source>
        <translation>Región encontrada, solicitudes limitadas</translation>
    </message>
    <message>
        <source>The token belongs to %1: %2 limits only the tokens it knows and refuses the others, so the limit shows that the token is at home there. What it grants can be checked once the limit is over.</source>
        <translation>El token pertenece a %1: %2 solo limita los tokens que conoce y rechaza los demás, así que el límite muestra que el token es de allí. Lo que permite podrá comprobarse cuando termine el límite.</translation>
    </message>
    <message>
        <source>stopped because the token&apos;s region was found first</source>
        <translation>se detuvo porque antes se encontró la región del token</translation>
    </message>
</context>
<context>
    <name>RegionField</name>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>Elija la región, escriba su subdominio o host de API, o pegue la dirección de su portal</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>es %1, no un archivo normal</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What the token is and grants</source>
        <translation>Qué es el token y qué permite</translation>
    </message>
    <message>
        <source>&amp;Organization this connection is for:</source>
        <translation>&amp;Organización de esta conexión:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>The organization this connection is for, among those the token reaches</source>
        <translation>La organización de esta conexión, entre aquellas a las que da acceso el token</translation>
    </message>
    <message>
        <source>F&amp;ilter by name or ID:</source>
        <translation>F&amp;iltrar por nombre o ID:</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Filtrar organizaciones</translation>
    </message>
    <message>
        <source>Shows only the organizations whose name or ID contains the typed text; the Down arrow key moves to the list</source>
        <translation>Muestra solo las organizaciones cuyo nombre o ID contiene el texto escrito; la tecla de flecha abajo pasa a la lista</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
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
        <translation>No hay conexiones guardadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) checked: %1.</source>
        <translation>
            <numerusform>%n conexión comprobada: %1.</numerusform>
            <numerusform>%n conexiones comprobadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>No se escribió el archivo .env: %1.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>No se exportó nada: %1.</translation>
    </message>
    <message>
        <source>There is no saved connection “%1”. --list-saved lists their keys.</source>
        <translation>No hay ninguna conexión guardada «%1». --list-saved muestra sus claves.</translation>
    </message>
    <message>
        <source>--format takes env, profile or summary.</source>
        <translation>--format admite env, profile o summary.</translation>
    </message>
    <message>
        <source>There is no .env export for this connection: %1.</source>
        <translation>No hay exportación .env para esta conexión: %1.</translation>
    </message>
    <message>
        <source>--format %1 writes a file: name it with --output FILE, or give --output - to print it.</source>
        <translation>--format %1 escribe un archivo: indíquelo con --output ARCHIVO, o use --output - para imprimirlo.</translation>
    </message>
    <message>
        <source>%1 exists already. Add --force to replace it.</source>
        <translation>%1 ya existe. Añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>The profile is in %1. It holds no token.</source>
        <translation>El perfil está en %1. No contiene ningún token.</translation>
    </message>
    <message>
        <source>The summary is in %1. It holds no token.</source>
        <translation>El resumen está en %1. No contiene ningún token.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Warning: the extra certificate authorities of the settings are not trusted: %1</source>
        <translation>Advertencia: no se confía en las autoridades de certificación adicionales de la configuración: %1</translation>
    </message>
    <message>
        <source>Give one of --list-saved, --check-saved and --export-saved.</source>
        <translation>Indique una sola de --list-saved, --check-saved y --export-saved.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Warning: the desktop notification could not be shown: %1</source>
        <translation>Advertencia: no se pudo mostrar la notificación de escritorio: %1</translation>
    </message>
    <message>
        <source>--notify goes with --check-saved only.</source>
        <translation>--notify solo se usa con --check-saved.</translation>
    </message>
</context>
<context>
    <name>SavedConnectionsView</name>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Conectar una cuenta…</translation>
    </message>
    <message>
        <source>Opens the setup wizard: choose the service, get a token, check it and keep it</source>
        <translation>Abre el asistente de configuración: elija el servicio, obtenga un token, compruébelo y consérvelo</translation>
    </message>
    <message>
        <source>Saved c&amp;onnections:</source>
        <translation>C&amp;onexiones guardadas:</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>Service and region</source>
        <translation>Servicio y región</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Token of</source>
        <translation>Titular del token</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>&amp;Volver a verificar</translation>
    </message>
    <message>
        <source>Checks the stored token with the service again, without showing it</source>
        <translation>Vuelve a comprobar con el servicio el token guardado, sin mostrarlo</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copiar &amp;resumen</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>Copia en el portapapeles el proveedor, la región, la identidad y los roles para un ticket; nunca el token</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exportar &amp;perfil…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>Escribe el perfil en formato JSON, sin el token</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>Exportar archivo .&amp;env…</translation>
    </message>
    <message>
        <source>Writes the stored token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>Escribe el token guardado y su host, con los nombres que leen las herramientas del propio proveedor, en un archivo que solo usted puede leer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Removes the connection: its token from the keychain and its profile from the settings</source>
        <translation>Elimina la conexión: su token del llavero y su perfil de la configuración</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha ocurrido</translation>
    </message>
    <message>
        <source>Each saved connection with its service, region, organization, token holder, when it was last verified and how its last check went</source>
        <translation>Cada conexión guardada con su servicio, región, organización, titular del token, cuándo se verificó por última vez y cómo fue su última comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Re-verify all</source>
        <translation>Volver a verificar todas</translation>
    </message>
    <message>
        <source>Checks every saved connection&apos;s stored token again, a few at a time, and shows each outcome in the Status column</source>
        <translation>Vuelve a comprobar el token guardado de cada conexión guardada, unas pocas a la vez, y muestra cada resultado en la columna Estado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Where a company proxy inspects encrypted traffic, IT normally installs its root certificate in the system, and Credential Connect trusts it from there. If IT gave you the certificate as a file instead, choose it here: only this program will trust it, besides the system&apos;s own certificate authorities.</source>
        <translation>Si un proxy corporativo inspecciona el tráfico cifrado, el departamento de TI suele instalar su certificado raíz en el sistema, y Credential Connect confía en él desde ahí. Si TI le ha dado el certificado en un archivo, elíjalo aquí: solo este programa confiará en él, además de en las entidades de certificación del propio sistema.</translation>
    </message>
    <message>
        <source>Extra certificate &amp;authorities (PEM file):</source>
        <translation>Entidades de certificación &amp;adicionales (archivo PEM):</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>Ninguno: solo las entidades de certificación del sistema</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Entidades de certificación adicionales</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>La ruta de un archivo PEM con las entidades de certificación que le ha dado su departamento de TI; vacía si no hay ninguno</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Watch my connections</source>
        <translation>&amp;Vigilar mis conexiones</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>Una vez al día, comprobar cada conexión guardada y mostrar una notificación de escritorio cuando una deje de funcionar</translation>
    </message>
    <message>
        <source>Once a day, even while this window is closed, every saved connection is checked with its token from the keychain. When a service starts refusing a token, a desktop notification names the connection and says what to do. A systemd timer of your user account runs the check.</source>
        <translation>Una vez al día, incluso con esta ventana cerrada, se comprueba cada conexión guardada con su token del llavero. Cuando un servicio empieza a rechazar un token, una notificación de escritorio nombra la conexión y dice qué hacer. La comprobación la ejecuta un temporizador de systemd de su cuenta de usuario.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the settings file %1 is damaged and was left as it is</source>
        <translation>el archivo de configuración %1 está dañado y se ha dejado como estaba</translation>
    </message>
    <message>
        <source>the settings file %1 could not be written</source>
        <translation>no se pudo escribir el archivo de configuración %1</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read (%2)</source>
        <translation>no se puede leer el archivo de configuración %1 (%2)</translation>
    </message>
    <message>
        <source>the settings file %1 is %2 MB, far more than the program writes, so it was left as it is</source>
        <translation>el archivo de configuración %1 ocupa %2 MB, mucho más de lo que escribe el programa, así que se dejó como estaba</translation>
    </message>
    <message>
        <source>the settings file %1 is being written by another window or program, which did not finish within %2 seconds</source>
        <translation>otra ventana u otro programa está escribiendo el archivo de configuración %1 y no terminó en %2 segundos</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Paste the token here</source>
        <translation>Pegue aquí el token</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>El token secreto del portal del proveedor. Permanece oculto mientras escribe y nunca se guarda.</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token</source>
        <translation>Muestra u oculta los caracteres del token</translation>
    </message>
</context>
<context>
    <name>TokenGuidePage</name>
    <message>
        <source>Get a token</source>
        <translation>Obtener un token</translation>
    </message>
    <message>
        <source>How to get a token</source>
        <translation>Cómo obtener un token</translation>
    </message>
    <message>
        <source>Steps to make an API token in the service&apos;s portal</source>
        <translation>Pasos para crear un token de API en el portal del servicio</translation>
    </message>
    <message>
        <source>Your &amp;portal:</source>
        <translation>Su &amp;portal:</translation>
    </message>
    <message>
        <source>Your portal</source>
        <translation>Su portal</translation>
    </message>
    <message>
        <source>The region whose portal you sign in to; the token is checked in the same region</source>
        <translation>La región en cuyo portal inicia sesión; el token se comprueba en esa misma región</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>A&amp;brir en el navegador</translation>
    </message>
    <message>
        <source>Opens the chosen region&apos;s portal in your web browser</source>
        <translation>Abre el portal de la región elegida en su navegador web</translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>Token (input hidden): </source>
        <translation>Token (entrada oculta): </translation>
    </message>
</context>
<context>
    <name>WatchNotice</name>
    <message>
        <source>Juniper Mist deletes a personal token unused for 90 days, and an organization token works only from the networks it allows: make a new token in the Mist portal and save the connection again (File › Connect an Account…).</source>
        <translation>Juniper Mist elimina un token personal sin usar durante 90 días, y un token de organización solo funciona desde las redes que permite: cree un token nuevo en el portal de Mist y guarde de nuevo la conexión (Archivo › Conectar una cuenta…).</translation>
    </message>
    <message>
        <source>A new JumpCloud API key revokes the old one, and keys starting with jca_ expire: save the connection again with the current key (File › Connect an Account…).</source>
        <translation>Una clave de API nueva de JumpCloud revoca la anterior, y las claves que empiezan por jca_ caducan: guarde de nuevo la conexión con la clave actual (Archivo › Conectar una cuenta…).</translation>
    </message>
    <message>
        <source>A token deleted in the portal is refused from then on: make a new token and save the connection again (File › Connect an Account…).</source>
        <translation>Un token eliminado en el portal se rechaza desde ese momento: cree un token nuevo y guarde de nuevo la conexión (Archivo › Conectar una cuenta…).</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s) stopped working</source>
        <translation>
            <numerusform>%n conexión guardada dejó de funcionar</numerusform>
            <numerusform>%n conexiones guardadas dejaron de funcionar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the service now denies its token access.</source>
        <translation>%1: el servicio ahora niega el acceso a su token.</translation>
    </message>
    <message>
        <source>%1: the service refused its token.</source>
        <translation>%1: el servicio rechazó su token.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Y %n más.</numerusform>
            <numerusform>Y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved connections in Credential Connect shows what each check said.</source>
        <translation>Conexiones guardadas, en Credential Connect, muestra lo que dijo cada comprobación.</translation>
    </message>
</context>
<context>
    <name>cc::ExportEnvJob</name>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>No se escribió el archivo .env: %1.</translation>
    </message>
    <message>
        <source>The .env file is in %1, readable by you only. It holds the token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>El archivo .env está en %1 y solo usted puede leerlo. Contiene el token sin cifrar: manténgalo en privado y elimínelo cuando ya no lo necesite.</translation>
    </message>
</context>
<context>
    <name>cc::KeeperJob</name>
    <message>
        <source>Another change to this connection is still under way. Wait for it to finish, then try again.</source>
        <translation>Todavía hay otro cambio en curso en esta conexión. Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no saved connection %1.</source>
        <translation>No existe ninguna conexión guardada %1.</translation>
    </message>
    <message>
        <source>Another window is changing this connection and did not finish within %1 seconds. Nothing was changed; try again once it is done.</source>
        <translation>Otra ventana está cambiando esta conexión y no terminó en %1 segundos. No se cambió nada; inténtelo de nuevo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>cc::RemoveConnectionJob</name>
    <message>
        <source>The connection was not deleted: %1. Its token and its details are both kept.</source>
        <translation>No se eliminó la conexión: %1. Se conservan tanto su token como sus datos.</translation>
    </message>
    <message>
        <source>The connection was deleted: its token from the keychain, its details from the settings.</source>
        <translation>Se eliminó la conexión: su token del llavero y sus datos de la configuración.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept; the keychain held no token for it.</source>
        <translation>No se eliminó la conexión: %1. Se conservan sus datos; el llavero no contenía ningún token para ella.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its token was put back in the keychain; its details are kept.</source>
        <translation>No se eliminó la conexión: %1. Su token se ha devuelto al llavero; se conservan sus datos.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept, but its token could not be put back in the keychain (%2): save the connection again with its token.</source>
        <translation>No se eliminó la conexión: %1. Se conservan sus datos, pero su token no se pudo devolver al llavero (%2): vuelva a guardar la conexión con su token.</translation>
    </message>
</context>
<context>
    <name>cc::RestoreConnectionJob</name>
    <message>
        <source>The connection was not restored: %1. Nothing was changed.</source>
        <translation>La conexión no se restauró: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1 any more, so there was nothing to restore.</source>
        <translation>El llavero ya no guarda ningún token para %1, así que no había nada que restaurar.</translation>
    </message>
    <message>
        <source>The connection was not restored: %1. Its token stays in the keychain.</source>
        <translation>La conexión no se restauró: %1. Su token sigue en el llavero.</translation>
    </message>
    <message>
        <source>The connection was restored: its token was still in the keychain, and its details are back in the settings.</source>
        <translation>La conexión se restauró: su token seguía en el llavero y sus datos vuelven a estar en la configuración.</translation>
    </message>
</context>
<context>
    <name>cc::ReverifyConnectionJob</name>
    <message>
        <source>This connection&apos;s provider or region is no longer one the program knows, so its token was not sent.</source>
        <translation>El programa ya no reconoce el proveedor o la región de esta conexión, así que no se envió su token.</translation>
    </message>
    <message>
        <source>The connection was not checked: %1. Its details are unchanged.</source>
        <translation>No se comprobó la conexión: %1. Sus datos no han cambiado.</translation>
    </message>
    <message>
        <source>The stored token still works. %1</source>
        <translation>El token guardado sigue funcionando. %1</translation>
    </message>
    <message>
        <source>The stored token still works, but the new check date could not be saved: %1.</source>
        <translation>El token guardado sigue funcionando, pero no se pudo guardar la nueva fecha de comprobación: %1.</translation>
    </message>
    <message>
        <source>%1 This failed check is recorded with the connection; its other details are unchanged.</source>
        <translation>%1 Esta comprobación fallida queda registrada en la conexión; sus demás datos no han cambiado.</translation>
    </message>
    <message>
        <source>%1 This failed check could not be recorded either: %2.</source>
        <translation>%1 Tampoco se pudo registrar esta comprobación fallida: %2.</translation>
    </message>
</context>
<context>
    <name>cc::SaveConnectionJob</name>
    <message>
        <source>The connection was not saved: its provider or region is not one the program knows. Nothing was written.</source>
        <translation>No se guardó la conexión: el programa no reconoce su proveedor o su región. No se escribió nada.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1 Nothing was written.</source>
        <translation>No se guardó la conexión: %1 No se escribió nada.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. Nothing was written.</source>
        <translation>No se guardó la conexión: %1. No se escribió nada.</translation>
    </message>
    <message>
        <source>The connection was saved: the token in the keychain, the details in the settings.</source>
        <translation>Se guardó la conexión: el token en el llavero y los datos en la configuración.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain holds what it held before.</source>
        <translation>No se guardó la conexión: %1. El llavero contiene lo mismo que antes.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain could not be put back either (%2): its entry %3 may hold the new token.</source>
        <translation>No se guardó la conexión: %1. Tampoco se pudo restaurar el llavero (%2): su entrada %3 puede contener el token nuevo.</translation>
    </message>
</context>
<context>
    <name>cc::SecretJob</name>
    <message>
        <source>the keychain holds no token for this connection</source>
        <translation>el llavero no contiene ningún token para esta conexión</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>se denegó el acceso</translation>
    </message>
    <message>
        <source>the keychain refused access (it may be locked)</source>
        <translation>el llavero denegó el acceso (puede que esté bloqueado)</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>el llavero no pudo eliminar la entrada</translation>
    </message>
    <message>
        <source>the keychain is unavailable (this system offers none the program can use)</source>
        <translation>el llavero no está disponible (este sistema no ofrece ninguno que el programa pueda usar)</translation>
    </message>
    <message>
        <source>the keychain could not be used (%1); it may be locked or have no default keyring yet</source>
        <translation>no se pudo usar el llavero (%1); puede que esté bloqueado o que aún no tenga un anillo de claves predeterminado</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no D-Bus session is running, so no Secret Service can be reached)</source>
        <translation>el llavero no está disponible (no hay ninguna sesión de D-Bus en ejecución, así que no se puede acceder a ningún Secret Service)</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no Secret Service is running)</source>
        <translation>el llavero no está disponible (no hay ningún Secret Service en ejecución)</translation>
    </message>
</context>
<context>
    <name>cc::VerificationJob</name>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation>La dirección %1 no usa HTTPS.</translation>
    </message>
    <message>
        <source>the time limit ran out before it was asked</source>
        <translation>el tiempo límite se agotó antes de preguntarlo</translation>
    </message>
    <message>
        <source>the time limit ran out</source>
        <translation>se agotó el tiempo límite</translation>
    </message>
    <message>
        <source>the answer was larger than 1 MiB</source>
        <translation>la respuesta superaba 1 MiB</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>el servidor respondió con el estado HTTP %1</translation>
    </message>
    <message>
        <source>the request failed: %1</source>
        <translation>la solicitud falló: %1</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistDialog</name>
    <message>
        <source>Open a List of Tokens</source>
        <translation>Abrir una lista de tokens</translation>
    </message>
    <message>
        <source>Lists of tokens (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Listas de tokens (*.csv *.jsonl *.ndjson *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>las filas pegadas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) answered</source>
        <translation>
            <numerusform>%1 de %n fila respondida</numerusform>
            <numerusform>%1 de %n filas respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1</source>
        <translation>
            <numerusform>%n fila comprobada: %1</numerusform>
            <numerusform>%n filas comprobadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <source>Export the Results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results were not exported: %1</source>
        <translation>Los resultados no se exportaron: %1</translation>
    </message>
    <message>
        <source>The results, without the tokens, are in %1.</source>
        <translation>Los resultados, sin los tokens, están en %1.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Guardando en el llavero del sistema…</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved in the system keychain.</source>
        <translation>
            <numerusform>%n conexión guardada en el llavero del sistema.</numerusform>
            <numerusform>%n conexiones guardadas en el llavero del sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be saved: see their rows.</source>
        <translation>
            <numerusform>%n no se pudo guardar: vea su fila.</numerusform>
            <numerusform>%n no se pudieron guardar: vea sus filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unsaved, with no organization chosen.</source>
        <translation>
            <numerusform>%n quedó sin guardar, sin organización elegida.</numerusform>
            <numerusform>%n quedaron sin guardar, sin organización elegida.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificados</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>prohibidos</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>entrada no válida</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de solicitudes</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>error de TLS</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>error del proxy</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>respuesta inesperada</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count of rows, then what they got</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelados</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Provider and region</source>
        <translation>Proveedor y región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Who the token is</source>
        <translation>De quién es el token</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>cc::gui::ConnectForm</name>
    <message numerus="yes">
        <source>%1 of %n regions answered…</source>
        <translation>
            <numerusform>%1 de %n región ha respondido…</numerusform>
            <numerusform>%1 de %n regiones han respondido…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To find the region, Credential Connect sends this token to the API host of every %1 region, %n hosts in all: %2. It stops asking as soon as one region accepts the token. Each of these hosts belongs to %1.</source>
        <translation>
            <numerusform>Para buscar la región, Credential Connect envía este token al host de API de la región de %1, %n host: %2. Cada uno de estos hosts pertenece a %1.</numerusform>
            <numerusform>Para buscar la región, Credential Connect envía este token al host de API de cada región de %1, %n hosts en total: %2. Deja de consultar en cuanto una región acepta el token. Cada uno de estos hosts pertenece a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking every region of %1 whether it accepts the token…</source>
        <translation>Consultando a todas las regiones de %1 si aceptan el token…</translation>
    </message>
    <message>
        <source>No region accepted this token: see below.</source>
        <translation>Ninguna región aceptó este token: vea los detalles abajo.</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Comprobación cancelada</translation>
    </message>
    <message>
        <source>Nothing was verified. Press Verify to try again.</source>
        <translation>No se verificó nada. Pulse Verificar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The service refused this token: see below.</source>
        <translation>El servicio rechazó este token: vea los detalles abajo.</translation>
    </message>
    <message>
        <source>Search every region for this token…</source>
        <translation>Buscar este token en todas las regiones…</translation>
    </message>
    <message>
        <source>Shows which hosts would receive the token, then asks every region</source>
        <translation>Muestra qué hosts recibirían el token y después consulta todas las regiones</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Asking %1 whether the token works…</source>
        <translation>Preguntando a %1 si el token funciona…</translation>
    </message>
</context>
<context>
    <name>cc::gui::CredentialsPage</name>
    <message>
        <source>Paste the token and press Verify. Next is available once the service has accepted it.</source>
        <translation>Pegue el token y pulse Verificar. Siguiente estará disponible cuando el servicio lo haya aceptado.</translation>
    </message>
</context>
<context>
    <name>cc::gui::KeepPage</name>
    <message>
        <source>The token goes to the system keychain, filed under “%1”; the provider, region, organization and identity go to the program&apos;s settings. Nothing else keeps the token.</source>
        <translation>El token se guarda en el llavero del sistema, con el nombre «%1»; el proveedor, la región, la organización y la identidad se guardan en la configuración del programa. El token no se guarda en ningún otro sitio.</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>&amp;Guardar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Guardando en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
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
        <translation>Comprobación rápi&amp;da</translation>
    </message>
    <message>
        <source>&amp;Saved connections</source>
        <translation>Conexiones &amp;guardadas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>&amp;Conectar una cuenta…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Credential Connect</source>
        <translation>&amp;Acerca de Credential Connect</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The extra certificate authorities of the settings are not trusted: %1</source>
        <translation>No se confía en las entidades de certificación adicionales de la configuración: %1</translation>
    </message>
    <message>
        <source>About Credential Connect</source>
        <translation>Acerca de Credential Connect</translation>
    </message>
    <message>
        <source>Credential Connect %1

Links a Juniper Mist, Mist Routing Assurance or JumpCloud account by its API token: it asks the provider whether the token works and what it grants. The token goes only to the API host of the region you choose.</source>
        <translation>Credential Connect %1

Vincula una cuenta de Juniper Mist, Mist Routing Assurance o JumpCloud mediante su token de API: pregunta al proveedor si el token funciona y qué permisos concede. El token solo se envía al host de API de la región que elija.</translation>
    </message>
    <message>
        <source>Check a &amp;List…</source>
        <translation>Comprobar una &amp;lista…</translation>
    </message>
</context>
<context>
    <name>cc::gui::ProxySignInDialog</name>
    <message>
        <source>The proxy server %1 asks for a user name and password before it lets the check through. They go to the proxy only.</source>
        <translation>El servidor proxy %1 pide un usuario y una contraseña antes de dejar pasar la comprobación. Solo se envían al proxy.</translation>
    </message>
    <message>
        <source>The proxy calls itself “%1”.</source>
        <translation>El proxy se presenta como «%1».</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
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
        <translation>Elija una región o pegue la dirección de su portal.</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Pick one from the list, or paste the address of your portal (for example %3).</source>
        <translation>«%1» no es una región de %2. Elija una de la lista o pegue la dirección de su portal (por ejemplo, %3).</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Organization ID from the address: %1</source>
        <translation>ID de organización de la dirección: %1</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>Elija la región, escriba su subdominio o host de API, o pegue la dirección de su portal</translation>
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
        <translation>La respuesta no indica una única organización. El ID de organización de la dirección de su portal, %1, se guarda con la conexión.</translation>
    </message>
    <message>
        <source>The answer names no single organization (for example, a grant on a whole MSP). The connection is kept without one.</source>
        <translation>La respuesta no indica una única organización (por ejemplo, un permiso sobre todo un MSP). La conexión se guarda sin organización.</translation>
    </message>
    <message>
        <source>This key is for one organization.</source>
        <translation>Esta clave es para una sola organización.</translation>
    </message>
    <message numerus="yes">
        <source>This key reaches %n organizations: you are a multi-tenant administrator. Pick the organization this connection is for; later JumpCloud calls send its ID in the x-org-id header.</source>
        <translation>
            <numerusform>Esta clave da acceso a %n organización.</numerusform>
            <numerusform>Esta clave da acceso a %n organizaciones: es usted un administrador multiinquilino. Elija la organización de esta conexión; las siguientes llamadas a JumpCloud enviarán su ID en el encabezado x-org-id.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token&apos;s grants are in one organization.</source>
        <translation>Los permisos de este token están en una sola organización.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed here.</source>
        <translation>Aquí solo se muestran las primeras %1.</translation>
    </message>
    <message numerus="yes">
        <source>This token reaches %n organizations. Pick the one this connection is for.</source>
        <translation>
            <numerusform>Este token da acceso a %n organización.</numerusform>
            <numerusform>Este token da acceso a %n organizaciones. Elija la de esta conexión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Consultado: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>The other regions:</source>
        <translation>Las demás regiones:</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>El servicio respondió: «%1»</translation>
    </message>
</context>
<context>
    <name>cc::gui::SavedConnectionsView</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>No saved connections yet. Connect an account to keep its token in the system keychain and check it again at any time.</source>
        <translation>Aún no hay conexiones guardadas. Conecte una cuenta para guardar su token en el llavero del sistema y volver a comprobarlo en cualquier momento.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s). The tokens stay in the system keychain; select one to check it again, copy its summary or export it.</source>
        <translation>
            <numerusform>%n conexión guardada. Su token permanece en el llavero del sistema; selecciónela para volver a comprobarla, copiar su resumen o exportarla.</numerusform>
            <numerusform>%n conexiones guardadas. Los tokens permanecen en el llavero del sistema; seleccione una para volver a comprobarla, copiar su resumen o exportarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 (%2) whether the stored token still works…</source>
        <translation>Preguntando a %1 (%2) si el token guardado sigue funcionando…</translation>
    </message>
    <message>
        <source>Delete the Connection?</source>
        <translation>¿Eliminar la conexión?</translation>
    </message>
    <message>
        <source>Delete the %1 connection in %2? Its token is removed from the system keychain and its details from the settings. The token itself keeps working at %1 until it is revoked there.</source>
        <translation>¿Eliminar la conexión de %1 en %2? Su token se quita del llavero del sistema y sus datos, de la configuración. El token en sí sigue funcionando en %1 hasta que se revoque allí.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>The saved connections cannot be shown: %1. Nothing in it was changed.</source>
        <translation>No se pueden mostrar las conexiones guardadas: %1. No se cambió nada en él.</translation>
    </message>
    <message>
        <source>Unfinished Change</source>
        <translation>Cambio sin terminar</translation>
    </message>
    <message>
        <source>A change to the %1 connection in %2 (%3) was cut off before it was finished: the system keychain may hold its token, but the list does not show it. Restore the connection, or remove its token from the keychain?</source>
        <translation>Un cambio en la conexión de %1 en %2 (%3) se interrumpió antes de terminar: puede que el llavero del sistema guarde su token, pero la lista no la muestra. ¿Restaurar la conexión o quitar su token del llavero?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Asking the providers whether the stored tokens still work…</source>
        <translation>Preguntando a los proveedores si los tokens guardados siguen funcionando…</translation>
    </message>
    <message>
        <source>All verified</source>
        <translation>Todas verificadas</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n saved connection(s): every stored token still works.</source>
        <translation>
            <numerusform>Se comprobó %n conexión guardada: todos los tokens guardados siguen funcionando.</numerusform>
            <numerusform>Se comprobaron %n conexiones guardadas: todos los tokens guardados siguen funcionando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not all verified</source>
        <translation>No todas verificadas</translation>
    </message>
    <message>
        <source>Connections that did not verify: %1 of %2. The Status column says since when and why.</source>
        <translation>Conexiones que no se verificaron: %1 de %2. La columna Estado indica desde cuándo y por qué.</translation>
    </message>
</context>
<context>
    <name>cc::gui::SettingsDialog</name>
    <message>
        <source>Choose the Certificate Authorities</source>
        <translation>Elegir las entidades de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>No se guardó la configuración: %1</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>La ruta de un archivo PEM con las entidades de certificación que le ha dado su departamento de TI; vacía si no hay ninguno</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>Activando la comprobación diaria…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>Desactivando la comprobación diaria…</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>Una vez al día, comprobar cada conexión guardada y mostrar una notificación de escritorio cuando una deje de funcionar</translation>
    </message>
</context>
<context>
    <name>cc::gui::SetupWizard</name>
    <message>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenField</name>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>El token secreto del portal del proveedor. Permanece oculto mientras escribe y nunca se guarda.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token (%1)</source>
        <translation>Muestra u oculta los caracteres del token (%1)</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar el token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar el token</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenGuidePage</name>
    <message>
        <source>Get a %1 token</source>
        <translation>Obtener un token de %1</translation>
    </message>
    <message>
        <source>Make the token in the %1 portal, copy it, and come back: the next page checks it.</source>
        <translation>Cree el token en el portal de %1, cópielo y vuelva: la página siguiente lo comprueba.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Abre %1 en su navegador web</translation>
    </message>
    <message>
        <source>No web browser could be started. Open %1 in your browser yourself.</source>
        <translation>No se pudo iniciar ningún navegador web. Abra %1 en su navegador manualmente.</translation>
    </message>
</context>
<context>
    <name>cc::gui::VerifiedSaver</name>
    <message>
        <source>Not saved: no organization was chosen.</source>
        <translation>No guardada: no se eligió ninguna organización.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la línea %1</translation>
    </message>
    <message>
        <source>“%1” (line %2)</source>
        <translation>«%1» (línea %2)</translation>
    </message>
    <message>
        <source>Choose the Organization</source>
        <translation>Elegir la organización</translation>
    </message>
    <message numerus="yes">
        <source>The token of %1 reaches %n organizations. Which one is this connection for? Close the question to leave this token unsaved.</source>
        <translation>
            <numerusform>El token de %1 llega a %n organización. ¿Para cuál es esta conexión? Cierre la pregunta para dejar este token sin guardar.</numerusform>
            <numerusform>El token de %1 llega a %n organizaciones. ¿Para cuál es esta conexión? Cierre la pregunta para dejar este token sin guardar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::WatchSchedule</name>
    <message>
        <source>systemctl could not turn the daily check on</source>
        <translation>systemctl no pudo activar la comprobación diaria</translation>
    </message>
    <message>
        <source>systemctl could not turn the daily check off</source>
        <translation>systemctl no pudo desactivar la comprobación diaria</translation>
    </message>
    <message>
        <source>%1 (exit code %2).</source>
        <translation>%1 (código de salida %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The daily check needs systemd&apos;s user session, which a login through su, ssh or a container may not have.</source>
        <translation>La comprobación diaria necesita la sesión de usuario de systemd, que puede faltar al iniciar sesión con su, ssh o en un contenedor.</translation>
    </message>
    <message>
        <source>systemctl could not be started (%1), so the daily check cannot be scheduled on this system. Any scheduler can run credential-connect --check-saved --notify instead.</source>
        <translation>No se pudo iniciar systemctl (%1), así que la comprobación diaria no se puede programar en este sistema. En su lugar, cualquier programador de tareas puede ejecutar credential-connect --check-saved --notify.</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s); the daily check was not changed.</source>
        <translation>
            <numerusform>systemctl no respondió en %n segundo; la comprobación diaria no se cambió.</numerusform>
            <numerusform>systemctl no respondió en %n segundos; la comprobación diaria no se cambió.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::saved::DesktopNotification</name>
    <message>
        <source>there is no D-Bus session bus (%1)</source>
        <translation>no hay bus de sesión de D-Bus (%1)</translation>
    </message>
</context>
</TS>
