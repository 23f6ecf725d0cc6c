<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>Credential Connect cannot start</source>
        <translation>无法启动 Credential Connect</translation>
    </message>
    <message>
        <source>There is no translation “%1”. Choose one of: %2.</source>
        <translation>没有“%1”的翻译。请从以下选项中选择一个：%2。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 could not be created (%2)</source>
        <translation>无法创建 %1 (%2)</translation>
    </message>
    <message>
        <source>the permissions of %1 could not be set (%2)</source>
        <translation>无法设置 %1 的权限 (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>无法写入 %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, not a file. An export replaces only a file and never follows a link: choose another name.</source>
        <translation>%1 是%2，而不是文件。导出只替换文件，从不跟随链接：请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The file is larger than 4 MiB; a bundle of authorities is far smaller.</source>
        <translation>文件大于 4 MiB，而证书颁发机构的证书包通常要小得多。</translation>
    </message>
    <message>
        <source>The file holds a private key. Give the certificate of the authority only, and keep the key where it was.</source>
        <translation>该文件包含私钥。请只提供证书颁发机构的证书，并将私钥保留在原处。</translation>
    </message>
    <message>
        <source>Certificate %1 in the file cannot be read.</source>
        <translation>无法读取文件中的证书 %1。</translation>
    </message>
    <message>
        <source>The certificate “%1” expired on %2 and is not used.</source>
        <translation>证书“%1”已于 %2 过期，不会被使用。</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (a block starting “-----BEGIN CERTIFICATE-----”).</source>
        <translation>该文件不包含 PEM 证书（以“-----BEGIN CERTIFICATE-----”开头的块）。</translation>
    </message>
    <message>
        <source>Every certificate in the file has expired.</source>
        <translation>文件中的所有证书均已过期。</translation>
    </message>
    <message>
        <source>Cannot open the CA bundle %1: %2</source>
        <translation>无法打开 CA 证书包 %1：%2</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be used: %2</source>
        <translation>无法使用 CA 证书包 %1：%2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog file %1: %2</source>
        <translation>无法打开目录文件 %1：%2</translation>
    </message>
    <message>
        <source>The catalog file %1 is larger than 1 MiB.</source>
        <translation>目录文件 %1 大于 1 MiB。</translation>
    </message>
    <message>
        <source>The catalog is larger than 1 MiB.</source>
        <translation>目录大于 1 MiB。</translation>
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
        <translation>&quot;%1&quot; 必须是非空文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; 超过了 %2 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation>&quot;%1&quot; 不是有效的网址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https://</source>
        <translation>&quot;%1&quot; 必须使用 https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a bare address without user, path or query</source>
        <translation>&quot;%1&quot; 必须是不含用户、路径或查询的纯地址</translation>
    </message>
    <message>
        <source>each region must be an object</source>
        <translation>每个区域都必须是对象</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; may hold only letters, digits, dots and hyphens</source>
        <translation>区域 ID &quot;%1&quot; 只能包含字母、数字、点和连字符</translation>
    </message>
    <message>
        <source>&quot;verify&quot; must be an object</source>
        <translation>&quot;verify&quot; 必须是对象</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a plain absolute path</source>
        <translation>&quot;path&quot; 必须是普通的绝对路径</translation>
    </message>
    <message>
        <source>unknown authentication header &quot;%1&quot;</source>
        <translation>未知的身份验证标头 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;auth_prefix&quot; must be a short printable text</source>
        <translation>&quot;auth_prefix&quot; 必须是简短的可打印文本</translation>
    </message>
    <message>
        <source>the Authorization header needs a scheme prefix</source>
        <translation>Authorization 标头需要方案前缀</translation>
    </message>
    <message>
        <source>&quot;token&quot; must hold a &quot;usual_lengths&quot; list</source>
        <translation>&quot;token&quot; 必须包含 &quot;usual_lengths&quot; 列表</translation>
    </message>
    <message>
        <source>token lengths must be whole numbers from 1 to %1</source>
        <translation>令牌长度必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>each provider must be an object</source>
        <translation>每个提供商都必须是对象</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; may hold only lower-case letters, digits and hyphens</source>
        <translation>提供商 ID &quot;%1&quot; 只能包含小写字母、数字和连字符</translation>
    </message>
    <message>
        <source>unknown answer format &quot;%1&quot;</source>
        <translation>未知的响应格式 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty list</source>
        <translation>&quot;regions&quot; 必须是非空列表</translation>
    </message>
    <message>
        <source>more than %1 regions</source>
        <translation>区域超过 %1 个</translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>，区域 %1</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; appears twice</source>
        <translation>区域 ID &quot;%1&quot; 重复出现</translation>
    </message>
    <message>
        <source>the catalog is not a valid JSON object (%1 at offset %2)</source>
        <translation>目录不是有效的 JSON 对象（偏移量 %2 处：%1）</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>目录必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unsupported catalog format (expected &quot;format&quot;: %1)</source>
        <translation>不支持的目录格式（应为 &quot;format&quot;: %1）</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be a non-empty list</source>
        <translation>&quot;providers&quot; 必须是非空列表</translation>
    </message>
    <message>
        <source>more than %1 providers</source>
        <translation>提供商超过 %1 个</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>提供商 %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; appears twice</source>
        <translation>提供商 ID &quot;%1&quot; 重复出现</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;rate_limit&quot; must be an object</source>
        <translation>&quot;rate_limit&quot; 必须是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on</source>
        <translation>&quot;%1&quot; 指定了端口 0，没有服务器在此端口监听</translation>
    </message>
    <message>
        <source>region ids &quot;%1&quot; and &quot;%2&quot; differ only in case</source>
        <translation>区域 ID &quot;%1&quot; 和 &quot;%2&quot; 仅大小写不同</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>键 &quot;%1&quot; 在同一个对象中出现了两次</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Organization ID from the URL: %1</source>
        <translation>来自 URL 的组织 ID：%1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>端点：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Regions asked:</source>
        <translation>已询问的区域：</translation>
    </message>
    <message>
        <source>Unknown option “%1”. See --help for the options.</source>
        <translation>未知选项“%1”。请参阅 --help 了解可用选项。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. The token is read from standard input, never from the command line.</source>
        <translation>意外的参数“%1”。令牌从标准输入读取，绝不从命令行读取。</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>请使用 --provider 指定提供商 (%1)。</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Known providers: %2.</source>
        <translation>未知的提供商“%1”。已知的提供商：%2。</translation>
    </message>
    <message>
        <source>Name the region with --region (%1, or auto to find it).</source>
        <translation>请使用 --region 指定区域（%1，或使用 auto 自动查找）。</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Give a region id (%3), its API or portal host, the address of your portal, or auto.</source>
        <translation>“%1”不是 %2 的区域。请提供区域 ID (%3)、其 API 主机或门户主机、您的门户地址，或 auto。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 and at most 600.</source>
        <translation>--timeout 需要一个大于 0 且不超过 600 的秒数。</translation>
    </message>
    <message>
        <source>Finding the region: the token will be sent to the API host of every region of %1: %2.</source>
        <translation>正在查找区域：令牌将被发送到 %1 所有区域的 API 主机：%2。</translation>
    </message>
    <message>
        <source>No token arrived on standard input. Pipe it in, one line, for example from a password manager.</source>
        <translation>标准输入中没有收到令牌。请通过管道输入一行令牌，例如从密码管理器输出。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The first line of %1 must name the columns provider, region and token (CSV), or be a JSON object (JSON Lines).</source>
        <translation>%1 的第一行必须给出 provider、region 和 token 列名（CSV），或者是一个 JSON 对象（JSON Lines）。</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds tokens. Make it yours alone: chmod 600 %1</source>
        <translation>%1 可被此计算机上的其他用户读取，且其中含有令牌。请设为仅您可读：chmod 600 %1</translation>
    </message>
    <message>
        <source>--check-file takes the provider and the region from each row: leave out --provider and --region.</source>
        <translation>--check-file 从每一行读取提供商和区域：请不要使用 --provider 和 --region。</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1 to %1.</source>
        <translation>--jobs 需要 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>服务返回：%1</translation>
    </message>
    <message>
        <source>The line on standard input is longer than 64 KiB, far longer than any token. Pipe in the token alone, on one line.</source>
        <translation>标准输入中的这一行超过 64 KiB，远长于任何令牌。请只通过管道传入令牌，占一行。</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>无法读取：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>CheckFile</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) answered, %1 read…</source>
        <translation>
            <numerusform>已回答 %n 行，已读取 %1 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 s: %2</source>
        <translation>
            <numerusform>%n 行，用时 %1 秒：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>带引号的字段在文件结束前没有闭合。</translation>
    </message>
    <message>
        <source>The row is longer than 64 KiB.</source>
        <translation>该行超过 64 KiB。</translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation>该行缺少 %1。</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>该行不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The value of %1 is not text.</source>
        <translation>%1 的值不是文本。</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check a List</source>
        <translation>检查列表</translation>
    </message>
    <message>
        <source>Check many tokens at once: open a CSV or JSON Lines file with the columns provider, region and token (label is optional), or paste its rows, header line first. Each answer fills its row as it comes; at most 16 requests are under way at once, and 4 to one host.</source>
        <translation>一次检查多个令牌：打开包含 provider、region 和 token 列（label 可选）的 CSV 或 JSON Lines 文件，或粘贴其各行（标题行在前）。每个回答一到就填入其所在行；同时最多进行 16 个请求，对同一主机最多 4 个。</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Chooses a CSV or JSON Lines file and checks every row</source>
        <translation>选择一个 CSV 或 JSON Lines 文件并检查每一行</translation>
    </message>
    <message>
        <source>Rows to c&amp;heck, pasted with their header line:</source>
        <translation>要检查的行（连同标题行粘贴）(&amp;H)：</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>要检查的行</translation>
    </message>
    <message>
        <source>Holds tokens, so a screen reader is not given its text. It is emptied when the check starts</source>
        <translation>其中含有令牌，因此不会把内容提供给屏幕阅读器。检查开始时会被清空</translation>
    </message>
    <message>
        <source>&amp;Check the Pasted Rows</source>
        <translation>检查粘贴的行(&amp;C)</translation>
    </message>
    <message>
        <source>Checks every row pasted above and empties the box</source>
        <translation>检查上方粘贴的每一行并清空输入框</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>已检查的行</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Stops reading the list and sending its checks; the rows not answered are cancelled</source>
        <translation>停止读取列表和发送检查；未得到回答的行将被取消</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>回答(&amp;A)：</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>仅显示问题(&amp;P)</translation>
    </message>
    <message>
        <source>Hides the verified rows</source>
        <translation>隐藏已验证的行</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>One row per row of the list: its line, label, provider and region, status, who the token is and its organization</source>
        <translation>列表的每一行对应一行：行号、标签、提供商和区域、状态、令牌属于谁及其组织</translation>
    </message>
    <message>
        <source>&amp;Details of the selected row:</source>
        <translation>所选行的详细信息(&amp;D)：</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>所选行的详细信息</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes every row&apos;s answer to a CSV file, without the tokens</source>
        <translation>将每一行的回答写入 CSV 文件，不含令牌</translation>
    </message>
    <message>
        <source>&amp;Save the Verified Ones</source>
        <translation>保存已验证的(&amp;S)</translation>
    </message>
    <message>
        <source>Keeps every verified token in the system keychain as a saved connection</source>
        <translation>将每个已验证的令牌作为已保存的连接存入系统钥匙串</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Closes the list; the tokens it held are forgotten</source>
        <translation>关闭列表；其保存的令牌将被遗忘</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n 个组织</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer has not come yet.</source>
        <translation>回答尚未到达。</translation>
    </message>
    <message>
        <source>Not checked: the list was cancelled.</source>
        <translation>未检查：列表已被取消。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>服务返回：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Verify a token without opening a window. The token is read from standard input (one line).</source>
        <translation>不打开窗口，直接验证令牌。令牌从标准输入读取（一行）。</translation>
    </message>
    <message>
        <source>Provider id: juniper-mist, juniper-routing-assurance or jumpcloud.</source>
        <translation>提供商 ID：juniper-mist、juniper-routing-assurance 或 jumpcloud。</translation>
    </message>
    <message>
        <source>Region id (api.gc3), API host, portal host, a portal or API URL, or auto: ask every region of the provider at once; the first to accept the token wins.</source>
        <translation>区域 ID (api.gc3)、API 主机、门户主机、门户或 API 的 URL，或 auto：同时询问该提供商的所有区域，以第一个接受令牌的区域为准。</translation>
    </message>
    <message>
        <source>Total time allowed for the check, in seconds (default 20, at most 600).</source>
        <translation>检查允许的总时间，以秒为单位（默认 20，最多 600）。</translation>
    </message>
    <message>
        <source>Print one JSON object with outcome, provider, region, endpoint, http_status, retry_after_s, identity and message.</source>
        <translation>输出一个 JSON 对象，包含 outcome、provider、region、endpoint、http_status、retry_after_s、identity 和 message。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, for this program only.</source>
        <translation>同时信任此 PEM 文件中的证书颁发机构（仅限本程序）。</translation>
    </message>
    <message>
        <source>Use this provider catalog (JSON) instead of the built-in one, for private regions. It is checked like any untrusted input.</source>
        <translation>使用此提供商目录 (JSON) 代替内置目录，用于私有区域。它会像任何不受信任的输入一样接受检查。</translation>
    </message>
    <message>
        <source>Show the window in this language instead of the system&apos;s: %1.</source>
        <translation>以此语言而非系统语言显示窗口：%1。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Credential Connect links a Juniper Mist, Mist Routing Assurance or JumpCloud account: it asks the provider&apos;s API whether a token works and what it grants. Without --check it opens the connect window.</source>
        <translation>Credential Connect 用于连接 Juniper Mist、Mist Routing Assurance 或 JumpCloud 账户：它会询问提供商的 API 令牌是否有效以及授予了哪些权限。不带 --check 时将打开连接窗口。</translation>
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
        <translation>命令行检查：
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region api.gc3 --json
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region auto
使用 --region auto 时，令牌会被发送到该提供商所有区域的 API 主机；结果会指出找到的区域，并列出每个区域的响应（使用 --json 时位于 &quot;detection&quot; 中）。

退出代码：
  0  已验证：令牌有效
  1  被拒绝或被禁止：服务拒绝了令牌（使用 auto 时：所有区域都拒绝了它）
  2  输入无效：未发送任何内容
  3  无法判断：速率限制、服务器、网络、TLS、代理、超时或意外的响应（使用 auto 时：发生在未拒绝令牌的区域）
</translation>
    </message>
    <message>
        <source>Verify every token of a list without opening a window: CSV with the columns provider, region, token and optionally label, or JSON Lines with the same keys; - for standard input.</source>
        <translation>不打开窗口，验证列表中的每个令牌：包含 provider、region、token 列及可选 label 列的 CSV，或使用相同键的 JSON Lines；- 表示标准输入。</translation>
    </message>
    <message>
        <source>Checking a list:
  credential-connect --check-file tokens.csv --json
The first line of a CSV file names the columns: provider,region,token,label. With --json, one object per row in the order of the file, as --check prints it, with &quot;line&quot; and &quot;label&quot;, then {&quot;summary&quot;: ...}. The same provider, region and token twice are sent once. A row that cannot be used is invalid_input; the others go on.
Exit codes: 0 every row verified; 1 some refused, forbidden or invalid, and every row answered; 2 the file cannot be read (nothing was sent); 3 some row could not be checked.
</source>
        <translation>验证列表：
  credential-connect --check-file tokens.csv --json
CSV 文件的第一行给出列名：provider,region,token,label。使用 --json 时，按文件顺序每行输出一个对象，与 --check 的输出相同，并带有 &quot;line&quot; 和 &quot;label&quot;，最后输出 {&quot;summary&quot;: ...}。相同的提供商、区域和令牌出现两次时只发送一次。无法使用的行为 invalid_input；其他行继续。
退出码：0 所有行均已验证；1 部分被拒绝、禁止或无效，且所有行都有回答；2 无法读取文件（未发送任何内容）；3 有行无法检查。
</translation>
    </message>
    <message>
        <source>With --check-file and --check-saved: requests in flight at once, at most (default %1, at most %2; never more than %3 to one API host).</source>
        <translation>配合 --check-file 和 --check-saved：同时进行的请求数上限（默认 %1，最多 %2；对同一 API 主机从不超过 %3）。</translation>
    </message>
    <message>
        <source>List the saved connections and how their last check went (never a token).</source>
        <translation>列出已保存的连接及其上次检查的结果（从不显示令牌）。</translation>
    </message>
    <message>
        <source>Check every saved connection with its token from the system keychain, print one row each and record the outcome in the connection.</source>
        <translation>使用系统钥匙串中的令牌检查每个已保存的连接，每个连接输出一行，并在连接中记录结果。</translation>
    </message>
    <message>
        <source>Export the saved connection with this key (see --list-saved).</source>
        <translation>导出具有此键的已保存连接（参见 --list-saved）。</translation>
    </message>
    <message>
        <source>With --export-saved: env (the token in the clear, for the vendors&apos; tools), profile (JSON, no token) or summary (text for a ticket).</source>
        <translation>与 --export-saved 一起使用：env（明文令牌，供厂商工具使用）、profile（JSON，不含令牌）或 summary（用于工单的文本）。</translation>
    </message>
    <message>
        <source>With --export-saved: the file to write, or - for standard output. Needed for env and profile.</source>
        <translation>与 --export-saved 一起使用：要写入的文件，或用 - 表示标准输出。env 和 profile 必须提供。</translation>
    </message>
    <message>
        <source>With --export-saved: replace the file given to --output if it exists.</source>
        <translation>与 --export-saved 一起使用：如果 --output 指定的文件已存在，则替换它。</translation>
    </message>
    <message>
        <source>Saved connections (tokens from the system keychain):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved exits 0 when every connection verified, 1 when some were refused and all the others verified, 3 when any could not be checked. --list-saved and --export-saved exit 0 when done, 2 when refused before anything was written, 3 when the keychain or the file could not be used.
</source>
        <translation>退出代码：
  0  已验证：令牌有效
  1  被拒绝或被禁止：服务拒绝了令牌（使用 auto 时：所有区域都拒绝了它）
  2  输入无效：未发送任何内容
  3  无法判断：速率限制、服务器、网络、TLS、代理、超时或意外的响应（使用 auto 时：发生在未拒绝令牌的区域）

已保存的连接（令牌来自系统钥匙串）：
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved 的退出码：所有连接均已验证时为 0，部分被拒绝且其余均已验证时为 1，有任何连接无法检查时为 3。--list-saved 和 --export-saved 完成时退出码为 0，在写入任何内容之前拒绝时为 2，无法使用钥匙串或文件时为 3。
</translation>
    </message>
    <message>
        <source>With --check-saved: show a desktop notification naming each connection a service has started to refuse, with what to do (Watch my connections).</source>
        <translation>与 --check-saved 一起使用：显示桌面通知，列出服务开始拒绝的每个连接，并说明该怎么做（监视我的连接）。</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Connect an account</source>
        <translation>连接账户</translation>
    </message>
    <message>
        <source>Choose the service and its region, then paste the API token. Credential Connect asks the service whether the token works and what it grants. The token is not stored.</source>
        <translation>请选择服务及其区域，然后粘贴 API 令牌。Credential Connect 会询问服务该令牌是否有效以及授予了哪些权限。令牌不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>The service whose account you are linking</source>
        <translation>要连接其账户的服务</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Find my re&amp;gion</source>
        <translation>查找我的区域(&amp;G)</translation>
    </message>
    <message>
        <source>Asks every region of the provider whether it accepts the token, after telling you which hosts would receive it</source>
        <translation>先告知哪些主机会收到令牌，然后询问该提供商的所有区域是否接受该令牌</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API 令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Find my region</source>
        <translation>查找我的区域</translation>
    </message>
    <message>
        <source>&amp;Ask every region</source>
        <translation>询问所有区域(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Asks the service whether the token works. Press Enter in any field to do the same.</source>
        <translation>询问服务该令牌是否有效。在任一字段中按 Enter 键效果相同。</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>D&amp;on&apos;t ask</source>
        <translation>不询问(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ConnectionExports</name>
    <message>
        <source>The summary is on the clipboard, ready for a ticket. It holds no token.</source>
        <translation>摘要已复制到剪贴板，可直接用于工单。其中不包含令牌。</translation>
    </message>
    <message>
        <source>Export the Profile</source>
        <translation>导出配置文件</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <source>The profile was not exported: %1</source>
        <translation>配置文件未导出：%1</translation>
    </message>
    <message>
        <source>The profile, without the token, is in %1.</source>
        <translation>配置文件（不含令牌）已保存到 %1。</translation>
    </message>
    <message>
        <source>Write the Token to a File?</source>
        <translation>将令牌写入文件？</translation>
    </message>
    <message>
        <source>A .env file holds the token in plain text, for the vendor&apos;s own tools to read. Only you can read the file, but anyone with your account or a copy of the file can use the token. Keep it out of shared folders and version control, and delete it when it is no longer needed.</source>
        <translation>.env 文件以明文形式保存令牌，供供应商自身的工具读取。只有您可以读取该文件，但任何能使用您的账户或拥有该文件副本的人都可以使用该令牌。请勿将其放在共享文件夹或版本控制系统中，并在不再需要时将其删除。</translation>
    </message>
    <message>
        <source>Choose Where to Write It</source>
        <translation>选择写入位置</translation>
    </message>
    <message>
        <source>Export a .env File</source>
        <translation>导出 .env 文件</translation>
    </message>
    <message>
        <source>Environment file (*.env)</source>
        <translation>环境文件 (*.env)</translation>
    </message>
    <message>
        <source>No .env file is offered for this connection: %1.</source>
        <translation>此连接不提供 .env 文件：%1。</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
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
        <translation>自 %1 UTC 起失败：%2</translation>
    </message>
    <message>
        <source>Verified %1 UTC</source>
        <translation>已于 %1 UTC 验证</translation>
    </message>
    <message>
        <source>Not checked since it was saved</source>
        <translation>保存后尚未检查</translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>%1 connection</source>
        <translation>%1 连接</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>区域：%1 (%2)</translation>
    </message>
    <message>
        <source>Organization: %1 (ID %2)</source>
        <translation>组织：%1 (ID %2)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>身份：%1</translation>
    </message>
    <message>
        <source>Organizations reached:</source>
        <translation>可访问的组织：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Verified at: %1 UTC</source>
        <translation>验证时间：%1 UTC</translation>
    </message>
    <message>
        <source>Verified at: never</source>
        <translation>验证时间：从未验证</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Enter the token: the field is empty.</source>
        <translation>请输入令牌：该字段为空。</translation>
    </message>
    <message>
        <source>The token has a space or line break at character %1. Tokens never contain spaces: copy it again in one piece.</source>
        <translation>令牌的第 %1 个字符处有空格或换行符。令牌中从不包含空格：请重新完整复制。</translation>
    </message>
    <message>
        <source>The token has an invisible control character at character %1. Copy it again, straight from the portal.</source>
        <translation>令牌的第 %1 个字符处有不可见的控制字符。请直接从门户重新复制。</translation>
    </message>
    <message>
        <source>The token has a character that no token uses (“%1” at character %2), often a typographic quote or dash picked up while copying. Copy it again, straight from the portal.</source>
        <translation>令牌中包含任何令牌都不会使用的字符（第 %2 个字符处的“%1”），通常是复制时带入的印刷体引号或破折号。请直接从门户重新复制。</translation>
    </message>
    <message numerus="yes">
        <source>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</source>
        <translation>
            <numerusform>此令牌有 %n 个字符；该提供商的令牌通常为 %1 个字符。请检查是否已完整复制。您仍然可以验证它。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Check the token</source>
        <translation>检查令牌</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>the value of %1 holds characters that a .env file cannot carry safely (a quote, a backslash, “${”, a control or non-ASCII character)</source>
        <translation>%1 的值包含 .env 文件无法安全承载的字符（引号、反斜杠、“${”、控制字符或非 ASCII 字符）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>组织 %1 (ID %2)</translation>
    </message>
    <message>
        <source>This file holds the API token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>此文件以明文形式包含 API 令牌：请妥善保管，并在不再需要时将其删除。</translation>
    </message>
    <message>
        <source>Read by the JumpCloud PowerShell module (Connect-JCOnline) from environment variables of these names.</source>
        <translation>由 JumpCloud PowerShell 模块 (Connect-JCOnline) 从以下名称的环境变量中读取。</translation>
    </message>
    <message>
        <source>there is no .env format for the provider %1</source>
        <translation>提供商 %1 没有 .env 格式</translation>
    </message>
    <message>
        <source>For the mistapi Python package, mistapi.APISession(env_file=&quot;&lt;this file&gt;&quot;), and for Juniper&apos;s Terraform provider for Mist, which reads the environment: set -a; . ./&lt;this file&gt;; set +a</source>
        <translation>供 mistapi Python 包 (mistapi.APISession(env_file=&quot;&lt;此文件&gt;&quot;)) 以及读取环境变量的 Juniper Mist Terraform 提供程序使用：set -a; . ./&lt;此文件&gt;; set +a</translation>
    </message>
    <message>
        <source>The API host, read by both.</source>
        <translation>API 主机，两者都会读取。</translation>
    </message>
    <message>
        <source>The token, as mistapi reads it.</source>
        <translation>令牌，mistapi 以此名称读取。</translation>
    </message>
    <message>
        <source>The same token, as the Terraform provider reads it.</source>
        <translation>同一令牌，Terraform 提供程序以此名称读取。</translation>
    </message>
    <message>
        <source>JCEnvironment=&apos;%1&apos; is read by version %2 and later of the JumpCloud PowerShell module; older versions silently connect to the US console instead, which refuses a key of the %3 console (%4).</source>
        <translation>JumpCloud PowerShell 模块从 %2 版起读取 JCEnvironment=&apos;%1&apos;；更早的版本会在不提示的情况下改为连接美国控制台，而美国控制台会拒绝 %3 控制台 (%4) 的密钥。</translation>
    </message>
    <message>
        <source>mistapi and Juniper&apos;s Terraform provider for Mist, the tools that read such a file, accept only the Juniper Mist cloud hosts they list, and %1 is not among them</source>
        <translation>读取此类文件的工具 mistapi 和 Juniper Mist Terraform 提供程序只接受其列出的 Juniper Mist 云主机，而 %1 不在其中</translation>
    </message>
    <message>
        <source>the JumpCloud PowerShell module has no JCEnvironment value for the %1 console (%2) and would connect to the US console instead</source>
        <translation>JumpCloud PowerShell 模块没有适用于 %1 控制台 (%2) 的 JCEnvironment 值，会改为连接美国控制台</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>the answer was not in the documented form</source>
        <translation>响应不是文档所述的格式</translation>
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
        <translation>组织</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>MSP</source>
        <translation>MSP</translation>
    </message>
    <message>
        <source>organization group</source>
        <translation>组织组</translation>
    </message>
    <message>
        <source>site group</source>
        <translation>站点组</translation>
    </message>
    <message>
        <source>%1 on an unnamed %2</source>
        <translation>未命名%2的 %1</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%2 %3 的 %1</translation>
    </message>
    <message>
        <source>%1 (organization %2)</source>
        <translation>%1（组织 %2）</translation>
    </message>
    <message>
        <source>Personal token of %1</source>
        <translation>%1 的个人令牌</translation>
    </message>
    <message>
        <source>Personal token of %1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt; 的个人令牌</translation>
    </message>
    <message>
        <source>Organization token (unnamed)</source>
        <translation>组织令牌（未命名）</translation>
    </message>
    <message>
        <source>Organization token “%1”</source>
        <translation>组织令牌“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Multi-tenant administrator key: reaches %n organizations</source>
        <translation>
            <numerusform>多租户管理员密钥：可访问 %n 个组织</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator key (no organization listed)</source>
        <translation>管理员密钥（未列出组织）</translation>
    </message>
    <message>
        <source>Administrator key for %1</source>
        <translation>%1 的管理员密钥</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>组织 %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, custom role limited to the views %2</source>
        <translation>%1，自定义角色，仅限视图 %2</translation>
    </message>
    <message numerus="yes">
        <source>JumpCloud counts %n organizations; only the first %1 are listed.</source>
        <translation>
            <numerusform>JumpCloud 统计有 %n 个组织；仅列出前 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>This token is named “%1” and was created on %2.</source>
        <translation>此令牌名为“%1”，创建于 %2。</translation>
    </message>
    <message>
        <source>This token is named “%1”.</source>
        <translation>此令牌名为“%1”。</translation>
    </message>
    <message>
        <source>The account signs in to the portal through single sign-on.</source>
        <translation>该账户通过单点登录（SSO）登录门户。</translation>
    </message>
    <message>
        <source>The account signs in to the portal with a password, not through single sign-on.</source>
        <translation>该账户使用密码登录门户，而非单点登录。</translation>
    </message>
    <message numerus="yes">
        <source>The MSP %1 has %n organizations.</source>
        <translation>
            <numerusform>MSP %1 有 %n 个组织。</numerusform>
        </translation>
    </message>
    <message>
        <source>API calls this hour, by the whole account: %1 of %2.</source>
        <translation>本小时的 API 调用（整个账户）：%1 / %2。</translation>
    </message>
    <message>
        <source>API calls this hour by this token: %1 of %2.</source>
        <translation>本小时此令牌的 API 调用：%1 / %2。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more organizations</source>
        <translation>
            <numerusform>…以及另外 %n 个组织</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpCloudAnswer</name>
    <message>
        <source>the organizations after the first %1</source>
        <translation>前 %1 个之后的组织</translation>
    </message>
    <message>
        <source>Check that the key was copied in full. Generating a new API key revokes the old one, and keys that start with jca_ can expire, so a key that once worked may no longer. Keys also work only in their own region: this check asked %1 (%2).</source>
        <translation>请检查密钥是否已完整复制。生成新的 API 密钥会吊销旧密钥，而且以 jca_ 开头的密钥可能会过期，因此曾经可用的密钥可能已不再有效。此外，密钥仅在其所属区域有效：本次检查询问的是 %1 (%2)。</translation>
    </message>
    <message>
        <source>API access must be on for your administrator account, and only an administrator with the Billing role can turn it on.</source>
        <translation>您的管理员账户必须开启 API 访问，而只有具有 Billing 角色的管理员才能开启。</translation>
    </message>
</context>
<context>
    <name>KeepPage</name>
    <message>
        <source>Keep the connection</source>
        <translation>保存连接</translation>
    </message>
    <message>
        <source>Save it to check it again later without pasting the token, copy a summary for a ticket, or export it for a script.</source>
        <translation>保存后，无需粘贴令牌即可再次检查；也可以复制摘要用于工单，或导出供脚本使用。</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>保存到系统钥匙串(&amp;S)</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system&apos;s keychain and the rest of the profile in the program&apos;s settings</source>
        <translation>将令牌保存在操作系统的钥匙串中，将配置文件的其余部分保存在程序设置中</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>复制摘要(&amp;U)</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>将提供商、区域、身份和角色复制到剪贴板以便用于工单；绝不包含令牌</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>导出配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>将配置文件写为 JSON，不含令牌</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>导出 .env 文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes the token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>以供应商自身工具读取的变量名，将令牌及其主机写入仅您本人可读取的文件</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Credential Connect cannot open its window: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect 无法打开窗口：%1。命令行检查 (--check) 仍然可用。</translation>
    </message>
    <message>
        <source>Credential Connect cannot reach its saved connections: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect 无法访问其已保存的连接：%1。命令行检查（--check）仍然可用。</translation>
    </message>
</context>
<context>
    <name>MistAnswer</name>
    <message>
        <source>Mist allows 5,000 calls an hour per token; personal tokens share that budget with every other token and portal session of the same account.</source>
        <translation>Mist 允许每个令牌每小时调用 5,000 次；个人令牌与同一账户的所有其他令牌及门户会话共享这一额度。</translation>
    </message>
    <message>
        <source>the account&apos;s list of tokens does not show this one</source>
        <translation>账户的令牌列表中没有此令牌</translation>
    </message>
    <message>
        <source>several of the account&apos;s tokens begin and end like this one</source>
        <translation>账户中有多个令牌的开头和结尾与此令牌相同</translation>
    </message>
    <message>
        <source>this token&apos;s name and creation date</source>
        <translation>此令牌的名称和创建日期</translation>
    </message>
    <message>
        <source>the organizations of the MSP %1</source>
        <translation>MSP %1 的组织</translation>
    </message>
    <message>
        <source>this hour&apos;s API calls</source>
        <translation>本小时的 API 调用次数</translation>
    </message>
    <message>
        <source>Check that the token was copied in full. Mist also refuses a token that was deleted, and removes a personal token unused for 90 days. An organization token limited to certain source addresses is refused from any other network. A valid token sent to the wrong region is refused the same way: this check asked %1 (%2); your portal&apos;s address shows your region, for example %3.</source>
        <translation>请检查令牌是否已完整复制。Mist 也会拒绝已删除的令牌，并会删除 90 天未使用的个人令牌。限定了特定源地址的组织令牌，从其他任何网络使用都会被拒绝。有效的令牌如果发送到错误的区域，也会以同样的方式被拒绝：本次检查询问的是 %1 (%2)；您的门户地址会显示您的区域，例如 %3。</translation>
    </message>
    <message>
        <source>An organization token limited to certain source addresses is refused from any other network: check from a network the token allows.</source>
        <translation>限定了特定源地址的组织令牌，从其他任何网络使用都会被拒绝：请从令牌允许的网络进行检查。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>请等待几分钟，然后重试。</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>服务要求等待 %n 分钟后再重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>服务要求等待 %n 秒后再重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was issued to “%1” by “%2”.</source>
        <translation>该证书由“%2”颁发给“%1”。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so the token was not sent.</source>
        <translation>无法信任与 %1 的安全连接，因此未发送令牌。</translation>
    </message>
    <message>
        <source>A network that inspects encrypted traffic causes this. Ask your IT department whether its certificate authority should be installed on this computer.</source>
        <translation>这是由检查加密流量的网络造成的。请询问 IT 部门是否应在此计算机上安装其证书颁发机构。</translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check the network connection and, if you use a VPN or a proxy, that it is connected.</source>
        <translation>找不到地址 %1。请检查网络连接；如果使用 VPN 或代理，请确认其已连接。</translation>
    </message>
    <message>
        <source>%1 refused the connection. A firewall may block it: check the network connection, or ask your IT department.</source>
        <translation>%1 拒绝了连接。可能被防火墙阻止：请检查网络连接，或咨询 IT 部门。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again; if it happens again, a firewall or proxy may be interfering.</source>
        <translation>与 %1 的连接在响应完成之前已关闭。请重试；如果再次发生，可能是防火墙或代理在干扰。</translation>
    </message>
    <message>
        <source>The network failed while asking %1. Check the connection and try again.</source>
        <translation>询问 %1 时网络出错。请检查连接后重试。</translation>
    </message>
    <message>
        <source>The proxy server</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <source>The proxy server %1</source>
        <translation>代理服务器 %1</translation>
    </message>
    <message>
        <source>%1 refused or dropped the connection. Check the proxy settings of this computer.</source>
        <translation>%1 拒绝或中断了连接。请检查此计算机的代理设置。</translation>
    </message>
    <message>
        <source>%1 could not be used. Check the proxy settings of this computer.</source>
        <translation>无法使用 %1。请检查此计算机的代理设置。</translation>
    </message>
    <message>
        <source>%1 answered with a redirect. Redirects are never followed, so the token went nowhere else. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 以重定向作为响应。本程序从不跟随重定向，因此令牌未被发送到其他地方。酒店或访客网络的登录页面可能导致此问题：请先在浏览器中打开一个网页。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Redirects are never followed, so the token was not sent there. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 将请求重定向到了 %2。本程序从不跟随重定向，因此令牌未被发送到那里。酒店或访客网络的登录页面可能导致此问题：请先在浏览器中打开一个网页。</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than any real answer (over 1 MiB) and was cut off. Something between you and the service may be interfering.</source>
        <translation>来自 %1 的响应超过了任何真实响应的大小（超过 1 MiB），已被截断。您与该服务之间的某些环节可能在干扰。</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the API sends; it may be a web page. A sign-in page of a hotel or guest network, or a proxy, may be answering instead: open a web page in your browser, then try again.</source>
        <translation>来自 %1 的响应不是 API 会发送的内容，可能是一个网页。可能是酒店或访客网络的登录页面或代理在代为响应：请在浏览器中打开一个网页，然后重试。</translation>
    </message>
    <message>
        <source>%1 answered, but not in the form this check expects, so it cannot tell what the token grants. Try again later; if it persists, report it with the details below.</source>
        <translation>%1 已响应，但格式不符合此检查的预期，因此无法判断该令牌授予了哪些权限。请稍后重试；如果问题仍然存在，请附上下面的详细信息进行报告。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2, which a check does not expect. Check the region; if it persists, report it with the details below.</source>
        <translation>%1 返回了 HTTP 状态 %2，这不是检查预期的结果。请检查区域；如果问题仍然存在，请附上下面的详细信息进行报告。</translation>
    </message>
    <message>
        <source>Verified: the token works</source>
        <translation>已验证：令牌有效</translation>
    </message>
    <message>
        <source>%1 (%2) accepted the token.</source>
        <translation>%1 (%2) 接受了该令牌。</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>令牌被拒绝</translation>
    </message>
    <message>
        <source>%1 did not accept this token.</source>
        <translation>%1 未接受此令牌。</translation>
    </message>
    <message>
        <source>Token recognised, access denied</source>
        <translation>令牌已识别，但访问被拒绝</translation>
    </message>
    <message>
        <source>%1 recognised the token but denied access to its own details. The account or token lacks a permission: ask an administrator of your organization to grant API access, or use a token with a higher role.</source>
        <translation>%1 识别了该令牌，但拒绝访问其自身的详细信息。账户或令牌缺少某项权限：请让组织管理员授予 API 访问权限，或使用角色更高的令牌。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>%1 is limiting requests for this token.</source>
        <translation>%1 正在限制此令牌的请求。</translation>
    </message>
    <message>
        <source>The service has a problem</source>
        <translation>服务出现问题</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2). The fault is on the service&apos;s side, not with the token.</source>
        <translation>%1 返回了服务器错误 (HTTP %2)。问题出在服务端，而不是令牌。</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the network connection, VPN or proxy, then try again.</source>
        <translation>
            <numerusform>%1 未在 %n 秒内响应。请检查网络连接、VPN 或代理，然后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the service</source>
        <translation>无法连接到服务</translation>
    </message>
    <message>
        <source>Connection not trusted</source>
        <translation>连接不受信任</translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation>代理问题</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>The limit starts again at the full hour: try again after %1 UTC.</source>
        <translation>该限制在每个整点重置：请在 UTC %1 之后重试。</translation>
    </message>
    <message>
        <source>%1 asks for a sign-in, and none was given, so the token was not sent. Sign in to the proxy when the window asks; for the command line, put the user name and password in the proxy address (https_proxy=http://user:password@host:port). Your IT department knows which sign-in the proxy takes.</source>
        <translation>%1 要求登录，但未提供任何登录信息，因此令牌未发送。请在窗口询问时登录代理；在命令行中，请把用户名和密码写入代理地址（https_proxy=http://用户名:密码@主机:端口）。您的 IT 部门知道该代理接受哪种登录。</translation>
    </message>
    <message>
        <source>%1 refused the user name or password it was given, so the token was not sent. Check them and try again; your IT department can tell you which sign-in the proxy takes.</source>
        <translation>%1 拒绝了所提供的用户名或密码，因此令牌未发送。请检查后重试；您的 IT 部门可以告诉您该代理接受哪种登录。</translation>
    </message>
</context>
<context>
    <name>ProgramInputs</name>
    <message>
        <source>The provider catalog cannot be used: %1.</source>
        <translation>无法使用提供商目录：%1。</translation>
    </message>
</context>
<context>
    <name>ProviderGuide</name>
    <message>
        <source>Cloud management for Juniper Mist wireless, wired and WAN networks.</source>
        <translation>面向 Juniper Mist 无线、有线和 WAN 网络的云管理服务。</translation>
    </message>
    <message>
        <source>Personal or organization token?</source>
        <translation>个人令牌还是组织令牌？</translation>
    </message>
    <message>
        <source>A personal token belongs to your own account and can do exactly what you can do, in every organization and MSP you can reach. Choose it for your own scripts and quick checks. It stops working when your account loses access.</source>
        <translation>个人令牌属于您自己的账户，在您能访问的每个组织和 MSP 中，其权限与您完全相同。适用于您自己的脚本和快速检查。当您的账户失去访问权限时，它将停止工作。</translation>
    </message>
    <message>
        <source>An organization token belongs to one organization, not to a person, and keeps working when people leave. You choose its rights when you make it. Choose it for integrations, service accounts and anything that must outlive one job.</source>
        <translation>组织令牌属于某个组织而不是个人，即使有人离职也能继续使用。您在创建时选择其权限。适用于集成、服务账户以及任何需要长期使用、不随人员变动的用途。</translation>
    </message>
    <message>
        <source>Every token may make 5,000 API calls an hour. Personal tokens share that budget with each other and with your own use of the portal; each organization token has a budget of its own.</source>
        <translation>每个令牌每小时最多可进行 5,000 次 API 调用。个人令牌彼此之间以及与您自己对门户的使用共享这一额度；每个组织令牌都有各自独立的额度。</translation>
    </message>
    <message>
        <source>If your organization signs in through single sign-on (SSO), the portal does not let you make personal tokens: ask an administrator for an organization token instead.</source>
        <translation>如果您的组织通过单点登录 (SSO) 登录，门户将不允许您创建个人令牌：请改为向管理员申请组织令牌。</translation>
    </message>
    <message>
        <source>Make a personal token</source>
        <translation>创建个人令牌</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region (the button below opens it).</source>
        <translation>登录您所在区域的门户（可用下面的按钮打开）。</translation>
    </message>
    <message>
        <source>Open the account menu at the top right and choose My Account.</source>
        <translation>打开右上角的账户菜单，然后选择“My Account”。</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token, give the token a name, and choose Generate.</source>
        <translation>在“API Token”部分中，选择“Create Token”，为令牌命名，然后选择“Generate”。</translation>
    </message>
    <message>
        <source>Copy the key with the copy button beside it, then choose Done.</source>
        <translation>使用旁边的复制按钮复制密钥，然后选择“Done”。</translation>
    </message>
    <message>
        <source>Make an organization token</source>
        <translation>创建组织令牌</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region and open Organization, then Settings.</source>
        <translation>登录您所在区域的门户，依次打开“Organization”和“Settings”。</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token and pick the access level the token needs: no more than the job requires.</source>
        <translation>在“API Token”部分中，选择“Create Token”，并选择令牌所需的访问级别：不要超出工作所需。</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key with the copy button beside it.</source>
        <translation>选择“Generate”，然后使用旁边的复制按钮复制密钥。</translation>
    </message>
    <message>
        <source>Choose Done, then Save at the top right of the settings page.</source>
        <translation>选择“Done”，然后选择设置页面右上角的“Save”。</translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translation>继续之前</translation>
    </message>
    <message>
        <source>The portal shows the whole key only once, right after you make it. Copy it before you close the window; a lost key cannot be shown again, only replaced.</source>
        <translation>门户只在创建密钥后立即显示一次完整密钥。请在关闭窗口之前复制它；丢失的密钥无法再次显示，只能替换。</translation>
    </message>
    <message>
        <source>Your region is the one in your portal&apos;s address: manage.gc3.mist.com is EMEA 02, for example. On the next page you can also paste that address, or let the program find the region for you.</source>
        <translation>您的区域就是门户地址中的区域：例如，manage.gc3.mist.com 对应 EMEA 02。在下一页中，您也可以粘贴该地址，或让程序为您查找区域。</translation>
    </message>
    <message>
        <source>Juniper&apos;s cloud service that watches the health of your WAN routing.</source>
        <translation>Juniper 的云服务，用于监控 WAN 路由的健康状况。</translation>
    </message>
    <message>
        <source>Make a token</source>
        <translation>创建令牌</translation>
    </message>
    <message>
        <source>Sign in to the Routing Assurance portal (the button below opens it).</source>
        <translation>登录 Routing Assurance 门户（可用下面的按钮打开）。</translation>
    </message>
    <message>
        <source>Open Organization, then Settings, and choose Create Token.</source>
        <translation>依次打开“Organization”和“Settings”，然后选择“Create Token”。</translation>
    </message>
    <message>
        <source>Give the token a name and a role: Super User, Network Admin, Observer or Helpdesk. Pick the lowest role that does the job.</source>
        <translation>为令牌指定名称和角色：Super User、Network Admin、Observer 或 Helpdesk。请选择足以完成工作的最低角色。</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key from the Key field before you close the page.</source>
        <translation>选择“Generate”，并在关闭页面之前从“Key”字段中复制密钥。</translation>
    </message>
    <message>
        <source>Deleting a token later cuts off everything that uses it at once.</source>
        <translation>以后删除令牌会立即切断所有使用该令牌的程序。</translation>
    </message>
    <message>
        <source>Directory, single sign-on and device management in the cloud.</source>
        <translation>云端的目录、单点登录和设备管理服务。</translation>
    </message>
    <message>
        <source>Get your administrator API key</source>
        <translation>获取管理员 API 密钥</translation>
    </message>
    <message>
        <source>Sign in to the JumpCloud Admin Portal of your region (the button below opens it).</source>
        <translation>登录您所在区域的 JumpCloud Admin Portal（可用下面的按钮打开）。</translation>
    </message>
    <message>
        <source>Generating a new key revokes the old one at once: every script and integration that still uses the old key stops working. If your key is in use elsewhere, use that key here rather than making a new one.</source>
        <translation>生成新密钥会立即吊销旧密钥：所有仍在使用旧密钥的脚本和集成都将停止工作。如果您的密钥正在其他地方使用，请在此处使用该密钥，而不要创建新密钥。</translation>
    </message>
    <message>
        <source>The key acts with all the rights of your administrator account. Treat it like your password.</source>
        <translation>该密钥拥有您的管理员账户的全部权限。请像对待密码一样对待它。</translation>
    </message>
    <message>
        <source>Sign in to the %1 portal of your region (the button below opens it).</source>
        <translation>登录您所在区域的 %1 门户（可用下面的按钮打开）。</translation>
    </message>
    <message>
        <source>Make an API token in the portal&apos;s settings and copy it.</source>
        <translation>在门户的设置中创建 API 令牌并复制。</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>重要：</translation>
    </message>
    <message>
        <source>An organization token can be limited to certain source addresses, and the list cannot be changed once the token exists. Such a token is refused from any other network, so check it from a network the token allows.</source>
        <translation>组织令牌可以限定只能从特定源地址使用，且令牌创建后该列表无法更改。从其他任何网络使用此类令牌都会被拒绝，因此请从令牌允许的网络进行检查。</translation>
    </message>
    <message>
        <source>Mist removes a personal token that has not been used for 90 days. A token found in an old note may already be gone.</source>
        <translation>Mist 会删除 90 天未使用的个人令牌。在旧笔记中找到的令牌可能已经失效。</translation>
    </message>
    <message>
        <source>API access is off for a new administrator, and only an administrator with the Billing role can turn it on. If the portal says you may not view or generate a key, ask one of them to turn on API access for your account.</source>
        <translation>新管理员的 API 访问默认处于关闭状态，只有具有 Billing 角色的管理员才能开启。如果门户提示您无权查看或生成密钥，请让这样的管理员为您的账户开启 API 访问。</translation>
    </message>
    <message>
        <source>Open the account menu (your initials) and choose My API Key.</source>
        <translation>打开账户菜单（您的姓名缩写），然后选择“My API Key”。</translation>
    </message>
    <message>
        <source>Choose Generate New API Key and copy the key at once: JumpCloud shows a key only when it is made, never again.</source>
        <translation>选择“Generate New API Key”并立即复制密钥：JumpCloud 只在创建密钥时显示一次，之后不会再显示。</translation>
    </message>
    <message>
        <source>Keys that start with jca_ can carry an expiry date; a new key lasts 90 days unless another date is chosen. A key that worked before and is refused now may simply have expired.</source>
        <translation>以 jca_ 开头的密钥可以设有到期日期；除非选择了其他日期，新密钥的有效期为 90 天。以前可用、现在被拒绝的密钥可能只是已经过期。</translation>
    </message>
    <message>
        <source>Several organizations</source>
        <translation>多个组织</translation>
    </message>
    <message>
        <source>If your key reaches several organizations (a multi-tenant administrator), you will choose the one this connection is for after the check.</source>
        <translation>如果您的密钥可以访问多个组织（多租户管理员），您将在检查后选择此连接所对应的组织。</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Which service?</source>
        <translation>选择哪个服务？</translation>
    </message>
    <message>
        <source>Choose the service whose account you are connecting. The next pages show how to get its API token and check it.</source>
        <translation>请选择要连接其账户的服务。接下来的页面将介绍如何获取其 API 令牌并进行检查。</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>The service whose account you are connecting</source>
        <translation>要连接其账户的服务</translation>
    </message>
</context>
<context>
    <name>ProxySignInDialog</name>
    <message>
        <source>Proxy Sign-In</source>
        <translation>登录代理</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>&amp;Keep them in the system keychain for this proxy</source>
        <translation>为此代理保存在系统钥匙串中(&amp;K)</translation>
    </message>
    <message>
        <source>Off: they are forgotten when the program closes</source>
        <translation>关闭：程序关闭时即被遗忘</translation>
    </message>
</context>
<context>
    <name>RegionDetection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>； </translation>
    </message>
    <message>
        <source>Found your region</source>
        <translation>已找到您的区域</translation>
    </message>
    <message>
        <source>Found your region: %1 accepted the token.</source>
        <translation>已找到您的区域：%1 接受了该令牌。</translation>
    </message>
    <message>
        <source>No region accepted the token</source>
        <translation>没有区域接受该令牌</translation>
    </message>
    <message>
        <source>Every region of %1 refused this token, so the region is not the problem: the token is mistyped, was deleted, or has expired. Copy it again in full, or make a new one.</source>
        <translation>%1 的所有区域都拒绝了此令牌，因此问题不在区域：令牌输入有误、已被删除或已过期。请重新完整复制，或创建一个新令牌。</translation>
    </message>
    <message>
        <source>Region found, access denied</source>
        <translation>已找到区域，但访问被拒绝</translation>
    </message>
    <message>
        <source>The token belongs to %1.</source>
        <translation>该令牌属于 %1。</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <source>%1 has no regions to ask. Nothing was sent.</source>
        <translation>%1 没有可询问的区域。未发送任何内容。</translation>
    </message>
    <message>
        <source>Region not found for certain</source>
        <translation>无法确定区域</translation>
    </message>
    <message>
        <source>The regions of %1 that could be checked refused the token, but not every region could be checked: %2. The token may belong to a region that could not be checked.</source>
        <translation>%1 中能够检查的区域都拒绝了该令牌，但并非所有区域都能检查：%2。该令牌可能属于无法检查的区域。</translation>
    </message>
    <message>
        <source>No region could be checked</source>
        <translation>无法检查任何区域</translation>
    </message>
    <message>
        <source>No region of %1 could be checked, so it is not known whether the token works.</source>
        <translation>无法检查 %1 的任何区域，因此无法确定该令牌是否有效。</translation>
    </message>
    <message>
        <source>accepted the token</source>
        <translation>接受了令牌</translation>
    </message>
    <message>
        <source>refused the token</source>
        <translation>拒绝了令牌</translation>
    </message>
    <message>
        <source>recognised the token, denied access</source>
        <translation>识别了令牌，但拒绝访问</translation>
    </message>
    <message>
        <source>not asked: the address is not allowed</source>
        <translation>未询问：地址不被允许</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>找不到地址</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>connection closed before the answer</source>
        <translation>连接在响应前关闭</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>网络故障</translation>
    </message>
    <message>
        <source>connection not trusted</source>
        <translation>连接不受信任</translation>
    </message>
    <message>
        <source>proxy problem</source>
        <translation>代理问题</translation>
    </message>
    <message>
        <source>redirected elsewhere, not followed</source>
        <translation>被重定向到其他位置，未跟随</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Region found, rate limited</source>
        <translation>已找到区域，但请求受到限制</translation>
    </message>
    <message>
        <source>The token belongs to %1: %2 limits only the tokens it knows and refuses the others, so the limit shows that the token is at home there. What it grants can be checked once the limit is over.</source>
        <translation>该令牌属于 %1：%2 只限制它认识的令牌，其他令牌一律拒绝，因此该限制表明令牌属于这里。令牌的权限可在限制结束后检查。</translation>
    </message>
    <message>
        <source>stopped because the token&apos;s region was found first</source>
        <translation>已停止，因为已先找到令牌所属的区域</translation>
    </message>
</context>
<context>
    <name>RegionField</name>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>选择区域，或输入其 API 子域或主机，或粘贴您的门户地址</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a symbolic link</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>它是%1，而不是普通文件</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What the token is and grants</source>
        <translation>令牌的类型与权限</translation>
    </message>
    <message>
        <source>&amp;Organization this connection is for:</source>
        <translation>此连接对应的组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>The organization this connection is for, among those the token reaches</source>
        <translation>在令牌可访问的组织中，此连接所对应的组织</translation>
    </message>
    <message>
        <source>F&amp;ilter by name or ID:</source>
        <translation>按名称或 ID 筛选(&amp;I)：</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>筛选组织</translation>
    </message>
    <message>
        <source>Shows only the organizations whose name or ID contains the typed text; the Down arrow key moves to the list</source>
        <translation>仅显示名称或 ID 包含所输入文本的组织；按向下箭头键可移至列表</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
</context>
<context>
    <name>SavedConnections</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>There are no saved connections.</source>
        <translation>没有已保存的连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) checked: %1.</source>
        <translation>
            <numerusform>已检查 %n 个连接：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>.env 文件未写入：%1。</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>未导出任何内容：%1。</translation>
    </message>
    <message>
        <source>There is no saved connection “%1”. --list-saved lists their keys.</source>
        <translation>没有已保存的连接“%1”。--list-saved 会列出它们的键。</translation>
    </message>
    <message>
        <source>--format takes env, profile or summary.</source>
        <translation>--format 可取 env、profile 或 summary。</translation>
    </message>
    <message>
        <source>There is no .env export for this connection: %1.</source>
        <translation>此连接没有 .env 导出：%1。</translation>
    </message>
    <message>
        <source>--format %1 writes a file: name it with --output FILE, or give --output - to print it.</source>
        <translation>--format %1 会写入文件：请用 --output FILE 指定文件，或用 --output - 将其输出。</translation>
    </message>
    <message>
        <source>%1 exists already. Add --force to replace it.</source>
        <translation>%1 已存在。添加 --force 以替换它。</translation>
    </message>
    <message>
        <source>The profile is in %1. It holds no token.</source>
        <translation>配置文件位于 %1。其中不含令牌。</translation>
    </message>
    <message>
        <source>The summary is in %1. It holds no token.</source>
        <translation>摘要位于 %1。其中不含令牌。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warning: the extra certificate authorities of the settings are not trusted: %1</source>
        <translation>警告：设置中的额外证书颁发机构不受信任：%1</translation>
    </message>
    <message>
        <source>Give one of --list-saved, --check-saved and --export-saved.</source>
        <translation>请只指定 --list-saved、--check-saved 和 --export-saved 中的一个。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Warning: the desktop notification could not be shown: %1</source>
        <translation>警告：无法显示桌面通知：%1</translation>
    </message>
    <message>
        <source>--notify goes with --check-saved only.</source>
        <translation>--notify 只能与 --check-saved 一起使用。</translation>
    </message>
</context>
<context>
    <name>SavedConnectionsView</name>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>连接账户(&amp;C)…</translation>
    </message>
    <message>
        <source>Opens the setup wizard: choose the service, get a token, check it and keep it</source>
        <translation>打开设置向导：选择服务、获取令牌、检查并保存</translation>
    </message>
    <message>
        <source>Saved c&amp;onnections:</source>
        <translation>已保存的连接(&amp;O)：</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <source>Service and region</source>
        <translation>服务和区域</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Token of</source>
        <translation>令牌持有者</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>上次验证</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>重新验证(&amp;R)</translation>
    </message>
    <message>
        <source>Checks the stored token with the service again, without showing it</source>
        <translation>在不显示令牌的情况下，再次向服务检查已存储的令牌</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>复制摘要(&amp;U)</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>将提供商、区域、身份和角色复制到剪贴板以便用于工单；绝不包含令牌</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>导出配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>将配置文件写为 JSON，不含令牌</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>导出 .env 文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes the stored token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>以供应商自身工具读取的变量名，将已存储的令牌及其主机写入仅您本人可读取的文件</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Removes the connection: its token from the keychain and its profile from the settings</source>
        <translation>删除连接：从钥匙串中删除其令牌，从设置中删除其配置文件</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Each saved connection with its service, region, organization, token holder, when it was last verified and how its last check went</source>
        <translation>每个已保存的连接及其服务、区域、组织、令牌持有者、上次验证时间和上次检查的结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Re-verify all</source>
        <translation>全部重新验证</translation>
    </message>
    <message>
        <source>Checks every saved connection&apos;s stored token again, a few at a time, and shows each outcome in the Status column</source>
        <translation>每次几个，重新检查每个已保存连接的已存储令牌，并在“状态”列中显示每个结果</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Where a company proxy inspects encrypted traffic, IT normally installs its root certificate in the system, and Credential Connect trusts it from there. If IT gave you the certificate as a file instead, choose it here: only this program will trust it, besides the system&apos;s own certificate authorities.</source>
        <translation>如果公司代理会检查加密流量，IT 部门通常会将其根证书安装到系统中，Credential Connect 会从系统中信任它。如果 IT 部门以文件形式向您提供了证书，请在此处选择：除系统自带的证书颁发机构外，只有本程序会信任它。</translation>
    </message>
    <message>
        <source>Extra certificate &amp;authorities (PEM file):</source>
        <translation>额外的证书颁发机构（PEM 文件）(&amp;A)：</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>无：仅使用系统的证书颁发机构</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>额外的证书颁发机构</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>IT 部门提供给您的、包含证书颁发机构的 PEM 文件路径；留空表示不使用</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Watch my connections</source>
        <translation>监视我的连接(&amp;W)</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>每天检查一次每个已保存的连接，当某个连接失效时显示桌面通知</translation>
    </message>
    <message>
        <source>Once a day, even while this window is closed, every saved connection is checked with its token from the keychain. When a service starts refusing a token, a desktop notification names the connection and says what to do. A systemd timer of your user account runs the check.</source>
        <translation>每天一次，即使此窗口已关闭，也会用钥匙串中的令牌检查每个已保存的连接。当某个服务开始拒绝令牌时，桌面通知会列出该连接并说明该怎么做。检查由您用户账户的 systemd 定时器运行。</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the settings file %1 is damaged and was left as it is</source>
        <translation>设置文件 %1 已损坏，已保持原样</translation>
    </message>
    <message>
        <source>the settings file %1 could not be written</source>
        <translation>无法写入设置文件 %1</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read (%2)</source>
        <translation>无法读取设置文件 %1（%2）</translation>
    </message>
    <message>
        <source>the settings file %1 is %2 MB, far more than the program writes, so it was left as it is</source>
        <translation>设置文件 %1 有 %2 MB，远超本程序写入的大小，因此保持原样</translation>
    </message>
    <message>
        <source>the settings file %1 is being written by another window or program, which did not finish within %2 seconds</source>
        <translation>设置文件 %1 正由另一个窗口或程序写入，且未在 %2 秒内完成</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Paste the token here</source>
        <translation>在此处粘贴令牌</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>来自提供商门户的机密令牌。输入时会被隐藏，并且永远不会被保存。</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token</source>
        <translation>显示或隐藏令牌的字符</translation>
    </message>
</context>
<context>
    <name>TokenGuidePage</name>
    <message>
        <source>Get a token</source>
        <translation>获取令牌</translation>
    </message>
    <message>
        <source>How to get a token</source>
        <translation>如何获取令牌</translation>
    </message>
    <message>
        <source>Steps to make an API token in the service&apos;s portal</source>
        <translation>在服务门户中创建 API 令牌的步骤</translation>
    </message>
    <message>
        <source>Your &amp;portal:</source>
        <translation>您的门户(&amp;P)：</translation>
    </message>
    <message>
        <source>Your portal</source>
        <translation>您的门户</translation>
    </message>
    <message>
        <source>The region whose portal you sign in to; the token is checked in the same region</source>
        <translation>您登录的门户所在的区域；令牌将在同一区域中检查</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the chosen region&apos;s portal in your web browser</source>
        <translation>在 Web 浏览器中打开所选区域的门户</translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>Token (input hidden): </source>
        <translation>令牌（输入已隐藏）： </translation>
    </message>
</context>
<context>
    <name>WatchNotice</name>
    <message>
        <source>Juniper Mist deletes a personal token unused for 90 days, and an organization token works only from the networks it allows: make a new token in the Mist portal and save the connection again (File › Connect an Account…).</source>
        <translation>Juniper Mist 会删除 90 天未使用的个人令牌，组织令牌也只能从其允许的网络使用：请在 Mist 门户中创建新令牌，然后重新保存该连接（文件 › 连接账户…）。</translation>
    </message>
    <message>
        <source>A new JumpCloud API key revokes the old one, and keys starting with jca_ expire: save the connection again with the current key (File › Connect an Account…).</source>
        <translation>新的 JumpCloud API 密钥会吊销旧密钥，以 jca_ 开头的密钥也会过期：请用当前的密钥重新保存该连接（文件 › 连接账户…）。</translation>
    </message>
    <message>
        <source>A token deleted in the portal is refused from then on: make a new token and save the connection again (File › Connect an Account…).</source>
        <translation>在门户中删除的令牌从此会被拒绝：请创建新令牌，然后重新保存该连接（文件 › 连接账户…）。</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s) stopped working</source>
        <translation>
            <numerusform>%n 个已保存的连接已失效</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the service now denies its token access.</source>
        <translation>%1：服务现在拒绝其令牌的访问。</translation>
    </message>
    <message>
        <source>%1: the service refused its token.</source>
        <translation>%1：服务拒绝了其令牌。</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>还有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved connections in Credential Connect shows what each check said.</source>
        <translation>Credential Connect 的“已保存的连接”中显示了每次检查的结果。</translation>
    </message>
</context>
<context>
    <name>cc::ExportEnvJob</name>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>.env 文件未写入：%1。</translation>
    </message>
    <message>
        <source>The .env file is in %1, readable by you only. It holds the token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>.env 文件已保存到 %1，仅您本人可以读取。该文件以明文形式包含令牌：请妥善保管，并在不再需要时将其删除。</translation>
    </message>
</context>
<context>
    <name>cc::KeeperJob</name>
    <message>
        <source>Another change to this connection is still under way. Wait for it to finish, then try again.</source>
        <translation>对此连接的另一项更改仍在进行中。请等待其完成，然后重试。</translation>
    </message>
    <message>
        <source>There is no saved connection %1.</source>
        <translation>没有已保存的连接 %1。</translation>
    </message>
    <message>
        <source>Another window is changing this connection and did not finish within %1 seconds. Nothing was changed; try again once it is done.</source>
        <translation>另一个窗口正在更改此连接，且未在 %1 秒内完成。未做任何更改；请在其完成后重试。</translation>
    </message>
</context>
<context>
    <name>cc::RemoveConnectionJob</name>
    <message>
        <source>The connection was not deleted: %1. Its token and its details are both kept.</source>
        <translation>连接未删除：%1。其令牌和详细信息均已保留。</translation>
    </message>
    <message>
        <source>The connection was deleted: its token from the keychain, its details from the settings.</source>
        <translation>连接已删除：令牌已从钥匙串中删除，详细信息已从设置中删除。</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept; the keychain held no token for it.</source>
        <translation>连接未删除：%1。其详细信息已保留；钥匙串中没有该连接的令牌。</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its token was put back in the keychain; its details are kept.</source>
        <translation>连接未删除：%1。其令牌已放回钥匙串；其详细信息已保留。</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept, but its token could not be put back in the keychain (%2): save the connection again with its token.</source>
        <translation>连接未删除：%1。其详细信息已保留，但其令牌无法放回钥匙串 (%2)：请使用其令牌重新保存该连接。</translation>
    </message>
</context>
<context>
    <name>cc::RestoreConnectionJob</name>
    <message>
        <source>The connection was not restored: %1. Nothing was changed.</source>
        <translation>未恢复连接：%1。未做任何更改。</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1 any more, so there was nothing to restore.</source>
        <translation>钥匙串中已没有 %1 的令牌，因此没有可恢复的内容。</translation>
    </message>
    <message>
        <source>The connection was not restored: %1. Its token stays in the keychain.</source>
        <translation>未恢复连接：%1。其令牌仍在钥匙串中。</translation>
    </message>
    <message>
        <source>The connection was restored: its token was still in the keychain, and its details are back in the settings.</source>
        <translation>已恢复连接：其令牌仍在钥匙串中，其详细信息已写回设置。</translation>
    </message>
</context>
<context>
    <name>cc::ReverifyConnectionJob</name>
    <message>
        <source>This connection&apos;s provider or region is no longer one the program knows, so its token was not sent.</source>
        <translation>此连接的提供商或区域已不再是本程序已知的，因此未发送其令牌。</translation>
    </message>
    <message>
        <source>The connection was not checked: %1. Its details are unchanged.</source>
        <translation>未检查连接：%1。其详细信息保持不变。</translation>
    </message>
    <message>
        <source>The stored token still works. %1</source>
        <translation>已存储的令牌仍然有效。%1</translation>
    </message>
    <message>
        <source>The stored token still works, but the new check date could not be saved: %1.</source>
        <translation>已存储的令牌仍然有效，但无法保存新的检查日期：%1。</translation>
    </message>
    <message>
        <source>%1 This failed check is recorded with the connection; its other details are unchanged.</source>
        <translation>%1 此次失败的检查已记录在连接中；连接的其他信息未更改。</translation>
    </message>
    <message>
        <source>%1 This failed check could not be recorded either: %2.</source>
        <translation>%1 此次失败的检查也无法记录：%2。</translation>
    </message>
</context>
<context>
    <name>cc::SaveConnectionJob</name>
    <message>
        <source>The connection was not saved: its provider or region is not one the program knows. Nothing was written.</source>
        <translation>连接未保存：其提供商或区域不是本程序已知的。未写入任何内容。</translation>
    </message>
    <message>
        <source>The connection was not saved: %1 Nothing was written.</source>
        <translation>连接未保存：%1 未写入任何内容。</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. Nothing was written.</source>
        <translation>连接未保存：%1。未写入任何内容。</translation>
    </message>
    <message>
        <source>The connection was saved: the token in the keychain, the details in the settings.</source>
        <translation>连接已保存：令牌保存在钥匙串中，详细信息保存在设置中。</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain holds what it held before.</source>
        <translation>连接未保存：%1。钥匙串中的内容保持不变。</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain could not be put back either (%2): its entry %3 may hold the new token.</source>
        <translation>连接未保存：%1。钥匙串也无法恢复 (%2)：其条目 %3 中可能保存着新令牌。</translation>
    </message>
</context>
<context>
    <name>cc::SecretJob</name>
    <message>
        <source>the keychain holds no token for this connection</source>
        <translation>钥匙串中没有此连接的令牌</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>the keychain refused access (it may be locked)</source>
        <translation>钥匙串拒绝访问（可能已锁定）</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>钥匙串无法删除该条目</translation>
    </message>
    <message>
        <source>the keychain is unavailable (this system offers none the program can use)</source>
        <translation>钥匙串不可用（此系统未提供本程序可以使用的钥匙串）</translation>
    </message>
    <message>
        <source>the keychain could not be used (%1); it may be locked or have no default keyring yet</source>
        <translation>无法使用钥匙串 (%1)；它可能已锁定，或尚无默认密钥环</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no D-Bus session is running, so no Secret Service can be reached)</source>
        <translation>钥匙串不可用（没有运行中的 D-Bus 会话，因此无法访问 Secret Service）</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no Secret Service is running)</source>
        <translation>钥匙串不可用（没有运行中的 Secret Service）</translation>
    </message>
</context>
<context>
    <name>cc::VerificationJob</name>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation>地址 %1 未使用 HTTPS。</translation>
    </message>
    <message>
        <source>the time limit ran out before it was asked</source>
        <translation>尚未查询，时间限制已到</translation>
    </message>
    <message>
        <source>the time limit ran out</source>
        <translation>时间限制已到</translation>
    </message>
    <message>
        <source>the answer was larger than 1 MiB</source>
        <translation>响应大于 1 MiB</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>服务器返回了 HTTP 状态 %1</translation>
    </message>
    <message>
        <source>the request failed: %1</source>
        <translation>请求失败：%1</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistDialog</name>
    <message>
        <source>Open a List of Tokens</source>
        <translation>打开令牌列表</translation>
    </message>
    <message>
        <source>Lists of tokens (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>令牌列表 (*.csv *.jsonl *.ndjson *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>粘贴的行</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) answered</source>
        <translation>
            <numerusform>%n 行中已回答 %1 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1</source>
        <translation>
            <numerusform>已检查 %n 行：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>已取消。%1</translation>
    </message>
    <message>
        <source>Export the Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The results were not exported: %1</source>
        <translation>结果未导出：%1</translation>
    </message>
    <message>
        <source>The results, without the tokens, are in %1.</source>
        <translation>结果（不含令牌）位于 %1。</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>正在保存到系统钥匙串…</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved in the system keychain.</source>
        <translation>
            <numerusform>已将 %n 个连接保存到系统钥匙串。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be saved: see their rows.</source>
        <translation>
            <numerusform>%n 个无法保存：请查看其所在行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unsaved, with no organization chosen.</source>
        <translation>
            <numerusform>%n 个未保存，因为没有选择组织。</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>被禁止</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>代理错误</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count of rows, then what they got</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Provider and region</source>
        <translation>提供商和区域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Who the token is</source>
        <translation>令牌属于谁</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>cc::gui::ConnectForm</name>
    <message numerus="yes">
        <source>%1 of %n regions answered…</source>
        <translation>
            <numerusform>%n 个区域中已有 %1 个响应…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To find the region, Credential Connect sends this token to the API host of every %1 region, %n hosts in all: %2. It stops asking as soon as one region accepts the token. Each of these hosts belongs to %1.</source>
        <translation>
            <numerusform>为了查找区域，Credential Connect 会将此令牌发送到 %1 每个区域的 API 主机，共 %n 个主机：%2。一旦有区域接受该令牌，便会停止询问。这些主机都属于 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking every region of %1 whether it accepts the token…</source>
        <translation>正在询问 %1 的所有区域是否接受该令牌…</translation>
    </message>
    <message>
        <source>No region accepted this token: see below.</source>
        <translation>没有区域接受此令牌：请参见下文。</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <source>Nothing was verified. Press Verify to try again.</source>
        <translation>未验证任何内容。请按“验证”重试。</translation>
    </message>
    <message>
        <source>The service refused this token: see below.</source>
        <translation>服务拒绝了此令牌：请参见下文。</translation>
    </message>
    <message>
        <source>Search every region for this token…</source>
        <translation>在所有区域中查找此令牌…</translation>
    </message>
    <message>
        <source>Shows which hosts would receive the token, then asks every region</source>
        <translation>显示哪些主机会收到令牌，然后询问所有区域</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Asking %1 whether the token works…</source>
        <translation>正在询问 %1 该令牌是否有效…</translation>
    </message>
</context>
<context>
    <name>cc::gui::CredentialsPage</name>
    <message>
        <source>Paste the token and press Verify. Next is available once the service has accepted it.</source>
        <translation>粘贴令牌并按“验证”。服务接受令牌后，即可点击“下一步”。</translation>
    </message>
</context>
<context>
    <name>cc::gui::KeepPage</name>
    <message>
        <source>The token goes to the system keychain, filed under “%1”; the provider, region, organization and identity go to the program&apos;s settings. Nothing else keeps the token.</source>
        <translation>令牌将保存到系统钥匙串中，归档在“%1”下；提供商、区域、组织和身份将保存到程序设置中。除此之外，没有任何地方保存令牌。</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>保存到系统钥匙串(&amp;S)</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>正在保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
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
        <translation>快速检查(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Saved connections</source>
        <translation>已保存的连接(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>连接账户(&amp;C)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Credential Connect</source>
        <translation>关于 Credential Connect(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The extra certificate authorities of the settings are not trusted: %1</source>
        <translation>设置中的额外证书颁发机构不受信任：%1</translation>
    </message>
    <message>
        <source>About Credential Connect</source>
        <translation>关于 Credential Connect</translation>
    </message>
    <message>
        <source>Credential Connect %1

Links a Juniper Mist, Mist Routing Assurance or JumpCloud account by its API token: it asks the provider whether the token works and what it grants. The token goes only to the API host of the region you choose.</source>
        <translation>Credential Connect %1

通过 API 令牌连接 Juniper Mist、Mist Routing Assurance 或 JumpCloud 账户：它会询问提供商该令牌是否有效以及授予了哪些权限。令牌只会发送到您所选区域的 API 主机。</translation>
    </message>
    <message>
        <source>Check a &amp;List…</source>
        <translation>检查列表(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>cc::gui::ProxySignInDialog</name>
    <message>
        <source>The proxy server %1 asks for a user name and password before it lets the check through. They go to the proxy only.</source>
        <translation>代理服务器 %1 在放行检查前要求提供用户名和密码。它们只会发送给该代理。</translation>
    </message>
    <message>
        <source>The proxy calls itself “%1”.</source>
        <translation>该代理自称“%1”。</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
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
        <translation>请选择一个区域，或粘贴您的门户地址。</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Pick one from the list, or paste the address of your portal (for example %3).</source>
        <translation>“%1”不是 %2 的区域。请从列表中选择一个，或粘贴您的门户地址（例如 %3）。</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>门户：%1</translation>
    </message>
    <message>
        <source>Organization ID from the address: %1</source>
        <translation>来自地址的组织 ID：%1</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>选择区域，或输入其 API 子域或主机，或粘贴您的门户地址</translation>
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
        <translation>响应中没有指明单个组织。来自您门户地址的组织 ID %1 将与连接一起保存。</translation>
    </message>
    <message>
        <source>The answer names no single organization (for example, a grant on a whole MSP). The connection is kept without one.</source>
        <translation>响应中没有指明单个组织（例如，授予的是整个 MSP 的权限）。连接将在不指定组织的情况下保存。</translation>
    </message>
    <message>
        <source>This key is for one organization.</source>
        <translation>此密钥用于一个组织。</translation>
    </message>
    <message numerus="yes">
        <source>This key reaches %n organizations: you are a multi-tenant administrator. Pick the organization this connection is for; later JumpCloud calls send its ID in the x-org-id header.</source>
        <translation>
            <numerusform>此密钥可访问 %n 个组织：您是多租户管理员。请选择此连接所对应的组织；之后的 JumpCloud 调用会在 x-org-id 标头中发送其 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>This token&apos;s grants are in one organization.</source>
        <translation>此令牌的权限位于一个组织中。</translation>
    </message>
    <message>
        <source>Only the first %1 are listed here.</source>
        <translation>此处仅列出前 %1 个。</translation>
    </message>
    <message numerus="yes">
        <source>This token reaches %n organizations. Pick the one this connection is for.</source>
        <translation>
            <numerusform>此令牌可访问 %n 个组织。请选择此连接所对应的组织。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPanel</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>已询问：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>The other regions:</source>
        <translation>其他区域：</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>服务返回：“%1”</translation>
    </message>
</context>
<context>
    <name>cc::gui::SavedConnectionsView</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No saved connections yet. Connect an account to keep its token in the system keychain and check it again at any time.</source>
        <translation>尚无已保存的连接。连接账户后，可将其令牌保存在系统钥匙串中，并随时再次检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s). The tokens stay in the system keychain; select one to check it again, copy its summary or export it.</source>
        <translation>
            <numerusform>%n 个已保存的连接。令牌保存在系统钥匙串中；选择一个连接即可再次检查、复制其摘要或将其导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 (%2) whether the stored token still works…</source>
        <translation>正在询问 %1 (%2) 已存储的令牌是否仍然有效…</translation>
    </message>
    <message>
        <source>Delete the Connection?</source>
        <translation>删除连接？</translation>
    </message>
    <message>
        <source>Delete the %1 connection in %2? Its token is removed from the system keychain and its details from the settings. The token itself keeps working at %1 until it is revoked there.</source>
        <translation>要删除 %2 中的 %1 连接吗？其令牌将从系统钥匙串中删除，详细信息将从设置中删除。在 %1 中吊销该令牌之前，令牌本身仍然有效。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>The saved connections cannot be shown: %1. Nothing in it was changed.</source>
        <translation>无法显示已保存的连接：%1。未对其做任何更改。</translation>
    </message>
    <message>
        <source>Unfinished Change</source>
        <translation>未完成的更改</translation>
    </message>
    <message>
        <source>A change to the %1 connection in %2 (%3) was cut off before it was finished: the system keychain may hold its token, but the list does not show it. Restore the connection, or remove its token from the keychain?</source>
        <translation>对 %2 中 %1 连接（%3）的更改在完成前被中断：系统钥匙串中可能还有其令牌，但列表中没有显示。要恢复该连接，还是从钥匙串中移除其令牌？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Asking the providers whether the stored tokens still work…</source>
        <translation>正在询问提供商已存储的令牌是否仍然有效…</translation>
    </message>
    <message>
        <source>All verified</source>
        <translation>全部已验证</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n saved connection(s): every stored token still works.</source>
        <translation>
            <numerusform>已检查 %n 个已保存的连接：所有已存储的令牌仍然有效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not all verified</source>
        <translation>并非全部已验证</translation>
    </message>
    <message>
        <source>Connections that did not verify: %1 of %2. The Status column says since when and why.</source>
        <translation>未通过验证的连接：%2 个中的 %1 个。“状态”列显示从何时开始以及原因。</translation>
    </message>
</context>
<context>
    <name>cc::gui::SettingsDialog</name>
    <message>
        <source>Choose the Certificate Authorities</source>
        <translation>选择证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>IT 部门提供给您的、包含证书颁发机构的 PEM 文件路径；留空表示不使用</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>正在开启每日检查…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>正在关闭每日检查…</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>每天检查一次每个已保存的连接，当某个连接失效时显示桌面通知</translation>
    </message>
</context>
<context>
    <name>cc::gui::SetupWizard</name>
    <message>
        <source>Connect an account</source>
        <translation>连接账户</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenField</name>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>来自提供商门户的机密令牌。输入时会被隐藏，并且永远不会被保存。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token (%1)</source>
        <translation>显示或隐藏令牌的字符 (%1)</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>隐藏令牌</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>显示令牌</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenGuidePage</name>
    <message>
        <source>Get a %1 token</source>
        <translation>获取 %1 令牌</translation>
    </message>
    <message>
        <source>Make the token in the %1 portal, copy it, and come back: the next page checks it.</source>
        <translation>在 %1 门户中创建令牌并复制，然后返回此处：下一页将检查该令牌。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>在 Web 浏览器中打开 %1</translation>
    </message>
    <message>
        <source>No web browser could be started. Open %1 in your browser yourself.</source>
        <translation>无法启动 Web 浏览器。请自行在浏览器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>cc::gui::VerifiedSaver</name>
    <message>
        <source>Not saved: no organization was chosen.</source>
        <translation>未保存：没有选择组织。</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>“%1” (line %2)</source>
        <translation>“%1”（第 %2 行）</translation>
    </message>
    <message>
        <source>Choose the Organization</source>
        <translation>选择组织</translation>
    </message>
    <message numerus="yes">
        <source>The token of %1 reaches %n organizations. Which one is this connection for? Close the question to leave this token unsaved.</source>
        <translation>
            <numerusform>%1 的令牌可访问 %n 个组织。此连接用于哪一个？关闭此问题则不保存该令牌。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::WatchSchedule</name>
    <message>
        <source>systemctl could not turn the daily check on</source>
        <translation>systemctl 无法开启每日检查</translation>
    </message>
    <message>
        <source>systemctl could not turn the daily check off</source>
        <translation>systemctl 无法关闭每日检查</translation>
    </message>
    <message>
        <source>%1 (exit code %2).</source>
        <translation>%1（退出代码 %2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The daily check needs systemd&apos;s user session, which a login through su, ssh or a container may not have.</source>
        <translation>每日检查需要 systemd 的用户会话，而通过 su、ssh 登录或在容器中可能没有该会话。</translation>
    </message>
    <message>
        <source>systemctl could not be started (%1), so the daily check cannot be scheduled on this system. Any scheduler can run credential-connect --check-saved --notify instead.</source>
        <translation>无法启动 systemctl（%1），因此无法在此系统上安排每日检查。可以改用任何计划任务工具运行 credential-connect --check-saved --notify。</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s); the daily check was not changed.</source>
        <translation>
            <numerusform>systemctl 在 %n 秒内没有响应；每日检查未更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::saved::DesktopNotification</name>
    <message>
        <source>there is no D-Bus session bus (%1)</source>
        <translation>没有 D-Bus 会话总线（%1）</translation>
    </message>
</context>
</TS>
