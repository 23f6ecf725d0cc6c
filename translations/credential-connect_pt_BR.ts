<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Application</name>
    <message>
        <source>Credential Connect cannot start</source>
        <translation>Não foi possível iniciar o Credential Connect</translation>
    </message>
    <message>
        <source>There is no translation “%1”. Choose one of: %2.</source>
        <translation>Não existe a tradução “%1”. Escolha uma destas: %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 could not be created (%2)</source>
        <translation>Não foi possível criar %1 (%2)</translation>
    </message>
    <message>
        <source>the permissions of %1 could not be set (%2)</source>
        <translation>não foi possível definir as permissões de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>Não foi possível gravar %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, not a file. An export replaces only a file and never follows a link: choose another name.</source>
        <translation>%1 é %2, não um arquivo. Uma exportação só substitui um arquivo e nunca segue um link: escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The file is larger than 4 MiB; a bundle of authorities is far smaller.</source>
        <translation>O arquivo tem mais de 4 MiB; um pacote de autoridades de certificação é bem menor.</translation>
    </message>
    <message>
        <source>The file holds a private key. Give the certificate of the authority only, and keep the key where it was.</source>
        <translation>O arquivo contém uma chave privada. Forneça apenas o certificado da autoridade de certificação e deixe a chave onde estava.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file cannot be read.</source>
        <translation>Não é possível ler o certificado %1 do arquivo.</translation>
    </message>
    <message>
        <source>The certificate “%1” expired on %2 and is not used.</source>
        <translation>O certificado “%1” expirou em %2 e não será usado.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (a block starting “-----BEGIN CERTIFICATE-----”).</source>
        <translation>O arquivo não contém nenhum certificado PEM (um bloco que começa com “-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>Every certificate in the file has expired.</source>
        <translation>Todos os certificados do arquivo expiraram.</translation>
    </message>
    <message>
        <source>Cannot open the CA bundle %1: %2</source>
        <translation>Não é possível abrir o arquivo de autoridades de certificação %1: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be used: %2</source>
        <translation>Não é possível usar o arquivo de autoridades de certificação %1: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog file %1: %2</source>
        <translation>Não é possível abrir o arquivo de catálogo %1: %2</translation>
    </message>
    <message>
        <source>The catalog file %1 is larger than 1 MiB.</source>
        <translation>O arquivo de catálogo %1 tem mais de 1 MiB.</translation>
    </message>
    <message>
        <source>The catalog is larger than 1 MiB.</source>
        <translation>O catálogo tem mais de 1 MiB.</translation>
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
        <translation>&quot;%1&quot; deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation>&quot;%1&quot; não é um endereço web válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https://</source>
        <translation>&quot;%1&quot; deve usar https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a bare address without user, path or query</source>
        <translation>&quot;%1&quot; deve ser um endereço simples, sem usuário, caminho ou consulta</translation>
    </message>
    <message>
        <source>each region must be an object</source>
        <translation>cada região deve ser um objeto</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; may hold only letters, digits, dots and hyphens</source>
        <translation>o ID de região &quot;%1&quot; só pode conter letras, dígitos, pontos e hifens</translation>
    </message>
    <message>
        <source>&quot;verify&quot; must be an object</source>
        <translation>&quot;verify&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a plain absolute path</source>
        <translation>&quot;path&quot; deve ser um caminho absoluto simples</translation>
    </message>
    <message>
        <source>unknown authentication header &quot;%1&quot;</source>
        <translation>cabeçalho de autenticação desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;auth_prefix&quot; must be a short printable text</source>
        <translation>&quot;auth_prefix&quot; deve ser um texto curto e imprimível</translation>
    </message>
    <message>
        <source>the Authorization header needs a scheme prefix</source>
        <translation>o cabeçalho Authorization precisa de um prefixo de esquema</translation>
    </message>
    <message>
        <source>&quot;token&quot; must hold a &quot;usual_lengths&quot; list</source>
        <translation>&quot;token&quot; deve conter uma lista &quot;usual_lengths&quot;</translation>
    </message>
    <message>
        <source>token lengths must be whole numbers from 1 to %1</source>
        <translation>os comprimentos de token devem ser números inteiros de 1 a %1</translation>
    </message>
    <message>
        <source>each provider must be an object</source>
        <translation>cada provedor deve ser um objeto</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; may hold only lower-case letters, digits and hyphens</source>
        <translation>o ID de provedor &quot;%1&quot; só pode conter letras minúsculas, dígitos e hifens</translation>
    </message>
    <message>
        <source>unknown answer format &quot;%1&quot;</source>
        <translation>formato de resposta desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty list</source>
        <translation>&quot;regions&quot; deve ser uma lista não vazia</translation>
    </message>
    <message>
        <source>more than %1 regions</source>
        <translation>mais de %1 regiões</translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>, região %1</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; appears twice</source>
        <translation>o ID de região &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>the catalog is not a valid JSON object (%1 at offset %2)</source>
        <translation>o catálogo não é um objeto JSON válido (%1 na posição %2)</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>o catálogo deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>unsupported catalog format (expected &quot;format&quot;: %1)</source>
        <translation>formato de catálogo não suportado (esperado &quot;format&quot;: %1)</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be a non-empty list</source>
        <translation>&quot;providers&quot; deve ser uma lista não vazia</translation>
    </message>
    <message>
        <source>more than %1 providers</source>
        <translation>mais de %1 provedores</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>provedor %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; appears twice</source>
        <translation>o ID de provedor &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>&quot;rate_limit&quot; must be an object</source>
        <translation>&quot;rate_limit&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on</source>
        <translation>&quot;%1&quot; indica a porta 0, na qual nenhum servidor escuta</translation>
    </message>
    <message>
        <source>region ids &quot;%1&quot; and &quot;%2&quot; differ only in case</source>
        <translation>os IDs de região &quot;%1&quot; e &quot;%2&quot; diferem apenas em maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>a chave &quot;%1&quot; aparece duas vezes em um mesmo objeto</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Organization ID from the URL: %1</source>
        <translation>ID da organização na URL: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Regions asked:</source>
        <translation>Regiões consultadas:</translation>
    </message>
    <message>
        <source>Unknown option “%1”. See --help for the options.</source>
        <translation>Opção desconhecida “%1”. Veja --help para conhecer as opções.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. The token is read from standard input, never from the command line.</source>
        <translation>Argumento inesperado “%1”. O token é lido da entrada padrão, nunca da linha de comando.</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>Informe o provedor com --provider (%1).</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Known providers: %2.</source>
        <translation>Provedor desconhecido “%1”. Provedores conhecidos: %2.</translation>
    </message>
    <message>
        <source>Name the region with --region (%1, or auto to find it).</source>
        <translation>Informe a região com --region (%1, ou auto para encontrá-la).</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Give a region id (%3), its API or portal host, the address of your portal, or auto.</source>
        <translation>“%1” não é uma região do %2. Informe um ID de região (%3), o host da API ou do portal, o endereço do seu portal ou auto.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 and at most 600.</source>
        <translation>--timeout aceita um número de segundos maior que 0 e de no máximo 600.</translation>
    </message>
    <message>
        <source>Finding the region: the token will be sent to the API host of every region of %1: %2.</source>
        <translation>Procurando a região: o token será enviado ao host da API de cada região do %1: %2.</translation>
    </message>
    <message>
        <source>No token arrived on standard input. Pipe it in, one line, for example from a password manager.</source>
        <translation>Nenhum token chegou pela entrada padrão. Envie-o por um pipe, em uma linha; por exemplo, a partir de um gerenciador de senhas.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>a entrada padrão</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>The first line of %1 must name the columns provider, region and token (CSV), or be a JSON object (JSON Lines).</source>
        <translation>A primeira linha de %1 deve nomear as colunas provider, region e token (CSV) ou ser um objeto JSON (JSON Lines).</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds tokens. Make it yours alone: chmod 600 %1</source>
        <translation>%1 pode ser lido por outros usuários deste computador e contém tokens. Deixe-o só para você: chmod 600 %1</translation>
    </message>
    <message>
        <source>--check-file takes the provider and the region from each row: leave out --provider and --region.</source>
        <translation>--check-file obtém o provedor e a região de cada linha: omita --provider e --region.</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1 to %1.</source>
        <translation>--jobs aceita um número inteiro de 1 a %1.</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>O serviço respondeu: %1</translation>
    </message>
    <message>
        <source>The line on standard input is longer than 64 KiB, far longer than any token. Pipe in the token alone, on one line.</source>
        <translation>A linha na entrada padrão tem mais de 64 KiB, muito mais do que qualquer token. Envie apenas o token, em uma linha.</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Não foi possível ler: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CheckFile</name>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) answered, %1 read…</source>
        <translation>
            <numerusform>%n linha respondida, %1 lidas…</numerusform>
            <numerusform>%n linhas respondidas, %1 lidas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 s: %2</source>
        <translation>
            <numerusform>%n linha em %1 s: %2</numerusform>
            <numerusform>%n linhas em %1 s: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Um campo entre aspas não é fechado antes do fim do arquivo.</translation>
    </message>
    <message>
        <source>The row is longer than 64 KiB.</source>
        <translation>A linha tem mais de 64 KiB.</translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation>A linha não tem %1.</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>A linha não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The value of %1 is not text.</source>
        <translation>O valor de %1 não é texto.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check a List</source>
        <translation>Verificar uma lista</translation>
    </message>
    <message>
        <source>Check many tokens at once: open a CSV or JSON Lines file with the columns provider, region and token (label is optional), or paste its rows, header line first. Each answer fills its row as it comes; at most 16 requests are under way at once, and 4 to one host.</source>
        <translation>Verifique muitos tokens de uma vez: abra um arquivo CSV ou JSON Lines com as colunas provider, region e token (label é opcional), ou cole suas linhas, com a linha de cabeçalho primeiro. Cada resposta preenche sua linha assim que chega; no máximo 16 solicitações ficam em andamento ao mesmo tempo, e 4 para um mesmo host.</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>&amp;Abrir um arquivo…</translation>
    </message>
    <message>
        <source>Chooses a CSV or JSON Lines file and checks every row</source>
        <translation>Escolhe um arquivo CSV ou JSON Lines e verifica cada linha</translation>
    </message>
    <message>
        <source>Rows to c&amp;heck, pasted with their header line:</source>
        <translation>Linhas a &amp;verificar, coladas com a linha de cabeçalho:</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Linhas a verificar</translation>
    </message>
    <message>
        <source>Holds tokens, so a screen reader is not given its text. It is emptied when the check starts</source>
        <translation>Contém tokens, por isso um leitor de tela não recebe o seu texto. É esvaziado quando a verificação começa</translation>
    </message>
    <message>
        <source>&amp;Check the Pasted Rows</source>
        <translation>Verificar as linhas &amp;coladas</translation>
    </message>
    <message>
        <source>Checks every row pasted above and empties the box</source>
        <translation>Verifica cada linha colada acima e esvazia a caixa</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Linhas verificadas</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Stops reading the list and sending its checks; the rows not answered are cancelled</source>
        <translation>Para de ler a lista e de enviar suas verificações; as linhas sem resposta são canceladas</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Respostas:</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Mostrar só os &amp;problemas</translation>
    </message>
    <message>
        <source>Hides the verified rows</source>
        <translation>Oculta as linhas verificadas</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>One row per row of the list: its line, label, provider and region, status, who the token is and its organization</source>
        <translation>Uma linha por linha da lista: seu número, rótulo, provedor e região, status, de quem é o token e sua organização</translation>
    </message>
    <message>
        <source>&amp;Details of the selected row:</source>
        <translation>&amp;Detalhes da linha escolhida:</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Detalhes da linha escolhida</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exportar os resultados…</translation>
    </message>
    <message>
        <source>Writes every row&apos;s answer to a CSV file, without the tokens</source>
        <translation>Grava a resposta de cada linha em um arquivo CSV, sem os tokens</translation>
    </message>
    <message>
        <source>&amp;Save the Verified Ones</source>
        <translation>&amp;Salvar as verificadas</translation>
    </message>
    <message>
        <source>Keeps every verified token in the system keychain as a saved connection</source>
        <translation>Guarda cada token verificado no chaveiro do sistema como uma conexão salva</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Closes the list; the tokens it held are forgotten</source>
        <translation>Fecha a lista; os tokens que ela guardava são esquecidos</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organização</numerusform>
            <numerusform>%n organizações</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer has not come yet.</source>
        <translation>A resposta ainda não chegou.</translation>
    </message>
    <message>
        <source>Not checked: the list was cancelled.</source>
        <translation>Não verificada: a lista foi cancelada.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Rótulo: %1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>O serviço respondeu: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Verify a token without opening a window. The token is read from standard input (one line).</source>
        <translation>Verifica um token sem abrir nenhuma janela. O token é lido da entrada padrão (uma linha).</translation>
    </message>
    <message>
        <source>Provider id: juniper-mist, juniper-routing-assurance or jumpcloud.</source>
        <translation>ID do provedor: juniper-mist, juniper-routing-assurance ou jumpcloud.</translation>
    </message>
    <message>
        <source>Region id (api.gc3), API host, portal host, a portal or API URL, or auto: ask every region of the provider at once; the first to accept the token wins.</source>
        <translation>ID da região (api.gc3), host da API, host do portal, uma URL do portal ou da API, ou auto: consulta todas as regiões do provedor ao mesmo tempo; vence a primeira que aceitar o token.</translation>
    </message>
    <message>
        <source>Total time allowed for the check, in seconds (default 20, at most 600).</source>
        <translation>Tempo total permitido para a verificação, em segundos (padrão 20, no máximo 600).</translation>
    </message>
    <message>
        <source>Print one JSON object with outcome, provider, region, endpoint, http_status, retry_after_s, identity and message.</source>
        <translation>Imprime um objeto JSON com outcome, provider, region, endpoint, http_status, retry_after_s, identity e message.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, for this program only.</source>
        <translation>Confia também nas autoridades de certificação deste arquivo PEM, somente para este programa.</translation>
    </message>
    <message>
        <source>Use this provider catalog (JSON) instead of the built-in one, for private regions. It is checked like any untrusted input.</source>
        <translation>Usa este catálogo de provedores (JSON) em vez do catálogo integrado, para regiões privadas. Ele é verificado como qualquer entrada não confiável.</translation>
    </message>
    <message>
        <source>Show the window in this language instead of the system&apos;s: %1.</source>
        <translation>Mostra a janela neste idioma em vez do idioma do sistema: %1.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Credential Connect links a Juniper Mist, Mist Routing Assurance or JumpCloud account: it asks the provider&apos;s API whether a token works and what it grants. Without --check it opens the connect window.</source>
        <translation>O Credential Connect vincula uma conta do Juniper Mist, do Mist Routing Assurance ou do JumpCloud: ele pergunta à API do provedor se um token funciona e quais permissões ele concede. Sem --check, abre a janela de conexão.</translation>
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
        <translation>Verificação pela linha de comando:
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region api.gc3 --json
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region auto
Com --region auto, o token é enviado ao host da API de cada região do provedor; a resposta informa a região encontrada e lista o que cada região respondeu (com --json, em &quot;detection&quot;).

Códigos de saída:
  0  verificado: o token funciona
  1  recusado ou proibido: o serviço recusou o token (com auto: todas as regiões o recusaram)
  2  entrada inválida: nada foi enviado
  3  indeterminado: limite de requisições, servidor, rede, TLS, proxy, tempo esgotado ou uma resposta inesperada (com auto: em uma região que não o recusou)
</translation>
    </message>
    <message>
        <source>Verify every token of a list without opening a window: CSV with the columns provider, region, token and optionally label, or JSON Lines with the same keys; - for standard input.</source>
        <translation>Verificar todos os tokens de uma lista sem abrir janela: CSV com as colunas provider, region, token e, opcionalmente, label, ou JSON Lines com as mesmas chaves; - para a entrada padrão.</translation>
    </message>
    <message>
        <source>Checking a list:
  credential-connect --check-file tokens.csv --json
The first line of a CSV file names the columns: provider,region,token,label. With --json, one object per row in the order of the file, as --check prints it, with &quot;line&quot; and &quot;label&quot;, then {&quot;summary&quot;: ...}. The same provider, region and token twice are sent once. A row that cannot be used is invalid_input; the others go on.
Exit codes: 0 every row verified; 1 some refused, forbidden or invalid, and every row answered; 2 the file cannot be read (nothing was sent); 3 some row could not be checked.
</source>
        <translation>Verificar uma lista:
  credential-connect --check-file tokens.csv --json
A primeira linha de um arquivo CSV nomeia as colunas: provider,region,token,label. Com --json, um objeto por linha na ordem do arquivo, como --check o imprime, com &quot;line&quot; e &quot;label&quot;, e depois {&quot;summary&quot;: ...}. O mesmo provedor, região e token duas vezes são enviados uma só vez. Uma linha que não pode ser usada é invalid_input; as outras continuam.
Códigos de saída: 0 todas as linhas verificadas; 1 algumas recusadas, proibidas ou inválidas, e todas as linhas respondidas; 2 o arquivo não pode ser lido (nada foi enviado); 3 alguma linha não pôde ser verificada.
</translation>
    </message>
    <message>
        <source>With --check-file and --check-saved: requests in flight at once, at most (default %1, at most %2; never more than %3 to one API host).</source>
        <translation>Com --check-file e --check-saved: máximo de requisições simultâneas (padrão %1, no máximo %2; nunca mais de %3 para um mesmo host da API).</translation>
    </message>
    <message>
        <source>List the saved connections and how their last check went (never a token).</source>
        <translation>Listar as conexões salvas e como foi a última verificação de cada uma (nunca um token).</translation>
    </message>
    <message>
        <source>Check every saved connection with its token from the system keychain, print one row each and record the outcome in the connection.</source>
        <translation>Verificar cada conexão salva com seu token do chaveiro do sistema, imprimir uma linha para cada uma e registrar o resultado na conexão.</translation>
    </message>
    <message>
        <source>Export the saved connection with this key (see --list-saved).</source>
        <translation>Exportar a conexão salva com esta chave (veja --list-saved).</translation>
    </message>
    <message>
        <source>With --export-saved: env (the token in the clear, for the vendors&apos; tools), profile (JSON, no token) or summary (text for a ticket).</source>
        <translation>Com --export-saved: env (o token em texto claro, para as ferramentas dos fornecedores), profile (JSON, sem token) ou summary (texto para um chamado).</translation>
    </message>
    <message>
        <source>With --export-saved: the file to write, or - for standard output. Needed for env and profile.</source>
        <translation>Com --export-saved: o arquivo a gravar, ou - para a saída padrão. Necessário para env e profile.</translation>
    </message>
    <message>
        <source>With --export-saved: replace the file given to --output if it exists.</source>
        <translation>Com --export-saved: substituir o arquivo indicado em --output, se ele existir.</translation>
    </message>
    <message>
        <source>Saved connections (tokens from the system keychain):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved exits 0 when every connection verified, 1 when some were refused and all the others verified, 3 when any could not be checked. --list-saved and --export-saved exit 0 when done, 2 when refused before anything was written, 3 when the keychain or the file could not be used.
</source>
        <translation>Códigos de saída:
  0  verificado: o token funciona
  1  recusado ou proibido: o serviço recusou o token (com auto: todas as regiões o recusaram)
  2  entrada inválida: nada foi enviado
  3  indeterminado: limite de requisições, servidor, rede, TLS, proxy, tempo esgotado ou uma resposta inesperada (com auto: em uma região que não o recusou)

Conexões salvas (tokens do chaveiro do sistema):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved sai com 0 quando todas as conexões foram verificadas, 1 quando algumas foram recusadas e todas as outras verificadas, 3 quando alguma não pôde ser verificada. --list-saved e --export-saved saem com 0 quando concluído, 2 quando recusado antes de gravar qualquer coisa, 3 quando o chaveiro ou o arquivo não pôde ser usado.
</translation>
    </message>
    <message>
        <source>With --check-saved: show a desktop notification naming each connection a service has started to refuse, with what to do (Watch my connections).</source>
        <translation>Com --check-saved: mostrar uma notificação na área de trabalho que nomeia cada conexão cujo token um serviço passou a recusar, com o que fazer (Vigiar minhas conexões).</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Connect an account</source>
        <translation>Conectar uma conta</translation>
    </message>
    <message>
        <source>Choose the service and its region, then paste the API token. Credential Connect asks the service whether the token works and what it grants. The token is not stored.</source>
        <translation>Escolha o serviço e a região dele e cole o token de API. O Credential Connect pergunta ao serviço se o token funciona e quais permissões ele concede. O token não é armazenado.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>The service whose account you are linking</source>
        <translation>O serviço cuja conta você está vinculando</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Find my re&amp;gion</source>
        <translation>Encontrar minha re&amp;gião</translation>
    </message>
    <message>
        <source>Asks every region of the provider whether it accepts the token, after telling you which hosts would receive it</source>
        <translation>Pergunta a todas as regiões do provedor se aceitam o token, depois de informar quais hosts o receberiam</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>Find my region</source>
        <translation>Encontrar minha região</translation>
    </message>
    <message>
        <source>&amp;Ask every region</source>
        <translation>Con&amp;sultar todas as regiões</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>V&amp;erificar</translation>
    </message>
    <message>
        <source>Asks the service whether the token works. Press Enter in any field to do the same.</source>
        <translation>Pergunta ao serviço se o token funciona. Pressionar Enter em qualquer campo faz o mesmo.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>D&amp;on&apos;t ask</source>
        <translation>&amp;Não consultar</translation>
    </message>
</context>
<context>
    <name>ConnectionExports</name>
    <message>
        <source>The summary is on the clipboard, ready for a ticket. It holds no token.</source>
        <translation>O resumo está na área de transferência, pronto para um chamado. Ele não contém o token.</translation>
    </message>
    <message>
        <source>Export the Profile</source>
        <translation>Exportar o perfil</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>Perfil (*.json)</translation>
    </message>
    <message>
        <source>The profile was not exported: %1</source>
        <translation>O perfil não foi exportado: %1</translation>
    </message>
    <message>
        <source>The profile, without the token, is in %1.</source>
        <translation>O perfil, sem o token, está em %1.</translation>
    </message>
    <message>
        <source>Write the Token to a File?</source>
        <translation>Gravar o token em um arquivo?</translation>
    </message>
    <message>
        <source>A .env file holds the token in plain text, for the vendor&apos;s own tools to read. Only you can read the file, but anyone with your account or a copy of the file can use the token. Keep it out of shared folders and version control, and delete it when it is no longer needed.</source>
        <translation>Um arquivo .env contém o token em texto não criptografado, para ser lido pelas próprias ferramentas do fornecedor. Somente você pode ler o arquivo, mas qualquer pessoa com acesso à sua conta ou a uma cópia do arquivo pode usar o token. Mantenha-o fora de pastas compartilhadas e do controle de versão e exclua-o quando não for mais necessário.</translation>
    </message>
    <message>
        <source>Choose Where to Write It</source>
        <translation>Escolha onde gravar</translation>
    </message>
    <message>
        <source>Export a .env File</source>
        <translation>Exportar um arquivo .env</translation>
    </message>
    <message>
        <source>Environment file (*.env)</source>
        <translation>Arquivo de ambiente (*.env)</translation>
    </message>
    <message>
        <source>No .env file is offered for this connection: %1.</source>
        <translation>Nenhum arquivo .env é oferecido para esta conexão: %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 já existe. Deseja substituí-lo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
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
        <translation>Falhando desde %1 UTC: %2</translation>
    </message>
    <message>
        <source>Verified %1 UTC</source>
        <translation>Verificada em %1 UTC</translation>
    </message>
    <message>
        <source>Not checked since it was saved</source>
        <translation>Não verificada desde que foi salva</translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>%1 connection</source>
        <translation>Conexão do %1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>Região: %1 (%2)</translation>
    </message>
    <message>
        <source>Organization: %1 (ID %2)</source>
        <translation>Organização: %1 (ID %2)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identidade: %1</translation>
    </message>
    <message>
        <source>Organizations reached:</source>
        <translation>Organizações acessíveis:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Funções:</translation>
    </message>
    <message>
        <source>Verified at: %1 UTC</source>
        <translation>Verificado em: %1 UTC</translation>
    </message>
    <message>
        <source>Verified at: never</source>
        <translation>Verificado em: nunca</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Enter the token: the field is empty.</source>
        <translation>Informe o token: o campo está vazio.</translation>
    </message>
    <message>
        <source>The token has a space or line break at character %1. Tokens never contain spaces: copy it again in one piece.</source>
        <translation>O token tem um espaço ou uma quebra de linha na posição %1. Tokens nunca contêm espaços: copie-o novamente, inteiro.</translation>
    </message>
    <message>
        <source>The token has an invisible control character at character %1. Copy it again, straight from the portal.</source>
        <translation>O token tem um caractere de controle invisível na posição %1. Copie-o novamente, direto do portal.</translation>
    </message>
    <message>
        <source>The token has a character that no token uses (“%1” at character %2), often a typographic quote or dash picked up while copying. Copy it again, straight from the portal.</source>
        <translation>O token tem um caractere que nenhum token usa (“%1” na posição %2), geralmente uma aspa ou um travessão tipográfico que veio junto na cópia. Copie-o novamente, direto do portal.</translation>
    </message>
    <message numerus="yes">
        <source>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</source>
        <translation>
            <numerusform>Este token tem %n caractere; os tokens deste provedor costumam ter %1. Confira se ele foi copiado por inteiro. Você ainda pode verificá-lo.</numerusform>
            <numerusform>Este token tem %n caracteres; os tokens deste provedor costumam ter %1. Confira se ele foi copiado por inteiro. Você ainda pode verificá-lo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Check the token</source>
        <translation>Verificar o token</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>the value of %1 holds characters that a .env file cannot carry safely (a quote, a backslash, “${”, a control or non-ASCII character)</source>
        <translation>o valor de %1 contém caracteres que um arquivo .env não consegue guardar com segurança (uma aspa, uma barra invertida, “${”, um caractere de controle ou não ASCII)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>Organização %1 (ID %2)</translation>
    </message>
    <message>
        <source>This file holds the API token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>Este arquivo contém o token de API em texto não criptografado: mantenha-o em sigilo e exclua-o quando não for mais necessário.</translation>
    </message>
    <message>
        <source>Read by the JumpCloud PowerShell module (Connect-JCOnline) from environment variables of these names.</source>
        <translation>Lido pelo módulo do PowerShell do JumpCloud (Connect-JCOnline) a partir de variáveis de ambiente com estes nomes.</translation>
    </message>
    <message>
        <source>there is no .env format for the provider %1</source>
        <translation>não há formato .env para o provedor %1</translation>
    </message>
    <message>
        <source>For the mistapi Python package, mistapi.APISession(env_file=&quot;&lt;this file&gt;&quot;), and for Juniper&apos;s Terraform provider for Mist, which reads the environment: set -a; . ./&lt;this file&gt;; set +a</source>
        <translation>Para o pacote Python mistapi, mistapi.APISession(env_file=&quot;&lt;este arquivo&gt;&quot;), e para o provedor Terraform da Juniper para o Mist, que lê o ambiente: set -a; . ./&lt;este arquivo&gt;; set +a</translation>
    </message>
    <message>
        <source>The API host, read by both.</source>
        <translation>O host da API, lido pelos dois.</translation>
    </message>
    <message>
        <source>The token, as mistapi reads it.</source>
        <translation>O token, como o mistapi o lê.</translation>
    </message>
    <message>
        <source>The same token, as the Terraform provider reads it.</source>
        <translation>O mesmo token, como o provedor Terraform o lê.</translation>
    </message>
    <message>
        <source>JCEnvironment=&apos;%1&apos; is read by version %2 and later of the JumpCloud PowerShell module; older versions silently connect to the US console instead, which refuses a key of the %3 console (%4).</source>
        <translation>JCEnvironment=&apos;%1&apos; é lido a partir da versão %2 do módulo do PowerShell do JumpCloud; versões mais antigas se conectam sem aviso ao console dos EUA, que recusa uma chave do console %3 (%4).</translation>
    </message>
    <message>
        <source>mistapi and Juniper&apos;s Terraform provider for Mist, the tools that read such a file, accept only the Juniper Mist cloud hosts they list, and %1 is not among them</source>
        <translation>o mistapi e o provedor Terraform da Juniper para o Mist, as ferramentas que leem um arquivo assim, aceitam somente os hosts da nuvem Juniper Mist que eles conhecem, e %1 não está entre eles</translation>
    </message>
    <message>
        <source>the JumpCloud PowerShell module has no JCEnvironment value for the %1 console (%2) and would connect to the US console instead</source>
        <translation>o módulo do PowerShell do JumpCloud não tem nenhum valor de JCEnvironment para o console %1 (%2) e se conectaria ao console dos EUA em vez dele</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>the answer was not in the documented form</source>
        <translation>a resposta não estava no formato documentado</translation>
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
        <translation>organização</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>MSP</source>
        <translation>MSP</translation>
    </message>
    <message>
        <source>organization group</source>
        <translation>grupo de organizações</translation>
    </message>
    <message>
        <source>site group</source>
        <translation>grupo de sites</translation>
    </message>
    <message>
        <source>%1 on an unnamed %2</source>
        <translation>%1 em %2 sem nome</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 em %2 %3</translation>
    </message>
    <message>
        <source>%1 (organization %2)</source>
        <translation>%1 (organização %2)</translation>
    </message>
    <message>
        <source>Personal token of %1</source>
        <translation>Token pessoal de %1</translation>
    </message>
    <message>
        <source>Personal token of %1 &lt;%2&gt;</source>
        <translation>Token pessoal de %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Organization token (unnamed)</source>
        <translation>Token de organização (sem nome)</translation>
    </message>
    <message>
        <source>Organization token “%1”</source>
        <translation>Token de organização “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Multi-tenant administrator key: reaches %n organizations</source>
        <translation>
            <numerusform>Chave de administrador: acessa %n organização</numerusform>
            <numerusform>Chave de administrador multilocatário: acessa %n organizações</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator key (no organization listed)</source>
        <translation>Chave de administrador (nenhuma organização listada)</translation>
    </message>
    <message>
        <source>Administrator key for %1</source>
        <translation>Chave de administrador de %1</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>Organização %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, custom role limited to the views %2</source>
        <translation>%1, função personalizada limitada às visualizações %2</translation>
    </message>
    <message numerus="yes">
        <source>JumpCloud counts %n organizations; only the first %1 are listed.</source>
        <translation>
            <numerusform>O JumpCloud conta %n organização; apenas as primeiras %1 estão listadas.</numerusform>
            <numerusform>O JumpCloud conta %n organizações; apenas as primeiras %1 estão listadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token is named “%1” and was created on %2.</source>
        <translation>Este token se chama “%1” e foi criado em %2.</translation>
    </message>
    <message>
        <source>This token is named “%1”.</source>
        <translation>Este token se chama “%1”.</translation>
    </message>
    <message>
        <source>The account signs in to the portal through single sign-on.</source>
        <translation>A conta entra no portal por login único (SSO).</translation>
    </message>
    <message>
        <source>The account signs in to the portal with a password, not through single sign-on.</source>
        <translation>A conta entra no portal com uma senha, não por login único.</translation>
    </message>
    <message numerus="yes">
        <source>The MSP %1 has %n organizations.</source>
        <translation>
            <numerusform>O MSP %1 tem %n organização.</numerusform>
            <numerusform>O MSP %1 tem %n organizações.</numerusform>
        </translation>
    </message>
    <message>
        <source>API calls this hour, by the whole account: %1 of %2.</source>
        <translation>Chamadas à API nesta hora, da conta inteira: %1 de %2.</translation>
    </message>
    <message>
        <source>API calls this hour by this token: %1 of %2.</source>
        <translation>Chamadas à API deste token nesta hora: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more organizations</source>
        <translation>
            <numerusform>…e mais %n organização</numerusform>
            <numerusform>…e mais %n organizações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpCloudAnswer</name>
    <message>
        <source>the organizations after the first %1</source>
        <translation>as organizações depois das primeiras %1</translation>
    </message>
    <message>
        <source>Check that the key was copied in full. Generating a new API key revokes the old one, and keys that start with jca_ can expire, so a key that once worked may no longer. Keys also work only in their own region: this check asked %1 (%2).</source>
        <translation>Confira se a chave foi copiada por inteiro. Gerar uma nova chave de API revoga a anterior, e chaves que começam com jca_ podem expirar; então uma chave que já funcionou pode não funcionar mais. Além disso, as chaves só funcionam na própria região: esta verificação consultou %1 (%2).</translation>
    </message>
    <message>
        <source>API access must be on for your administrator account, and only an administrator with the Billing role can turn it on.</source>
        <translation>O acesso à API precisa estar ativado para a sua conta de administrador, e somente um administrador com a função Billing pode ativá-lo.</translation>
    </message>
</context>
<context>
    <name>KeepPage</name>
    <message>
        <source>Keep the connection</source>
        <translation>Manter a conexão</translation>
    </message>
    <message>
        <source>Save it to check it again later without pasting the token, copy a summary for a ticket, or export it for a script.</source>
        <translation>Salve-a para verificá-la de novo mais tarde sem colar o token, copie um resumo para um chamado ou exporte-a para um script.</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>&amp;Salvar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system&apos;s keychain and the rest of the profile in the program&apos;s settings</source>
        <translation>Guarda o token no chaveiro do sistema operacional e o restante do perfil nas configurações do programa</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copiar &amp;resumo</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>Copia o provedor, a região, a identidade e as funções para a área de transferência, para um chamado; nunca o token</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exportar per&amp;fil…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>Grava o perfil em JSON, sem o token</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>Exportar arquivo .&amp;env…</translation>
    </message>
    <message>
        <source>Writes the token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>Grava o token e o host dele, com os nomes que as próprias ferramentas do fornecedor leem, em um arquivo que só você pode ler</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Credential Connect cannot open its window: %1. The command-line check (--check) still works.</source>
        <translation>O Credential Connect não consegue abrir a janela: %1. A verificação pela linha de comando (--check) continua funcionando.</translation>
    </message>
    <message>
        <source>Credential Connect cannot reach its saved connections: %1. The command-line check (--check) still works.</source>
        <translation>O Credential Connect não consegue acessar suas conexões salvas: %1. A verificação pela linha de comando (--check) continua funcionando.</translation>
    </message>
</context>
<context>
    <name>MistAnswer</name>
    <message>
        <source>Mist allows 5,000 calls an hour per token; personal tokens share that budget with every other token and portal session of the same account.</source>
        <translation>O Mist permite 5.000 chamadas por hora por token; os tokens pessoais dividem essa cota com todos os outros tokens e sessões do portal da mesma conta.</translation>
    </message>
    <message>
        <source>the account&apos;s list of tokens does not show this one</source>
        <translation>a lista de tokens da conta não mostra este</translation>
    </message>
    <message>
        <source>several of the account&apos;s tokens begin and end like this one</source>
        <translation>vários tokens da conta começam e terminam como este</translation>
    </message>
    <message>
        <source>this token&apos;s name and creation date</source>
        <translation>o nome e a data de criação deste token</translation>
    </message>
    <message>
        <source>the organizations of the MSP %1</source>
        <translation>as organizações do MSP %1</translation>
    </message>
    <message>
        <source>this hour&apos;s API calls</source>
        <translation>as chamadas à API desta hora</translation>
    </message>
    <message>
        <source>Check that the token was copied in full. Mist also refuses a token that was deleted, and removes a personal token unused for 90 days. An organization token limited to certain source addresses is refused from any other network. A valid token sent to the wrong region is refused the same way: this check asked %1 (%2); your portal&apos;s address shows your region, for example %3.</source>
        <translation>Confira se o token foi copiado por inteiro. O Mist também recusa um token que foi excluído e remove um token pessoal que ficou 90 dias sem uso. Um token de organização limitado a certos endereços de origem é recusado a partir de qualquer outra rede. Um token válido enviado à região errada é recusado da mesma forma: esta verificação consultou %1 (%2); o endereço do seu portal mostra a sua região, por exemplo, %3.</translation>
    </message>
    <message>
        <source>An organization token limited to certain source addresses is refused from any other network: check from a network the token allows.</source>
        <translation>Um token de organização limitado a certos endereços de origem é recusado a partir de qualquer outra rede: verifique a partir de uma rede que o token permita.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>O serviço pede para aguardar %n minuto antes de tentar novamente.</numerusform>
            <numerusform>O serviço pede para aguardar %n minutos antes de tentar novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>O serviço pede para aguardar %n segundo antes de tentar novamente.</numerusform>
            <numerusform>O serviço pede para aguardar %n segundos antes de tentar novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was issued to “%1” by “%2”.</source>
        <translation>O certificado foi emitido para “%1” por “%2”.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so the token was not sent.</source>
        <translation>Não foi possível confiar na conexão segura com %1, então o token não foi enviado.</translation>
    </message>
    <message>
        <source>A network that inspects encrypted traffic causes this. Ask your IT department whether its certificate authority should be installed on this computer.</source>
        <translation>Isso acontece em redes que inspecionam o tráfego criptografado. Pergunte ao seu departamento de TI se a autoridade de certificação dele deve ser instalada neste computador.</translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check the network connection and, if you use a VPN or a proxy, that it is connected.</source>
        <translation>O endereço %1 não foi encontrado. Verifique a conexão de rede e, se você usa uma VPN ou um proxy, se ele está conectado.</translation>
    </message>
    <message>
        <source>%1 refused the connection. A firewall may block it: check the network connection, or ask your IT department.</source>
        <translation>%1 recusou a conexão. Um firewall pode estar bloqueando: verifique a conexão de rede ou fale com o seu departamento de TI.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again; if it happens again, a firewall or proxy may be interfering.</source>
        <translation>A conexão com %1 foi encerrada antes de a resposta ser concluída. Tente novamente; se acontecer de novo, um firewall ou proxy pode estar interferindo.</translation>
    </message>
    <message>
        <source>The network failed while asking %1. Check the connection and try again.</source>
        <translation>Houve uma falha de rede ao consultar %1. Verifique a conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The proxy server</source>
        <translation>O servidor proxy</translation>
    </message>
    <message>
        <source>The proxy server %1</source>
        <translation>O servidor proxy %1</translation>
    </message>
    <message>
        <source>%1 refused or dropped the connection. Check the proxy settings of this computer.</source>
        <translation>%1 recusou ou derrubou a conexão. Verifique as configurações de proxy deste computador.</translation>
    </message>
    <message>
        <source>%1 could not be used. Check the proxy settings of this computer.</source>
        <translation>%1 não pôde ser usado. Verifique as configurações de proxy deste computador.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect. Redirects are never followed, so the token went nowhere else. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 respondeu com um redirecionamento. Redirecionamentos nunca são seguidos, então o token não foi para nenhum outro lugar. Uma página de login de rede de hotel ou de visitantes pode causar isso: abra primeiro uma página web no navegador.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Redirects are never followed, so the token was not sent there. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 redirecionou a requisição para %2. Redirecionamentos nunca são seguidos, então o token não foi enviado para lá. Uma página de login de rede de hotel ou de visitantes pode causar isso: abra primeiro uma página web no navegador.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than any real answer (over 1 MiB) and was cut off. Something between you and the service may be interfering.</source>
        <translation>A resposta de %1 era maior do que qualquer resposta real (mais de 1 MiB) e foi cortada. Algo entre você e o serviço pode estar interferindo.</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the API sends; it may be a web page. A sign-in page of a hotel or guest network, or a proxy, may be answering instead: open a web page in your browser, then try again.</source>
        <translation>A resposta de %1 não é o que a API envia; pode ser uma página web. Uma página de login de rede de hotel ou de visitantes, ou um proxy, pode estar respondendo no lugar do serviço: abra uma página web no navegador e tente novamente.</translation>
    </message>
    <message>
        <source>%1 answered, but not in the form this check expects, so it cannot tell what the token grants. Try again later; if it persists, report it with the details below.</source>
        <translation>%1 respondeu, mas não no formato que esta verificação espera, então não é possível saber quais permissões o token concede. Tente novamente mais tarde; se o problema persistir, relate-o com os detalhes abaixo.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2, which a check does not expect. Check the region; if it persists, report it with the details below.</source>
        <translation>%1 respondeu com o status HTTP %2, que uma verificação não espera. Confira a região; se o problema persistir, relate-o com os detalhes abaixo.</translation>
    </message>
    <message>
        <source>Verified: the token works</source>
        <translation>Verificado: o token funciona</translation>
    </message>
    <message>
        <source>%1 (%2) accepted the token.</source>
        <translation>%1 (%2) aceitou o token.</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token recusado</translation>
    </message>
    <message>
        <source>%1 did not accept this token.</source>
        <translation>%1 não aceitou este token.</translation>
    </message>
    <message>
        <source>Token recognised, access denied</source>
        <translation>Token reconhecido, acesso negado</translation>
    </message>
    <message>
        <source>%1 recognised the token but denied access to its own details. The account or token lacks a permission: ask an administrator of your organization to grant API access, or use a token with a higher role.</source>
        <translation>%1 reconheceu o token, mas negou acesso aos próprios dados dele. A conta ou o token não tem uma permissão necessária: peça a um administrador da sua organização que conceda acesso à API ou use um token com uma função mais alta.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Requisições demais</translation>
    </message>
    <message>
        <source>%1 is limiting requests for this token.</source>
        <translation>%1 está limitando as requisições deste token.</translation>
    </message>
    <message>
        <source>The service has a problem</source>
        <translation>O serviço está com um problema</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2). The fault is on the service&apos;s side, not with the token.</source>
        <translation>%1 respondeu com um erro de servidor (HTTP %2). A falha é do serviço, não do token.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sem resposta a tempo</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the network connection, VPN or proxy, then try again.</source>
        <translation>
            <numerusform>%1 não respondeu em %n segundo. Verifique a conexão de rede, a VPN ou o proxy e tente novamente.</numerusform>
            <numerusform>%1 não respondeu em %n segundos. Verifique a conexão de rede, a VPN ou o proxy e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the service</source>
        <translation>Não foi possível acessar o serviço</translation>
    </message>
    <message>
        <source>Connection not trusted</source>
        <translation>Conexão não confiável</translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation>Problema de proxy</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Resposta inesperada</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Verifique os dados informados</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <source>The limit starts again at the full hour: try again after %1 UTC.</source>
        <translation>O limite recomeça na hora cheia: tente novamente depois das %1 UTC.</translation>
    </message>
    <message>
        <source>%1 asks for a sign-in, and none was given, so the token was not sent. Sign in to the proxy when the window asks; for the command line, put the user name and password in the proxy address (https_proxy=http://user:password@host:port). Your IT department knows which sign-in the proxy takes.</source>
        <translation>%1 pede um login, e nenhum foi informado; por isso o token não foi enviado. Entre no proxy quando a janela pedir; na linha de comando, coloque o usuário e a senha no endereço do proxy (https_proxy=http://usuario:senha@host:porta). Seu departamento de TI sabe qual login o proxy aceita.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password it was given, so the token was not sent. Check them and try again; your IT department can tell you which sign-in the proxy takes.</source>
        <translation>%1 recusou o usuário ou a senha informados; por isso o token não foi enviado. Confira-os e tente de novo; seu departamento de TI pode dizer qual login o proxy aceita.</translation>
    </message>
</context>
<context>
    <name>ProgramInputs</name>
    <message>
        <source>The provider catalog cannot be used: %1.</source>
        <translation>Não é possível usar o catálogo de provedores: %1.</translation>
    </message>
</context>
<context>
    <name>ProviderGuide</name>
    <message>
        <source>Cloud management for Juniper Mist wireless, wired and WAN networks.</source>
        <translation>Gerenciamento em nuvem para redes sem fio, cabeadas e WAN do Juniper Mist.</translation>
    </message>
    <message>
        <source>Personal or organization token?</source>
        <translation>Token pessoal ou de organização?</translation>
    </message>
    <message>
        <source>A personal token belongs to your own account and can do exactly what you can do, in every organization and MSP you can reach. Choose it for your own scripts and quick checks. It stops working when your account loses access.</source>
        <translation>Um token pessoal pertence à sua própria conta e pode fazer exatamente o que você pode fazer, em todas as organizações e MSPs que você acessa. Escolha-o para seus próprios scripts e verificações rápidas. Ele para de funcionar quando sua conta perde o acesso.</translation>
    </message>
    <message>
        <source>An organization token belongs to one organization, not to a person, and keeps working when people leave. You choose its rights when you make it. Choose it for integrations, service accounts and anything that must outlive one job.</source>
        <translation>Um token de organização pertence a uma organização, não a uma pessoa, e continua funcionando quando alguém sai. Você escolhe as permissões dele ao criá-lo. Escolha-o para integrações, contas de serviço e tudo o que precisa continuar funcionando mesmo quando as pessoas mudam.</translation>
    </message>
    <message>
        <source>Every token may make 5,000 API calls an hour. Personal tokens share that budget with each other and with your own use of the portal; each organization token has a budget of its own.</source>
        <translation>Cada token pode fazer 5.000 chamadas de API por hora. Os tokens pessoais dividem essa cota entre si e com o seu próprio uso do portal; cada token de organização tem uma cota própria.</translation>
    </message>
    <message>
        <source>If your organization signs in through single sign-on (SSO), the portal does not let you make personal tokens: ask an administrator for an organization token instead.</source>
        <translation>Se a sua organização usa logon único (SSO) para entrar, o portal não permite criar tokens pessoais: peça a um administrador um token de organização.</translation>
    </message>
    <message>
        <source>Make a personal token</source>
        <translation>Criar um token pessoal</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region (the button below opens it).</source>
        <translation>Faça login no portal da sua região (o botão abaixo abre o portal).</translation>
    </message>
    <message>
        <source>Open the account menu at the top right and choose My Account.</source>
        <translation>Abra o menu da conta, no canto superior direito, e escolha “My Account”.</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token, give the token a name, and choose Generate.</source>
        <translation>Na seção “API Token”, escolha “Create Token”, dê um nome ao token e escolha “Generate”.</translation>
    </message>
    <message>
        <source>Copy the key with the copy button beside it, then choose Done.</source>
        <translation>Copie a chave com o botão de copiar ao lado dela e escolha “Done”.</translation>
    </message>
    <message>
        <source>Make an organization token</source>
        <translation>Criar um token de organização</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region and open Organization, then Settings.</source>
        <translation>Faça login no portal da sua região e abra “Organization” e, em seguida, “Settings”.</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token and pick the access level the token needs: no more than the job requires.</source>
        <translation>Na seção “API Token”, escolha “Create Token” e selecione o nível de acesso de que o token precisa: não mais do que a tarefa exige.</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key with the copy button beside it.</source>
        <translation>Escolha “Generate” e copie a chave com o botão de copiar ao lado dela.</translation>
    </message>
    <message>
        <source>Choose Done, then Save at the top right of the settings page.</source>
        <translation>Escolha “Done” e, em seguida, “Save”, no canto superior direito da página de configurações.</translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translation>Antes de continuar</translation>
    </message>
    <message>
        <source>The portal shows the whole key only once, right after you make it. Copy it before you close the window; a lost key cannot be shown again, only replaced.</source>
        <translation>O portal mostra a chave inteira uma única vez, logo depois de criá-la. Copie-a antes de fechar a janela; uma chave perdida não pode ser mostrada de novo, apenas substituída.</translation>
    </message>
    <message>
        <source>Your region is the one in your portal&apos;s address: manage.gc3.mist.com is EMEA 02, for example. On the next page you can also paste that address, or let the program find the region for you.</source>
        <translation>A sua região é a que aparece no endereço do seu portal: manage.gc3.mist.com é EMEA 02, por exemplo. Na próxima página, você também pode colar esse endereço ou deixar que o programa encontre a região para você.</translation>
    </message>
    <message>
        <source>Juniper&apos;s cloud service that watches the health of your WAN routing.</source>
        <translation>O serviço em nuvem da Juniper que monitora a saúde do roteamento da sua WAN.</translation>
    </message>
    <message>
        <source>Make a token</source>
        <translation>Criar um token</translation>
    </message>
    <message>
        <source>Sign in to the Routing Assurance portal (the button below opens it).</source>
        <translation>Faça login no portal do Routing Assurance (o botão abaixo abre o portal).</translation>
    </message>
    <message>
        <source>Open Organization, then Settings, and choose Create Token.</source>
        <translation>Abra “Organization”, depois “Settings”, e escolha “Create Token”.</translation>
    </message>
    <message>
        <source>Give the token a name and a role: Super User, Network Admin, Observer or Helpdesk. Pick the lowest role that does the job.</source>
        <translation>Dê ao token um nome e uma função: Super User, Network Admin, Observer ou Helpdesk. Escolha a função mais baixa que dê conta da tarefa.</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key from the Key field before you close the page.</source>
        <translation>Escolha “Generate” e copie a chave do campo “Key” antes de fechar a página.</translation>
    </message>
    <message>
        <source>Deleting a token later cuts off everything that uses it at once.</source>
        <translation>Se você excluir um token mais tarde, tudo o que o utiliza para de funcionar na hora.</translation>
    </message>
    <message>
        <source>Directory, single sign-on and device management in the cloud.</source>
        <translation>Diretório, logon único e gerenciamento de dispositivos na nuvem.</translation>
    </message>
    <message>
        <source>Get your administrator API key</source>
        <translation>Obter sua chave de API de administrador</translation>
    </message>
    <message>
        <source>Sign in to the JumpCloud Admin Portal of your region (the button below opens it).</source>
        <translation>Faça login no JumpCloud Admin Portal da sua região (o botão abaixo abre o portal).</translation>
    </message>
    <message>
        <source>Generating a new key revokes the old one at once: every script and integration that still uses the old key stops working. If your key is in use elsewhere, use that key here rather than making a new one.</source>
        <translation>Gerar uma nova chave revoga a anterior na hora: todos os scripts e integrações que ainda usam a chave anterior param de funcionar. Se a sua chave estiver em uso em outro lugar, use essa chave aqui em vez de criar uma nova.</translation>
    </message>
    <message>
        <source>The key acts with all the rights of your administrator account. Treat it like your password.</source>
        <translation>A chave age com todas as permissões da sua conta de administrador. Trate-a como a sua senha.</translation>
    </message>
    <message>
        <source>Sign in to the %1 portal of your region (the button below opens it).</source>
        <translation>Faça login no portal do %1 da sua região (o botão abaixo abre o portal).</translation>
    </message>
    <message>
        <source>Make an API token in the portal&apos;s settings and copy it.</source>
        <translation>Crie um token de API nas configurações do portal e copie-o.</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <source>An organization token can be limited to certain source addresses, and the list cannot be changed once the token exists. Such a token is refused from any other network, so check it from a network the token allows.</source>
        <translation>Um token de organização pode ser limitado a certos endereços de origem, e essa lista não pode ser alterada depois que o token é criado. De qualquer outra rede, esse token é recusado; por isso, verifique-o a partir de uma rede que o token permita.</translation>
    </message>
    <message>
        <source>Mist removes a personal token that has not been used for 90 days. A token found in an old note may already be gone.</source>
        <translation>O Mist remove um token pessoal que ficou 90 dias sem uso. Um token encontrado em uma anotação antiga pode já não existir.</translation>
    </message>
    <message>
        <source>API access is off for a new administrator, and only an administrator with the Billing role can turn it on. If the portal says you may not view or generate a key, ask one of them to turn on API access for your account.</source>
        <translation>O acesso à API fica desativado para um novo administrador, e somente um administrador com a função Billing pode ativá-lo. Se o portal disser que você não pode ver nem gerar uma chave, peça a um deles que ative o acesso à API para a sua conta.</translation>
    </message>
    <message>
        <source>Open the account menu (your initials) and choose My API Key.</source>
        <translation>Abra o menu da conta (as suas iniciais) e escolha “My API Key”.</translation>
    </message>
    <message>
        <source>Choose Generate New API Key and copy the key at once: JumpCloud shows a key only when it is made, never again.</source>
        <translation>Escolha “Generate New API Key” e copie a chave na hora: o JumpCloud mostra uma chave somente quando ela é criada, nunca mais.</translation>
    </message>
    <message>
        <source>Keys that start with jca_ can carry an expiry date; a new key lasts 90 days unless another date is chosen. A key that worked before and is refused now may simply have expired.</source>
        <translation>Chaves que começam com jca_ podem ter data de expiração; uma chave nova vale por 90 dias, a menos que outra data seja escolhida. Uma chave que funcionava antes e agora é recusada pode simplesmente ter expirado.</translation>
    </message>
    <message>
        <source>Several organizations</source>
        <translation>Várias organizações</translation>
    </message>
    <message>
        <source>If your key reaches several organizations (a multi-tenant administrator), you will choose the one this connection is for after the check.</source>
        <translation>Se a sua chave acessa várias organizações (administrador multilocatário), você escolherá a organização desta conexão depois da verificação.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Which service?</source>
        <translation>Qual serviço?</translation>
    </message>
    <message>
        <source>Choose the service whose account you are connecting. The next pages show how to get its API token and check it.</source>
        <translation>Escolha o serviço cuja conta você está conectando. As próximas páginas mostram como obter o token de API dele e verificá-lo.</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Serviço</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>The service whose account you are connecting</source>
        <translation>O serviço cuja conta você está conectando</translation>
    </message>
</context>
<context>
    <name>ProxySignInDialog</name>
    <message>
        <source>Proxy Sign-In</source>
        <translation>Login no proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuário do proxy</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>&amp;Keep them in the system keychain for this proxy</source>
        <translation>&amp;Guardar no chaveiro do sistema para este proxy</translation>
    </message>
    <message>
        <source>Off: they are forgotten when the program closes</source>
        <translation>Desligado: são esquecidos quando o programa fecha</translation>
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
        <translation>Sua região foi encontrada</translation>
    </message>
    <message>
        <source>Found your region: %1 accepted the token.</source>
        <translation>Sua região foi encontrada: %1 aceitou o token.</translation>
    </message>
    <message>
        <source>No region accepted the token</source>
        <translation>Nenhuma região aceitou o token</translation>
    </message>
    <message>
        <source>Every region of %1 refused this token, so the region is not the problem: the token is mistyped, was deleted, or has expired. Copy it again in full, or make a new one.</source>
        <translation>Todas as regiões do %1 recusaram este token, então o problema não é a região: o token foi digitado errado, foi excluído ou expirou. Copie-o novamente por inteiro ou crie um novo.</translation>
    </message>
    <message>
        <source>Region found, access denied</source>
        <translation>Região encontrada, acesso negado</translation>
    </message>
    <message>
        <source>The token belongs to %1.</source>
        <translation>O token pertence a %1.</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Verifique os dados informados</translation>
    </message>
    <message>
        <source>%1 has no regions to ask. Nothing was sent.</source>
        <translation>%1 não tem regiões para consultar. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Region not found for certain</source>
        <translation>Região não encontrada com certeza</translation>
    </message>
    <message>
        <source>The regions of %1 that could be checked refused the token, but not every region could be checked: %2. The token may belong to a region that could not be checked.</source>
        <translation>As regiões do %1 que puderam ser verificadas recusaram o token, mas nem todas as regiões puderam ser verificadas: %2. O token pode pertencer a uma região que não pôde ser verificada.</translation>
    </message>
    <message>
        <source>No region could be checked</source>
        <translation>Nenhuma região pôde ser verificada</translation>
    </message>
    <message>
        <source>No region of %1 could be checked, so it is not known whether the token works.</source>
        <translation>Nenhuma região do %1 pôde ser verificada, então não se sabe se o token funciona.</translation>
    </message>
    <message>
        <source>accepted the token</source>
        <translation>aceitou o token</translation>
    </message>
    <message>
        <source>refused the token</source>
        <translation>recusou o token</translation>
    </message>
    <message>
        <source>recognised the token, denied access</source>
        <translation>reconheceu o token, acesso negado</translation>
    </message>
    <message>
        <source>not asked: the address is not allowed</source>
        <translation>não consultada: o endereço não é permitido</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>requisições demais</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erro de servidor</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>endereço não encontrado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>connection closed before the answer</source>
        <translation>conexão encerrada antes da resposta</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>falha de rede</translation>
    </message>
    <message>
        <source>connection not trusted</source>
        <translation>conexão não confiável</translation>
    </message>
    <message>
        <source>proxy problem</source>
        <translation>problema de proxy</translation>
    </message>
    <message>
        <source>redirected elsewhere, not followed</source>
        <translation>redirecionou para outro lugar; não seguido</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>resposta inesperada</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Region found, rate limited</source>
        <translation>Região encontrada, requisições limitadas</translation>
    </message>
    <message>
        <source>The token belongs to %1: %2 limits only the tokens it knows and refuses the others, so the limit shows that the token is at home there. What it grants can be checked once the limit is over.</source>
        <translation>O token pertence a %1: %2 só limita os tokens que conhece e recusa os demais, então o limite mostra que o token é de lá. O que ele permite poderá ser verificado quando o limite acabar.</translation>
    </message>
    <message>
        <source>stopped because the token&apos;s region was found first</source>
        <translation>interrompida porque a região do token foi encontrada antes</translation>
    </message>
</context>
<context>
    <name>RegionField</name>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>Escolha a região, digite o subdomínio ou o host da API dela ou cole o endereço do seu portal</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a symbolic link</source>
        <translation>um link simbólico</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>um pipe nomeado</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>um arquivo especial</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>é %1, não um arquivo comum</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What the token is and grants</source>
        <translation>O que é o token e o que ele permite</translation>
    </message>
    <message>
        <source>&amp;Organization this connection is for:</source>
        <translation>Or&amp;ganização desta conexão:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>The organization this connection is for, among those the token reaches</source>
        <translation>A organização desta conexão, entre as que o token acessa</translation>
    </message>
    <message>
        <source>F&amp;ilter by name or ID:</source>
        <translation>F&amp;iltrar por nome ou ID:</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Filtrar organizações</translation>
    </message>
    <message>
        <source>Shows only the organizations whose name or ID contains the typed text; the Down arrow key moves to the list</source>
        <translation>Mostra só as organizações cujo nome ou ID contém o texto digitado; a tecla de seta para baixo passa para a lista</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
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
        <translation>Não há conexões salvas.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) checked: %1.</source>
        <translation>
            <numerusform>%n conexão verificada: %1.</numerusform>
            <numerusform>%n conexões verificadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>O arquivo .env não foi gravado: %1.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>Nada foi exportado: %1.</translation>
    </message>
    <message>
        <source>There is no saved connection “%1”. --list-saved lists their keys.</source>
        <translation>Não há nenhuma conexão salva “%1”. --list-saved lista as chaves.</translation>
    </message>
    <message>
        <source>--format takes env, profile or summary.</source>
        <translation>--format aceita env, profile ou summary.</translation>
    </message>
    <message>
        <source>There is no .env export for this connection: %1.</source>
        <translation>Não há exportação .env para esta conexão: %1.</translation>
    </message>
    <message>
        <source>--format %1 writes a file: name it with --output FILE, or give --output - to print it.</source>
        <translation>--format %1 grava um arquivo: indique-o com --output ARQUIVO, ou use --output - para imprimi-lo.</translation>
    </message>
    <message>
        <source>%1 exists already. Add --force to replace it.</source>
        <translation>%1 já existe. Adicione --force para substituí-lo.</translation>
    </message>
    <message>
        <source>The profile is in %1. It holds no token.</source>
        <translation>O perfil está em %1. Ele não contém nenhum token.</translation>
    </message>
    <message>
        <source>The summary is in %1. It holds no token.</source>
        <translation>O resumo está em %1. Ele não contém nenhum token.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warning: the extra certificate authorities of the settings are not trusted: %1</source>
        <translation>Aviso: as autoridades certificadoras adicionais das configurações não são confiáveis: %1</translation>
    </message>
    <message>
        <source>Give one of --list-saved, --check-saved and --export-saved.</source>
        <translation>Indique apenas uma de --list-saved, --check-saved e --export-saved.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Warning: the desktop notification could not be shown: %1</source>
        <translation>Aviso: não foi possível mostrar a notificação na área de trabalho: %1</translation>
    </message>
    <message>
        <source>--notify goes with --check-saved only.</source>
        <translation>--notify só funciona com --check-saved.</translation>
    </message>
</context>
<context>
    <name>SavedConnectionsView</name>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>C&amp;onectar uma conta…</translation>
    </message>
    <message>
        <source>Opens the setup wizard: choose the service, get a token, check it and keep it</source>
        <translation>Abre o assistente de configuração: escolha o serviço, obtenha um token, verifique-o e salve-o</translation>
    </message>
    <message>
        <source>Saved c&amp;onnections:</source>
        <translation>Conexões &amp;salvas:</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexões salvas</translation>
    </message>
    <message>
        <source>Service and region</source>
        <translation>Serviço e região</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Token of</source>
        <translation>Titular do token</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Checks the stored token with the service again, without showing it</source>
        <translation>Verifica novamente o token armazenado com o serviço, sem mostrá-lo</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copiar &amp;resumo</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>Copia o provedor, a região, a identidade e as funções para a área de transferência, para um chamado; nunca o token</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exportar &amp;perfil…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>Grava o perfil em JSON, sem o token</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>Exportar arquivo .&amp;env…</translation>
    </message>
    <message>
        <source>Writes the stored token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>Grava o token armazenado e o host dele, com os nomes que as próprias ferramentas do fornecedor leem, em um arquivo que só você pode ler</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Removes the connection: its token from the keychain and its profile from the settings</source>
        <translation>Remove a conexão: o token dela do chaveiro e o perfil dela das configurações</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Each saved connection with its service, region, organization, token holder, when it was last verified and how its last check went</source>
        <translation>Cada conexão salva com seu serviço, região, organização, titular do token, quando foi verificada pela última vez e como foi sua última verificação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Re-verify all</source>
        <translation>Verificar todas novamente</translation>
    </message>
    <message>
        <source>Checks every saved connection&apos;s stored token again, a few at a time, and shows each outcome in the Status column</source>
        <translation>Verifica novamente o token armazenado de cada conexão salva, algumas de cada vez, e mostra cada resultado na coluna Status</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Where a company proxy inspects encrypted traffic, IT normally installs its root certificate in the system, and Credential Connect trusts it from there. If IT gave you the certificate as a file instead, choose it here: only this program will trust it, besides the system&apos;s own certificate authorities.</source>
        <translation>Quando um proxy corporativo inspeciona o tráfego criptografado, a TI normalmente instala o certificado raiz dele no sistema, e o Credential Connect confia nele a partir daí. Se a TI forneceu o certificado como arquivo, escolha-o aqui: somente este programa confiará nele, além das autoridades de certificação do próprio sistema.</translation>
    </message>
    <message>
        <source>Extra certificate &amp;authorities (PEM file):</source>
        <translation>&amp;Autoridades de certificação adicionais (arquivo PEM):</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>Nenhum: somente as autoridades de certificação do sistema</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Autoridades de certificação adicionais</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>O caminho de um arquivo PEM com as autoridades de certificação fornecidas pelo seu departamento de TI; vazio para nenhum</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Watch my connections</source>
        <translation>&amp;Vigiar minhas conexões</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>Uma vez por dia, verificar cada conexão salva e mostrar uma notificação na área de trabalho quando uma deixar de funcionar</translation>
    </message>
    <message>
        <source>Once a day, even while this window is closed, every saved connection is checked with its token from the keychain. When a service starts refusing a token, a desktop notification names the connection and says what to do. A systemd timer of your user account runs the check.</source>
        <translation>Uma vez por dia, mesmo com esta janela fechada, cada conexão salva é verificada com seu token do chaveiro. Quando um serviço passa a recusar um token, uma notificação na área de trabalho nomeia a conexão e diz o que fazer. A verificação é executada por um temporizador do systemd da sua conta de usuário.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the settings file %1 is damaged and was left as it is</source>
        <translation>o arquivo de configurações %1 está danificado e foi mantido como estava</translation>
    </message>
    <message>
        <source>the settings file %1 could not be written</source>
        <translation>não foi possível gravar o arquivo de configurações %1</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read (%2)</source>
        <translation>o arquivo de configurações %1 não pode ser lido (%2)</translation>
    </message>
    <message>
        <source>the settings file %1 is %2 MB, far more than the program writes, so it was left as it is</source>
        <translation>o arquivo de configurações %1 tem %2 MB, muito mais do que o programa grava, por isso foi deixado como estava</translation>
    </message>
    <message>
        <source>the settings file %1 is being written by another window or program, which did not finish within %2 seconds</source>
        <translation>o arquivo de configurações %1 está sendo gravado por outra janela ou programa, que não terminou em %2 segundos</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Paste the token here</source>
        <translation>Cole o token aqui</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>O token secreto do portal do provedor. Ele fica oculto enquanto você digita e nunca é armazenado.</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token</source>
        <translation>Mostra ou oculta os caracteres do token</translation>
    </message>
</context>
<context>
    <name>TokenGuidePage</name>
    <message>
        <source>Get a token</source>
        <translation>Obter um token</translation>
    </message>
    <message>
        <source>How to get a token</source>
        <translation>Como obter um token</translation>
    </message>
    <message>
        <source>Steps to make an API token in the service&apos;s portal</source>
        <translation>Passos para criar um token de API no portal do serviço</translation>
    </message>
    <message>
        <source>Your &amp;portal:</source>
        <translation>&amp;Seu portal:</translation>
    </message>
    <message>
        <source>Your portal</source>
        <translation>Seu portal</translation>
    </message>
    <message>
        <source>The region whose portal you sign in to; the token is checked in the same region</source>
        <translation>A região em cujo portal você faz login; o token é verificado na mesma região</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <source>Opens the chosen region&apos;s portal in your web browser</source>
        <translation>Abre o portal da região escolhida no seu navegador web</translation>
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
        <translation>O Juniper Mist exclui um token pessoal sem uso por 90 dias, e um token de organização só funciona a partir das redes que ele permite: crie um token novo no portal do Mist e salve a conexão de novo (Arquivo › Conectar uma conta…).</translation>
    </message>
    <message>
        <source>A new JumpCloud API key revokes the old one, and keys starting with jca_ expire: save the connection again with the current key (File › Connect an Account…).</source>
        <translation>Uma chave de API nova do JumpCloud revoga a antiga, e as chaves que começam com jca_ expiram: salve a conexão de novo com a chave atual (Arquivo › Conectar uma conta…).</translation>
    </message>
    <message>
        <source>A token deleted in the portal is refused from then on: make a new token and save the connection again (File › Connect an Account…).</source>
        <translation>Um token excluído no portal é recusado a partir de então: crie um token novo e salve a conexão de novo (Arquivo › Conectar uma conta…).</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s) stopped working</source>
        <translation>
            <numerusform>%n conexão salva deixou de funcionar</numerusform>
            <numerusform>%n conexões salvas deixaram de funcionar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the service now denies its token access.</source>
        <translation>%1: o serviço agora nega acesso ao seu token.</translation>
    </message>
    <message>
        <source>%1: the service refused its token.</source>
        <translation>%1: o serviço recusou seu token.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>E mais %n.</numerusform>
            <numerusform>E mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved connections in Credential Connect shows what each check said.</source>
        <translation>Conexões salvas, no Credential Connect, mostra o que cada verificação disse.</translation>
    </message>
</context>
<context>
    <name>cc::ExportEnvJob</name>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>O arquivo .env não foi gravado: %1.</translation>
    </message>
    <message>
        <source>The .env file is in %1, readable by you only. It holds the token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>O arquivo .env está em %1 e só pode ser lido por você. Ele contém o token em texto não criptografado: mantenha-o em sigilo e exclua-o quando não for mais necessário.</translation>
    </message>
</context>
<context>
    <name>cc::KeeperJob</name>
    <message>
        <source>Another change to this connection is still under way. Wait for it to finish, then try again.</source>
        <translation>Outra alteração nesta conexão ainda está em andamento. Aguarde a conclusão e tente novamente.</translation>
    </message>
    <message>
        <source>There is no saved connection %1.</source>
        <translation>Não há nenhuma conexão salva %1.</translation>
    </message>
    <message>
        <source>Another window is changing this connection and did not finish within %1 seconds. Nothing was changed; try again once it is done.</source>
        <translation>Outra janela está alterando esta conexão e não terminou em %1 segundos. Nada foi alterado; tente de novo quando ela terminar.</translation>
    </message>
</context>
<context>
    <name>cc::RemoveConnectionJob</name>
    <message>
        <source>The connection was not deleted: %1. Its token and its details are both kept.</source>
        <translation>A conexão não foi excluída: %1. O token e os detalhes dela foram mantidos.</translation>
    </message>
    <message>
        <source>The connection was deleted: its token from the keychain, its details from the settings.</source>
        <translation>A conexão foi excluída: o token dela do chaveiro e os detalhes dela das configurações.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept; the keychain held no token for it.</source>
        <translation>A conexão não foi excluída: %1. Os detalhes dela foram mantidos; o chaveiro não continha nenhum token para ela.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its token was put back in the keychain; its details are kept.</source>
        <translation>A conexão não foi excluída: %1. O token dela foi devolvido ao chaveiro; os detalhes foram mantidos.</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept, but its token could not be put back in the keychain (%2): save the connection again with its token.</source>
        <translation>A conexão não foi excluída: %1. Os detalhes dela foram mantidos, mas não foi possível devolver o token ao chaveiro (%2): salve a conexão novamente com o token.</translation>
    </message>
</context>
<context>
    <name>cc::RestoreConnectionJob</name>
    <message>
        <source>The connection was not restored: %1. Nothing was changed.</source>
        <translation>A conexão não foi restaurada: %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1 any more, so there was nothing to restore.</source>
        <translation>O chaveiro não guarda mais nenhum token para %1, então não havia nada a restaurar.</translation>
    </message>
    <message>
        <source>The connection was not restored: %1. Its token stays in the keychain.</source>
        <translation>A conexão não foi restaurada: %1. O token dela continua no chaveiro.</translation>
    </message>
    <message>
        <source>The connection was restored: its token was still in the keychain, and its details are back in the settings.</source>
        <translation>A conexão foi restaurada: o token dela ainda estava no chaveiro, e os detalhes voltaram às configurações.</translation>
    </message>
</context>
<context>
    <name>cc::ReverifyConnectionJob</name>
    <message>
        <source>This connection&apos;s provider or region is no longer one the program knows, so its token was not sent.</source>
        <translation>O provedor ou a região desta conexão não é mais conhecido pelo programa, então o token não foi enviado.</translation>
    </message>
    <message>
        <source>The connection was not checked: %1. Its details are unchanged.</source>
        <translation>A conexão não foi verificada: %1. Os detalhes dela não foram alterados.</translation>
    </message>
    <message>
        <source>The stored token still works. %1</source>
        <translation>O token armazenado ainda funciona. %1</translation>
    </message>
    <message>
        <source>The stored token still works, but the new check date could not be saved: %1.</source>
        <translation>O token armazenado ainda funciona, mas não foi possível salvar a nova data de verificação: %1.</translation>
    </message>
    <message>
        <source>%1 This failed check is recorded with the connection; its other details are unchanged.</source>
        <translation>%1 Esta verificação com falha foi registrada na conexão; os demais dados dela não foram alterados.</translation>
    </message>
    <message>
        <source>%1 This failed check could not be recorded either: %2.</source>
        <translation>%1 Também não foi possível registrar esta verificação com falha: %2.</translation>
    </message>
</context>
<context>
    <name>cc::SaveConnectionJob</name>
    <message>
        <source>The connection was not saved: its provider or region is not one the program knows. Nothing was written.</source>
        <translation>A conexão não foi salva: o provedor ou a região dela não é conhecido pelo programa. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1 Nothing was written.</source>
        <translation>A conexão não foi salva: %1 Nada foi gravado.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. Nothing was written.</source>
        <translation>A conexão não foi salva: %1. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The connection was saved: the token in the keychain, the details in the settings.</source>
        <translation>A conexão foi salva: o token no chaveiro e os detalhes nas configurações.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain holds what it held before.</source>
        <translation>A conexão não foi salva: %1. O chaveiro contém o mesmo que antes.</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain could not be put back either (%2): its entry %3 may hold the new token.</source>
        <translation>A conexão não foi salva: %1. Também não foi possível restaurar o chaveiro (%2): a entrada %3 dele pode conter o novo token.</translation>
    </message>
</context>
<context>
    <name>cc::SecretJob</name>
    <message>
        <source>the keychain holds no token for this connection</source>
        <translation>o chaveiro não contém nenhum token para esta conexão</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>o acesso foi recusado</translation>
    </message>
    <message>
        <source>the keychain refused access (it may be locked)</source>
        <translation>o chaveiro recusou o acesso (ele pode estar bloqueado)</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>o chaveiro não conseguiu excluir a entrada</translation>
    </message>
    <message>
        <source>the keychain is unavailable (this system offers none the program can use)</source>
        <translation>o chaveiro não está disponível (este sistema não oferece nenhum que o programa possa usar)</translation>
    </message>
    <message>
        <source>the keychain could not be used (%1); it may be locked or have no default keyring yet</source>
        <translation>não foi possível usar o chaveiro (%1); ele pode estar bloqueado ou ainda não ter um chaveiro padrão</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no D-Bus session is running, so no Secret Service can be reached)</source>
        <translation>o chaveiro não está disponível (nenhuma sessão D-Bus está em execução, então nenhum Secret Service pode ser acessado)</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no Secret Service is running)</source>
        <translation>o chaveiro não está disponível (nenhum Secret Service está em execução)</translation>
    </message>
</context>
<context>
    <name>cc::VerificationJob</name>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation>O endereço %1 não usa HTTPS.</translation>
    </message>
    <message>
        <source>the time limit ran out before it was asked</source>
        <translation>o tempo limite acabou antes de perguntar</translation>
    </message>
    <message>
        <source>the time limit ran out</source>
        <translation>o tempo limite acabou</translation>
    </message>
    <message>
        <source>the answer was larger than 1 MiB</source>
        <translation>a resposta era maior que 1 MiB</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>o servidor respondeu com o status HTTP %1</translation>
    </message>
    <message>
        <source>the request failed: %1</source>
        <translation>a solicitação falhou: %1</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistDialog</name>
    <message>
        <source>Open a List of Tokens</source>
        <translation>Abrir uma lista de tokens</translation>
    </message>
    <message>
        <source>Lists of tokens (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Listas de tokens (*.csv *.jsonl *.ndjson *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>as linhas coladas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) answered</source>
        <translation>
            <numerusform>%1 de %n linha respondida</numerusform>
            <numerusform>%1 de %n linhas respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1</source>
        <translation>
            <numerusform>%n linha verificada: %1</numerusform>
            <numerusform>%n linhas verificadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <source>Export the Results</source>
        <translation>Exportar os resultados</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Arquivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results were not exported: %1</source>
        <translation>Os resultados não foram exportados: %1</translation>
    </message>
    <message>
        <source>The results, without the tokens, are in %1.</source>
        <translation>Os resultados, sem os tokens, estão em %1.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Salvando no chaveiro do sistema…</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved in the system keychain.</source>
        <translation>
            <numerusform>%n conexão salva no chaveiro do sistema.</numerusform>
            <numerusform>%n conexões salvas no chaveiro do sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be saved: see their rows.</source>
        <translation>
            <numerusform>%n não pôde ser salva: veja a linha dela.</numerusform>
            <numerusform>%n não puderam ser salvas: veja as linhas delas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unsaved, with no organization chosen.</source>
        <translation>
            <numerusform>%n ficou sem salvar, sem organização escolhida.</numerusform>
            <numerusform>%n ficaram sem salvar, sem organização escolhida.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificados</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusados</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>proibidos</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>entrada inválida</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de requisições</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erro do servidor</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erro de rede</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>erro de TLS</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>erro do proxy</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>resposta inesperada</translation>
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
        <translation>Linha</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Provider and region</source>
        <translation>Provedor e região</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who the token is</source>
        <translation>De quem é o token</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
</context>
<context>
    <name>cc::gui::ConnectForm</name>
    <message numerus="yes">
        <source>%1 of %n regions answered…</source>
        <translation>
            <numerusform>%1 de %n região respondeu…</numerusform>
            <numerusform>%1 de %n regiões responderam…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To find the region, Credential Connect sends this token to the API host of every %1 region, %n hosts in all: %2. It stops asking as soon as one region accepts the token. Each of these hosts belongs to %1.</source>
        <translation>
            <numerusform>Para encontrar a região, o Credential Connect envia este token ao host da API da região do %1, %n host: %2. Cada um desses hosts pertence ao %1.</numerusform>
            <numerusform>Para encontrar a região, o Credential Connect envia este token ao host da API de cada região do %1, %n hosts ao todo: %2. Ele para de consultar assim que uma região aceita o token. Cada um desses hosts pertence ao %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking every region of %1 whether it accepts the token…</source>
        <translation>Perguntando a todas as regiões do %1 se aceitam o token…</translation>
    </message>
    <message>
        <source>No region accepted this token: see below.</source>
        <translation>Nenhuma região aceitou este token: veja abaixo.</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>Verificação cancelada</translation>
    </message>
    <message>
        <source>Nothing was verified. Press Verify to try again.</source>
        <translation>Nada foi verificado. Clique em Verificar para tentar novamente.</translation>
    </message>
    <message>
        <source>The service refused this token: see below.</source>
        <translation>O serviço recusou este token: veja abaixo.</translation>
    </message>
    <message>
        <source>Search every region for this token…</source>
        <translation>Procurar este token em todas as regiões…</translation>
    </message>
    <message>
        <source>Shows which hosts would receive the token, then asks every region</source>
        <translation>Mostra quais hosts receberiam o token e depois consulta todas as regiões</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>V&amp;erificar</translation>
    </message>
    <message>
        <source>Asking %1 whether the token works…</source>
        <translation>Perguntando a %1 se o token funciona…</translation>
    </message>
</context>
<context>
    <name>cc::gui::CredentialsPage</name>
    <message>
        <source>Paste the token and press Verify. Next is available once the service has accepted it.</source>
        <translation>Cole o token e clique em Verificar. O botão Próximo fica disponível quando o serviço aceitar o token.</translation>
    </message>
</context>
<context>
    <name>cc::gui::KeepPage</name>
    <message>
        <source>The token goes to the system keychain, filed under “%1”; the provider, region, organization and identity go to the program&apos;s settings. Nothing else keeps the token.</source>
        <translation>O token vai para o chaveiro do sistema, com o nome “%1”; o provedor, a região, a organização e a identidade vão para as configurações do programa. O token não fica guardado em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>&amp;Salvar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Salvando no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
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
        <translation>&amp;Verificação rápida</translation>
    </message>
    <message>
        <source>&amp;Saved connections</source>
        <translation>&amp;Conexões salvas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>&amp;Conectar uma conta…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Credential Connect</source>
        <translation>&amp;Sobre o Credential Connect</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>The extra certificate authorities of the settings are not trusted: %1</source>
        <translation>As autoridades de certificação adicionais das configurações não são confiáveis: %1</translation>
    </message>
    <message>
        <source>About Credential Connect</source>
        <translation>Sobre o Credential Connect</translation>
    </message>
    <message>
        <source>Credential Connect %1

Links a Juniper Mist, Mist Routing Assurance or JumpCloud account by its API token: it asks the provider whether the token works and what it grants. The token goes only to the API host of the region you choose.</source>
        <translation>Credential Connect %1

Vincula uma conta do Juniper Mist, do Mist Routing Assurance ou do JumpCloud pelo token de API: pergunta ao provedor se o token funciona e quais permissões ele concede. O token vai somente para o host da API da região que você escolher.</translation>
    </message>
    <message>
        <source>Check a &amp;List…</source>
        <translation>Verificar uma &amp;lista…</translation>
    </message>
</context>
<context>
    <name>cc::gui::ProxySignInDialog</name>
    <message>
        <source>The proxy server %1 asks for a user name and password before it lets the check through. They go to the proxy only.</source>
        <translation>O servidor proxy %1 pede um usuário e uma senha antes de deixar a verificação passar. Eles vão somente para o proxy.</translation>
    </message>
    <message>
        <source>The proxy calls itself “%1”.</source>
        <translation>O proxy se apresenta como “%1”.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>E&amp;ntrar</translation>
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
        <translation>Escolha uma região ou cole o endereço do seu portal.</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Pick one from the list, or paste the address of your portal (for example %3).</source>
        <translation>“%1” não é uma região do %2. Escolha uma da lista ou cole o endereço do seu portal (por exemplo, %3).</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Organization ID from the address: %1</source>
        <translation>ID da organização no endereço: %1</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>Escolha a região, digite o subdomínio ou o host da API dela ou cole o endereço do seu portal</translation>
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
        <translation>A resposta não indica uma única organização. O ID da organização do endereço do seu portal, %1, fica salvo com a conexão.</translation>
    </message>
    <message>
        <source>The answer names no single organization (for example, a grant on a whole MSP). The connection is kept without one.</source>
        <translation>A resposta não indica uma única organização (por exemplo, uma permissão em um MSP inteiro). A conexão é salva sem organização.</translation>
    </message>
    <message>
        <source>This key is for one organization.</source>
        <translation>Esta chave é de uma organização.</translation>
    </message>
    <message numerus="yes">
        <source>This key reaches %n organizations: you are a multi-tenant administrator. Pick the organization this connection is for; later JumpCloud calls send its ID in the x-org-id header.</source>
        <translation>
            <numerusform>Esta chave acessa %n organização.</numerusform>
            <numerusform>Esta chave acessa %n organizações: você é um administrador multilocatário. Escolha a organização desta conexão; as próximas chamadas ao JumpCloud enviarão o ID dela no cabeçalho x-org-id.</numerusform>
        </translation>
    </message>
    <message>
        <source>This token&apos;s grants are in one organization.</source>
        <translation>As permissões deste token estão em uma única organização.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed here.</source>
        <translation>Aqui estão listadas apenas as primeiras %1.</translation>
    </message>
    <message numerus="yes">
        <source>This token reaches %n organizations. Pick the one this connection is for.</source>
        <translation>
            <numerusform>Este token acessa %n organização.</numerusform>
            <numerusform>Este token acessa %n organizações. Escolha a organização desta conexão.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Consultado: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Status HTTP: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>The other regions:</source>
        <translation>As outras regiões:</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>O serviço respondeu: “%1”</translation>
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
        <translation>Não exportado</translation>
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
        <translation>Ainda não há conexões salvas. Conecte uma conta para guardar o token dela no chaveiro do sistema e verificá-lo de novo a qualquer momento.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s). The tokens stay in the system keychain; select one to check it again, copy its summary or export it.</source>
        <translation>
            <numerusform>%n conexão salva. O token dela fica no chaveiro do sistema; selecione-a para verificá-la de novo, copiar o resumo ou exportá-la.</numerusform>
            <numerusform>%n conexões salvas. Os tokens ficam no chaveiro do sistema; selecione uma para verificá-la de novo, copiar o resumo ou exportá-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 (%2) whether the stored token still works…</source>
        <translation>Perguntando a %1 (%2) se o token armazenado ainda funciona…</translation>
    </message>
    <message>
        <source>Delete the Connection?</source>
        <translation>Excluir a conexão?</translation>
    </message>
    <message>
        <source>Delete the %1 connection in %2? Its token is removed from the system keychain and its details from the settings. The token itself keeps working at %1 until it is revoked there.</source>
        <translation>Excluir a conexão do %1 em %2? O token dela é removido do chaveiro do sistema e os detalhes, das configurações. O token em si continua funcionando no %1 até ser revogado lá.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nada foi alterado</translation>
    </message>
    <message>
        <source>The saved connections cannot be shown: %1. Nothing in it was changed.</source>
        <translation>As conexões salvas não podem ser mostradas: %1. Nada nele foi alterado.</translation>
    </message>
    <message>
        <source>Unfinished Change</source>
        <translation>Alteração não concluída</translation>
    </message>
    <message>
        <source>A change to the %1 connection in %2 (%3) was cut off before it was finished: the system keychain may hold its token, but the list does not show it. Restore the connection, or remove its token from the keychain?</source>
        <translation>Uma alteração na conexão de %1 em %2 (%3) foi interrompida antes de terminar: o chaveiro do sistema pode guardar o token dela, mas a lista não a mostra. Restaurar a conexão ou remover o token dela do chaveiro?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Asking the providers whether the stored tokens still work…</source>
        <translation>Perguntando aos provedores se os tokens armazenados ainda funcionam…</translation>
    </message>
    <message>
        <source>All verified</source>
        <translation>Todas verificadas</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n saved connection(s): every stored token still works.</source>
        <translation>
            <numerusform>%n conexão salva verificada: todos os tokens armazenados ainda funcionam.</numerusform>
            <numerusform>%n conexões salvas verificadas: todos os tokens armazenados ainda funcionam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not all verified</source>
        <translation>Nem todas verificadas</translation>
    </message>
    <message>
        <source>Connections that did not verify: %1 of %2. The Status column says since when and why.</source>
        <translation>Conexões que não foram verificadas: %1 de %2. A coluna Status diz desde quando e por quê.</translation>
    </message>
</context>
<context>
    <name>cc::gui::SettingsDialog</name>
    <message>
        <source>Choose the Certificate Authorities</source>
        <translation>Escolha as autoridades de certificação</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>A configuração não foi salva: %1</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>O caminho de um arquivo PEM com as autoridades de certificação fornecidas pelo seu departamento de TI; vazio para nenhum</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>Ativando a verificação diária…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>Desativando a verificação diária…</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>Uma vez por dia, verificar cada conexão salva e mostrar uma notificação na área de trabalho quando uma deixar de funcionar</translation>
    </message>
</context>
<context>
    <name>cc::gui::SetupWizard</name>
    <message>
        <source>Connect an account</source>
        <translation>Conectar uma conta</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenField</name>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>O token secreto do portal do provedor. Ele fica oculto enquanto você digita e nunca é armazenado.</translation>
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
        <translation>Mostra ou oculta os caracteres do token (%1)</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar o token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar o token</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenGuidePage</name>
    <message>
        <source>Get a %1 token</source>
        <translation>Obter um token do %1</translation>
    </message>
    <message>
        <source>Make the token in the %1 portal, copy it, and come back: the next page checks it.</source>
        <translation>Crie o token no portal do %1, copie-o e volte: a próxima página faz a verificação.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Endereço: %1</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Abre %1 no seu navegador web</translation>
    </message>
    <message>
        <source>No web browser could be started. Open %1 in your browser yourself.</source>
        <translation>Não foi possível abrir nenhum navegador web. Abra %1 no seu navegador manualmente.</translation>
    </message>
</context>
<context>
    <name>cc::gui::VerifiedSaver</name>
    <message>
        <source>Not saved: no organization was chosen.</source>
        <translation>Não salva: nenhuma organização foi escolhida.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>a linha %1</translation>
    </message>
    <message>
        <source>“%1” (line %2)</source>
        <translation>“%1” (linha %2)</translation>
    </message>
    <message>
        <source>Choose the Organization</source>
        <translation>Escolher a organização</translation>
    </message>
    <message numerus="yes">
        <source>The token of %1 reaches %n organizations. Which one is this connection for? Close the question to leave this token unsaved.</source>
        <translation>
            <numerusform>O token de %1 alcança %n organização. Para qual é esta conexão? Feche a pergunta para deixar este token sem salvar.</numerusform>
            <numerusform>O token de %1 alcança %n organizações. Para qual é esta conexão? Feche a pergunta para deixar este token sem salvar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::WatchSchedule</name>
    <message>
        <source>systemctl could not turn the daily check on</source>
        <translation>o systemctl não conseguiu ativar a verificação diária</translation>
    </message>
    <message>
        <source>systemctl could not turn the daily check off</source>
        <translation>o systemctl não conseguiu desativar a verificação diária</translation>
    </message>
    <message>
        <source>%1 (exit code %2).</source>
        <translation>%1 (código de saída %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The daily check needs systemd&apos;s user session, which a login through su, ssh or a container may not have.</source>
        <translation>A verificação diária precisa da sessão de usuário do systemd, que um login por su, ssh ou em um contêiner pode não ter.</translation>
    </message>
    <message>
        <source>systemctl could not be started (%1), so the daily check cannot be scheduled on this system. Any scheduler can run credential-connect --check-saved --notify instead.</source>
        <translation>Não foi possível iniciar o systemctl (%1), então a verificação diária não pode ser agendada neste sistema. Em vez disso, qualquer agendador pode executar credential-connect --check-saved --notify.</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s); the daily check was not changed.</source>
        <translation>
            <numerusform>o systemctl não respondeu em %n segundo; a verificação diária não foi alterada.</numerusform>
            <numerusform>o systemctl não respondeu em %n segundos; a verificação diária não foi alterada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::saved::DesktopNotification</name>
    <message>
        <source>there is no D-Bus session bus (%1)</source>
        <translation>não há barramento de sessão do D-Bus (%1)</translation>
    </message>
</context>
</TS>
