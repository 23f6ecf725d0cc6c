<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Application</name>
    <message>
        <source>Credential Connect cannot start</source>
        <translation>Credential Connect を起動できません</translation>
    </message>
    <message>
        <source>There is no translation “%1”. Choose one of: %2.</source>
        <translation>「%1」の翻訳はありません。次のいずれかを選択してください: %2。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 could not be created (%2)</source>
        <translation>%1 を作成できませんでした (%2)</translation>
    </message>
    <message>
        <source>the permissions of %1 could not be set (%2)</source>
        <translation>%1 のアクセス許可を設定できませんでした (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>%1 に書き込めませんでした (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, not a file. An export replaces only a file and never follows a link: choose another name.</source>
        <translation>%1 はファイルではなく%2です。エクスポートはファイルだけを置き換え、リンクをたどることはありません。別の名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The file is larger than 4 MiB; a bundle of authorities is far smaller.</source>
        <translation>ファイルが 4 MiB を超えています。認証局のバンドルであれば、これよりはるかに小さいはずです。</translation>
    </message>
    <message>
        <source>The file holds a private key. Give the certificate of the authority only, and keep the key where it was.</source>
        <translation>ファイルに秘密鍵が含まれています。認証局の証明書だけを指定し、鍵は元の場所に保管したままにしてください。</translation>
    </message>
    <message>
        <source>Certificate %1 in the file cannot be read.</source>
        <translation>ファイル内の証明書 %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The certificate “%1” expired on %2 and is not used.</source>
        <translation>証明書「%1」は %2 に有効期限が切れているため、使用されません。</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate (a block starting “-----BEGIN CERTIFICATE-----”).</source>
        <translation>ファイルに PEM 証明書（「-----BEGIN CERTIFICATE-----」で始まるブロック）が含まれていません。</translation>
    </message>
    <message>
        <source>Every certificate in the file has expired.</source>
        <translation>ファイル内の証明書はすべて有効期限が切れています。</translation>
    </message>
    <message>
        <source>Cannot open the CA bundle %1: %2</source>
        <translation>CA バンドル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be used: %2</source>
        <translation>CA バンドル %1 を使用できません: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot open the catalog file %1: %2</source>
        <translation>カタログファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The catalog file %1 is larger than 1 MiB.</source>
        <translation>カタログファイル %1 が 1 MiB を超えています。</translation>
    </message>
    <message>
        <source>The catalog is larger than 1 MiB.</source>
        <translation>カタログが 1 MiB を超えています。</translation>
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
        <translation>&quot;%1&quot; は空でないテキストである必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; が %2 文字を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation>&quot;%1&quot; は有効な Web アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https://</source>
        <translation>&quot;%1&quot; には https:// を使用する必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a bare address without user, path or query</source>
        <translation>&quot;%1&quot; はユーザー、パス、クエリを含まないアドレスのみである必要があります</translation>
    </message>
    <message>
        <source>each region must be an object</source>
        <translation>各リージョンはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; may hold only letters, digits, dots and hyphens</source>
        <translation>リージョン ID &quot;%1&quot; に使用できるのは英字、数字、ドット、ハイフンのみです</translation>
    </message>
    <message>
        <source>&quot;verify&quot; must be an object</source>
        <translation>&quot;verify&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a plain absolute path</source>
        <translation>&quot;path&quot; は単純な絶対パスである必要があります</translation>
    </message>
    <message>
        <source>unknown authentication header &quot;%1&quot;</source>
        <translation>不明な認証ヘッダー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;auth_prefix&quot; must be a short printable text</source>
        <translation>&quot;auth_prefix&quot; は短い印字可能なテキストである必要があります</translation>
    </message>
    <message>
        <source>the Authorization header needs a scheme prefix</source>
        <translation>Authorization ヘッダーにはスキームのプレフィックスが必要です</translation>
    </message>
    <message>
        <source>&quot;token&quot; must hold a &quot;usual_lengths&quot; list</source>
        <translation>&quot;token&quot; には &quot;usual_lengths&quot; リストが必要です</translation>
    </message>
    <message>
        <source>token lengths must be whole numbers from 1 to %1</source>
        <translation>トークンの長さは 1 から %1 までの整数である必要があります</translation>
    </message>
    <message>
        <source>each provider must be an object</source>
        <translation>各プロバイダーはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; may hold only lower-case letters, digits and hyphens</source>
        <translation>プロバイダー ID &quot;%1&quot; に使用できるのは英小文字、数字、ハイフンのみです</translation>
    </message>
    <message>
        <source>unknown answer format &quot;%1&quot;</source>
        <translation>不明な応答形式 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty list</source>
        <translation>&quot;regions&quot; は空でないリストである必要があります</translation>
    </message>
    <message>
        <source>more than %1 regions</source>
        <translation>リージョンが %1 個を超えています</translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>、リージョン %1</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; appears twice</source>
        <translation>リージョン ID &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>the catalog is not a valid JSON object (%1 at offset %2)</source>
        <translation>カタログが有効な JSON オブジェクトではありません（オフセット %2 で %1）</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>カタログは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unsupported catalog format (expected &quot;format&quot;: %1)</source>
        <translation>サポートされていないカタログ形式です（&quot;format&quot;: %1 である必要があります）</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be a non-empty list</source>
        <translation>&quot;providers&quot; は空でないリストである必要があります</translation>
    </message>
    <message>
        <source>more than %1 providers</source>
        <translation>プロバイダーが %1 個を超えています</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>プロバイダー %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; appears twice</source>
        <translation>プロバイダー ID &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; は true または false である必要があります</translation>
    </message>
    <message>
        <source>&quot;rate_limit&quot; must be an object</source>
        <translation>&quot;rate_limit&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names port 0, which no server listens on</source>
        <translation>&quot;%1&quot; はポート 0 を指定していますが、このポートで待ち受けるサーバーはありません</translation>
    </message>
    <message>
        <source>region ids &quot;%1&quot; and &quot;%2&quot; differ only in case</source>
        <translation>リージョン ID &quot;%1&quot; と &quot;%2&quot; は大文字と小文字しか違いません</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>キー &quot;%1&quot; が 1 つのオブジェクトに 2 回出てきます</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Organization ID from the URL: %1</source>
        <translation>URL から取得した組織 ID: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>エンドポイント: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Regions asked:</source>
        <translation>問い合わせたリージョン:</translation>
    </message>
    <message>
        <source>Unknown option “%1”. See --help for the options.</source>
        <translation>不明なオプション「%1」です。使用できるオプションについては --help を参照してください。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. The token is read from standard input, never from the command line.</source>
        <translation>予期しない引数「%1」です。トークンはコマンドラインからではなく、常に標準入力から読み取られます。</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>--provider でプロバイダーを指定してください (%1)。</translation>
    </message>
    <message>
        <source>Unknown provider “%1”. Known providers: %2.</source>
        <translation>不明なプロバイダー「%1」です。既知のプロバイダー: %2。</translation>
    </message>
    <message>
        <source>Name the region with --region (%1, or auto to find it).</source>
        <translation>--region でリージョンを指定してください（%1、または自動で検出する場合は auto）。</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Give a region id (%3), its API or portal host, the address of your portal, or auto.</source>
        <translation>「%1」は %2 のリージョンではありません。リージョン ID (%3)、その API ホストまたはポータルホスト、ポータルのアドレス、または auto を指定してください。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 and at most 600.</source>
        <translation>--timeout には 0 より大きく 600 以下の秒数を指定してください。</translation>
    </message>
    <message>
        <source>Finding the region: the token will be sent to the API host of every region of %1: %2.</source>
        <translation>リージョンを検出します。トークンは %1 のすべてのリージョンの API ホストに送信されます: %2。</translation>
    </message>
    <message>
        <source>No token arrived on standard input. Pipe it in, one line, for example from a password manager.</source>
        <translation>標準入力からトークンを受け取れませんでした。パスワードマネージャーなどから 1 行でパイプ入力してください。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The first line of %1 must name the columns provider, region and token (CSV), or be a JSON object (JSON Lines).</source>
        <translation>%1 の 1 行目は、列 provider、region、token を指定するか (CSV)、JSON オブジェクト (JSON Lines) である必要があります。</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds tokens. Make it yours alone: chmod 600 %1</source>
        <translation>%1 はこのコンピューターの他のユーザーが読み取れる状態で、トークンを含んでいます。自分だけが読めるようにしてください: chmod 600 %1</translation>
    </message>
    <message>
        <source>--check-file takes the provider and the region from each row: leave out --provider and --region.</source>
        <translation>--check-file はプロバイダーとリージョンを各行から読み取ります。--provider と --region は指定しないでください。</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1 to %1.</source>
        <translation>--jobs には 1 から %1 までの整数を指定します。</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>サービスの応答: %1</translation>
    </message>
    <message>
        <source>The line on standard input is longer than 64 KiB, far longer than any token. Pipe in the token alone, on one line.</source>
        <translation>標準入力の行が 64 KiB を超えています。どのトークンよりもはるかに長い行です。トークンだけを 1 行で渡してください。</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>読み取れなかった項目: %1（%2）。</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) answered, %1 read…</source>
        <translation>
            <numerusform>%n 行に応答、%1 行を読み込み済み…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 s: %2</source>
        <translation>
            <numerusform>%n 行、%1 秒: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>引用符で囲まれたフィールドがファイルの終わりまでに閉じられていません。</translation>
    </message>
    <message>
        <source>The row is longer than 64 KiB.</source>
        <translation>行が 64 KiB を超えています。</translation>
    </message>
    <message>
        <source>The row has no %1.</source>
        <translation>行に %1 がありません。</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>この行は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The value of %1 is not text.</source>
        <translation>%1 の値がテキストではありません。</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check a List</source>
        <translation>リストの確認</translation>
    </message>
    <message>
        <source>Check many tokens at once: open a CSV or JSON Lines file with the columns provider, region and token (label is optional), or paste its rows, header line first. Each answer fills its row as it comes; at most 16 requests are under way at once, and 4 to one host.</source>
        <translation>多数のトークンをまとめて確認します。provider、region、token の列（label は任意）を持つ CSV または JSON Lines ファイルを開くか、見出し行を先頭にしてその行を貼り付けてください。各回答は届きしだいその行を埋めます。同時に送る要求は最大 16 件、1 つのホストへは 4 件までです。</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Chooses a CSV or JSON Lines file and checks every row</source>
        <translation>CSV または JSON Lines ファイルを選び、すべての行を確認します</translation>
    </message>
    <message>
        <source>Rows to c&amp;heck, pasted with their header line:</source>
        <translation>確認する行（見出し行ごと貼り付け）(&amp;H):</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>確認する行</translation>
    </message>
    <message>
        <source>Holds tokens, so a screen reader is not given its text. It is emptied when the check starts</source>
        <translation>トークンを含むため、スクリーンリーダーには内容を渡しません。確認を始めると空になります</translation>
    </message>
    <message>
        <source>&amp;Check the Pasted Rows</source>
        <translation>貼り付けた行を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Checks every row pasted above and empties the box</source>
        <translation>上に貼り付けたすべての行を確認し、欄を空にします</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>確認した行</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Stops reading the list and sending its checks; the rows not answered are cancelled</source>
        <translation>リストの読み込みと確認の送信を止めます。回答のない行は取り消されます</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>回答(&amp;A):</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>問題のみ表示(&amp;P)</translation>
    </message>
    <message>
        <source>Hides the verified rows</source>
        <translation>確認済みの行を隠します</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>One row per row of the list: its line, label, provider and region, status, who the token is and its organization</source>
        <translation>リストの 1 行ごとに 1 行：行番号、ラベル、プロバイダーとリージョン、状態、トークンの持ち主、組織</translation>
    </message>
    <message>
        <source>&amp;Details of the selected row:</source>
        <translation>選択した行の詳細(&amp;D):</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>選択した行の詳細</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>結果をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes every row&apos;s answer to a CSV file, without the tokens</source>
        <translation>各行の回答を CSV ファイルに書き出します。トークンは含みません</translation>
    </message>
    <message>
        <source>&amp;Save the Verified Ones</source>
        <translation>確認済みを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Keeps every verified token in the system keychain as a saved connection</source>
        <translation>確認済みの各トークンを保存済みの接続としてシステムのキーチェーンに保管します</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Closes the list; the tokens it held are forgotten</source>
        <translation>リストを閉じます。保持していたトークンは破棄されます</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n 組織</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer has not come yet.</source>
        <translation>回答はまだ届いていません。</translation>
    </message>
    <message>
        <source>Not checked: the list was cancelled.</source>
        <translation>未確認：リストが取り消されました。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>ラベル: %1</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>サービスの応答: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Verify a token without opening a window. The token is read from standard input (one line).</source>
        <translation>ウィンドウを開かずにトークンを検証します。トークンは標準入力から読み取られます（1 行）。</translation>
    </message>
    <message>
        <source>Provider id: juniper-mist, juniper-routing-assurance or jumpcloud.</source>
        <translation>プロバイダー ID: juniper-mist、juniper-routing-assurance、jumpcloud のいずれか。</translation>
    </message>
    <message>
        <source>Region id (api.gc3), API host, portal host, a portal or API URL, or auto: ask every region of the provider at once; the first to accept the token wins.</source>
        <translation>リージョン ID (api.gc3)、API ホスト、ポータルホスト、ポータルまたは API の URL、または auto。auto の場合はプロバイダーのすべてのリージョンに同時に問い合わせ、最初にトークンを受け入れたリージョンを採用します。</translation>
    </message>
    <message>
        <source>Total time allowed for the check, in seconds (default 20, at most 600).</source>
        <translation>チェックに許容する合計時間（秒単位、既定値 20、最大 600）。</translation>
    </message>
    <message>
        <source>Print one JSON object with outcome, provider, region, endpoint, http_status, retry_after_s, identity and message.</source>
        <translation>outcome、provider、region、endpoint、http_status、retry_after_s、identity、message を含む JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file, for this program only.</source>
        <translation>この PEM ファイル内の認証局も信頼します（このプログラムでのみ）。</translation>
    </message>
    <message>
        <source>Use this provider catalog (JSON) instead of the built-in one, for private regions. It is checked like any untrusted input.</source>
        <translation>組み込みのカタログの代わりに、このプロバイダーカタログ (JSON) を使用します（プライベートリージョン用）。信頼されていない入力と同様にチェックされます。</translation>
    </message>
    <message>
        <source>Show the window in this language instead of the system&apos;s: %1.</source>
        <translation>システムの言語ではなく、この言語でウィンドウを表示します: %1。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Credential Connect links a Juniper Mist, Mist Routing Assurance or JumpCloud account: it asks the provider&apos;s API whether a token works and what it grants. Without --check it opens the connect window.</source>
        <translation>Credential Connect は Juniper Mist、Mist Routing Assurance、JumpCloud のアカウントを接続します。トークンが有効かどうか、どのような権限を持つかをプロバイダーの API に問い合わせます。--check を指定しない場合は接続ウィンドウを開きます。</translation>
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
        <translation>コマンドラインでのチェック:
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region api.gc3 --json
  echo &quot;$TOKEN&quot; | credential-connect --check --provider juniper-mist --region auto
--region auto の場合、トークンはプロバイダーのすべてのリージョンの API ホストに送信されます。結果には検出されたリージョンと、各リージョンの応答が示されます（--json の場合は &quot;detection&quot; に含まれます）。

終了コード:
  0  検証済み: トークンは有効です
  1  拒否または禁止: サービスがトークンを拒否しました（auto の場合: すべてのリージョンが拒否しました）
  2  入力が無効: 何も送信されていません
  3  判定不能: レート制限、サーバー、ネットワーク、TLS、プロキシ、タイムアウト、または予期しない応答（auto の場合: 拒否しなかったリージョンで発生）
</translation>
    </message>
    <message>
        <source>Verify every token of a list without opening a window: CSV with the columns provider, region, token and optionally label, or JSON Lines with the same keys; - for standard input.</source>
        <translation>ウィンドウを開かずにリストのすべてのトークンを検証します: 列 provider、region、token と任意の label を持つ CSV、または同じキーを持つ JSON Lines。- は標準入力です。</translation>
    </message>
    <message>
        <source>Checking a list:
  credential-connect --check-file tokens.csv --json
The first line of a CSV file names the columns: provider,region,token,label. With --json, one object per row in the order of the file, as --check prints it, with &quot;line&quot; and &quot;label&quot;, then {&quot;summary&quot;: ...}. The same provider, region and token twice are sent once. A row that cannot be used is invalid_input; the others go on.
Exit codes: 0 every row verified; 1 some refused, forbidden or invalid, and every row answered; 2 the file cannot be read (nothing was sent); 3 some row could not be checked.
</source>
        <translation>リストの検証:
  credential-connect --check-file tokens.csv --json
CSV ファイルの 1 行目で列を指定します: provider,region,token,label。--json では、ファイルの順に 1 行ごとに 1 つのオブジェクトを --check と同じ形で &quot;line&quot; と &quot;label&quot; 付きで出力し、最後に {&quot;summary&quot;: ...} を出力します。同じプロバイダー、リージョン、トークンが 2 回あっても送信は 1 回です。使えない行は invalid_input となり、他の行は続行されます。
終了コード: 0 すべての行が検証済み。1 一部が拒否・禁止・無効で、すべての行に応答あり。2 ファイルを読めない (何も送信していません)。3 確認できなかった行がある。
</translation>
    </message>
    <message>
        <source>With --check-file and --check-saved: requests in flight at once, at most (default %1, at most %2; never more than %3 to one API host).</source>
        <translation>--check-file と --check-saved で同時に送るリクエストの最大数 (既定 %1、最大 %2。1 つの API ホストには %3 を超えません)。</translation>
    </message>
    <message>
        <source>List the saved connections and how their last check went (never a token).</source>
        <translation>保存済みの接続と、その最後の確認結果を一覧表示します（トークンは表示しません）。</translation>
    </message>
    <message>
        <source>Check every saved connection with its token from the system keychain, print one row each and record the outcome in the connection.</source>
        <translation>保存済みの各接続を、システムのキーチェーンにあるトークンで確認し、接続ごとに 1 行を出力して、結果を接続に記録します。</translation>
    </message>
    <message>
        <source>Export the saved connection with this key (see --list-saved).</source>
        <translation>このキーの保存済み接続をエクスポートします（--list-saved を参照）。</translation>
    </message>
    <message>
        <source>With --export-saved: env (the token in the clear, for the vendors&apos; tools), profile (JSON, no token) or summary (text for a ticket).</source>
        <translation>--export-saved と一緒に: env（ベンダーのツール用、トークンを平文で含む）、profile（JSON、トークンなし）、または summary（チケット用のテキスト）。</translation>
    </message>
    <message>
        <source>With --export-saved: the file to write, or - for standard output. Needed for env and profile.</source>
        <translation>--export-saved と一緒に: 書き込むファイル、または標準出力を表す -。env と profile では必須です。</translation>
    </message>
    <message>
        <source>With --export-saved: replace the file given to --output if it exists.</source>
        <translation>--export-saved と一緒に: --output で指定したファイルが存在する場合は置き換えます。</translation>
    </message>
    <message>
        <source>Saved connections (tokens from the system keychain):
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved exits 0 when every connection verified, 1 when some were refused and all the others verified, 3 when any could not be checked. --list-saved and --export-saved exit 0 when done, 2 when refused before anything was written, 3 when the keychain or the file could not be used.
</source>
        <translation>終了コード:
  0  検証済み: トークンは有効です
  1  拒否または禁止: サービスがトークンを拒否しました（auto の場合: すべてのリージョンが拒否しました）
  2  入力が無効: 何も送信されていません
  3  判定不能: レート制限、サーバー、ネットワーク、TLS、プロキシ、タイムアウト、または予期しない応答（auto の場合: 拒否しなかったリージョンで発生）

保存済みの接続（トークンはシステムのキーチェーンから）:
  credential-connect --list-saved --json
  credential-connect --check-saved --json
  credential-connect --export-saved KEY --format env --output mist.env
--check-saved の終了コードは、すべての接続が確認されたとき 0、一部が拒否されほかはすべて確認されたとき 1、確認できなかった接続があるとき 3 です。--list-saved と --export-saved は、完了したとき 0、何も書き込む前に拒否したとき 2、キーチェーンまたはファイルを使用できなかったとき 3 で終了します。
</translation>
    </message>
    <message>
        <source>With --check-saved: show a desktop notification naming each connection a service has started to refuse, with what to do (Watch my connections).</source>
        <translation>--check-saved と併用: サービスが拒否し始めた接続をそれぞれ名前で示し、対処方法を伝えるデスクトップ通知を表示します（接続を見守る）。</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Connect an account</source>
        <translation>アカウントの接続</translation>
    </message>
    <message>
        <source>Choose the service and its region, then paste the API token. Credential Connect asks the service whether the token works and what it grants. The token is not stored.</source>
        <translation>サービスとリージョンを選択し、API トークンを貼り付けてください。Credential Connect が、トークンが有効かどうか、どのような権限を持つかをサービスに問い合わせます。トークンは保存されません。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>The service whose account you are linking</source>
        <translation>接続するアカウントのサービス</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Find my re&amp;gion</source>
        <translation>リージョンを検出(&amp;G)</translation>
    </message>
    <message>
        <source>Asks every region of the provider whether it accepts the token, after telling you which hosts would receive it</source>
        <translation>トークンの送信先となるホストを示したうえで、プロバイダーのすべてのリージョンにトークンを受け入れるかどうかを問い合わせます</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Find my region</source>
        <translation>リージョンを検出</translation>
    </message>
    <message>
        <source>&amp;Ask every region</source>
        <translation>すべてのリージョンに問い合わせる(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Asks the service whether the token works. Press Enter in any field to do the same.</source>
        <translation>トークンが有効かどうかをサービスに問い合わせます。どのフィールドで Enter キーを押しても同じ操作になります。</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>D&amp;on&apos;t ask</source>
        <translation>問い合わせない(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ConnectionExports</name>
    <message>
        <source>The summary is on the clipboard, ready for a ticket. It holds no token.</source>
        <translation>概要をクリップボードにコピーしました。そのままチケットに貼り付けられます。トークンは含まれていません。</translation>
    </message>
    <message>
        <source>Export the Profile</source>
        <translation>プロファイルのエクスポート</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>プロファイル (*.json)</translation>
    </message>
    <message>
        <source>The profile was not exported: %1</source>
        <translation>プロファイルはエクスポートされませんでした: %1</translation>
    </message>
    <message>
        <source>The profile, without the token, is in %1.</source>
        <translation>プロファイル（トークンを除く）を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Write the Token to a File?</source>
        <translation>トークンをファイルに書き込みますか？</translation>
    </message>
    <message>
        <source>A .env file holds the token in plain text, for the vendor&apos;s own tools to read. Only you can read the file, but anyone with your account or a copy of the file can use the token. Keep it out of shared folders and version control, and delete it when it is no longer needed.</source>
        <translation>.env ファイルには、ベンダー独自のツールが読み取れるように、トークンが平文で保存されます。このファイルは所有者だけが読み取れますが、同じアカウントを使える人やファイルのコピーを入手した人は誰でもトークンを使用できます。共有フォルダーやバージョン管理システムには置かず、不要になったら削除してください。</translation>
    </message>
    <message>
        <source>Choose Where to Write It</source>
        <translation>書き込み先の選択</translation>
    </message>
    <message>
        <source>Export a .env File</source>
        <translation>.env ファイルのエクスポート</translation>
    </message>
    <message>
        <source>Environment file (*.env)</source>
        <translation>環境ファイル (*.env)</translation>
    </message>
    <message>
        <source>No .env file is offered for this connection: %1.</source>
        <translation>この接続には .env ファイルを用意していません: %1。</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 は既に存在します。置き換えますか?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
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
        <translation>%1 UTC から失敗中: %2</translation>
    </message>
    <message>
        <source>Verified %1 UTC</source>
        <translation>%1 UTC に確認済み</translation>
    </message>
    <message>
        <source>Not checked since it was saved</source>
        <translation>保存後は未確認</translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>%1 connection</source>
        <translation>%1 の接続</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>リージョン: %1 (%2)</translation>
    </message>
    <message>
        <source>Organization: %1 (ID %2)</source>
        <translation>組織: %1 (ID %2)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>識別情報: %1</translation>
    </message>
    <message>
        <source>Organizations reached:</source>
        <translation>アクセスできる組織:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <source>Verified at: %1 UTC</source>
        <translation>検証日時: %1 UTC</translation>
    </message>
    <message>
        <source>Verified at: never</source>
        <translation>検証日時: 未検証</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>Enter the token: the field is empty.</source>
        <translation>トークンを入力してください。フィールドが空です。</translation>
    </message>
    <message>
        <source>The token has a space or line break at character %1. Tokens never contain spaces: copy it again in one piece.</source>
        <translation>トークンの %1 文字目に空白または改行があります。トークンに空白が含まれることはありません。途切れないように、もう一度まとめてコピーしてください。</translation>
    </message>
    <message>
        <source>The token has an invisible control character at character %1. Copy it again, straight from the portal.</source>
        <translation>トークンの %1 文字目に、目に見えない制御文字があります。ポータルから直接、もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The token has a character that no token uses (“%1” at character %2), often a typographic quote or dash picked up while copying. Copy it again, straight from the portal.</source>
        <translation>トークンに、トークンでは使われない文字があります（%2 文字目の「%1」）。多くの場合、コピーの際に紛れ込んだ装飾用の引用符やダッシュです。ポータルから直接、もう一度コピーしてください。</translation>
    </message>
    <message numerus="yes">
        <source>This token has %n characters; tokens of this provider usually have %1. Check that it was copied in full. You can still verify it.</source>
        <translation>
            <numerusform>このトークンは %n 文字ですが、このプロバイダーのトークンは通常 %1 文字です。すべてコピーされているか確認してください。このまま検証することもできます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Check the token</source>
        <translation>トークンのチェック</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>the value of %1 holds characters that a .env file cannot carry safely (a quote, a backslash, “${”, a control or non-ASCII character)</source>
        <translation>%1 の値に、.env ファイルで安全に扱えない文字（引用符、バックスラッシュ、「${」、制御文字、非 ASCII 文字）が含まれています</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>組織 %1 (ID %2)</translation>
    </message>
    <message>
        <source>This file holds the API token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>このファイルには API トークンが平文で含まれています。他人に見られないように保管し、不要になったら削除してください。</translation>
    </message>
    <message>
        <source>Read by the JumpCloud PowerShell module (Connect-JCOnline) from environment variables of these names.</source>
        <translation>JumpCloud PowerShell モジュール (Connect-JCOnline) が、これらの名前の環境変数から読み込みます。</translation>
    </message>
    <message>
        <source>there is no .env format for the provider %1</source>
        <translation>プロバイダー %1 用の .env 形式はありません</translation>
    </message>
    <message>
        <source>For the mistapi Python package, mistapi.APISession(env_file=&quot;&lt;this file&gt;&quot;), and for Juniper&apos;s Terraform provider for Mist, which reads the environment: set -a; . ./&lt;this file&gt;; set +a</source>
        <translation>mistapi Python パッケージ (mistapi.APISession(env_file=&quot;&lt;このファイル&gt;&quot;)) と、環境変数を読み込む Juniper の Mist 用 Terraform プロバイダー向けです: set -a; . ./&lt;このファイル&gt;; set +a</translation>
    </message>
    <message>
        <source>The API host, read by both.</source>
        <translation>API ホスト。両方が読み込みます。</translation>
    </message>
    <message>
        <source>The token, as mistapi reads it.</source>
        <translation>トークン。mistapi はこの名前で読み込みます。</translation>
    </message>
    <message>
        <source>The same token, as the Terraform provider reads it.</source>
        <translation>同じトークン。Terraform プロバイダーはこの名前で読み込みます。</translation>
    </message>
    <message>
        <source>JCEnvironment=&apos;%1&apos; is read by version %2 and later of the JumpCloud PowerShell module; older versions silently connect to the US console instead, which refuses a key of the %3 console (%4).</source>
        <translation>JCEnvironment=&apos;%1&apos; は JumpCloud PowerShell モジュールのバージョン %2 以降で読み込まれます。それより古いバージョンは何も知らせずに米国のコンソールに接続しますが、米国のコンソールでは %3 コンソール (%4) のキーは拒否されます。</translation>
    </message>
    <message>
        <source>mistapi and Juniper&apos;s Terraform provider for Mist, the tools that read such a file, accept only the Juniper Mist cloud hosts they list, and %1 is not among them</source>
        <translation>このようなファイルを読み込むツールである mistapi と Juniper の Mist 用 Terraform プロバイダーは、それぞれに登録されている Juniper Mist クラウドのホストしか受け付けず、%1 はその中に含まれていません</translation>
    </message>
    <message>
        <source>the JumpCloud PowerShell module has no JCEnvironment value for the %1 console (%2) and would connect to the US console instead</source>
        <translation>JumpCloud PowerShell モジュールには %1 コンソール (%2) 用の JCEnvironment の値がなく、代わりに米国のコンソールに接続してしまいます</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>the answer was not in the documented form</source>
        <translation>応答が文書化された形式ではありませんでした</translation>
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
        <translation>組織</translation>
    </message>
    <message>
        <source>site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>MSP</source>
        <translation>MSP</translation>
    </message>
    <message>
        <source>organization group</source>
        <translation>組織グループ</translation>
    </message>
    <message>
        <source>site group</source>
        <translation>サイトグループ</translation>
    </message>
    <message>
        <source>%1 on an unnamed %2</source>
        <translation>名前のない%2の %1</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%2 %3 の %1</translation>
    </message>
    <message>
        <source>%1 (organization %2)</source>
        <translation>%1（組織 %2）</translation>
    </message>
    <message>
        <source>Personal token of %1</source>
        <translation>%1 の個人トークン</translation>
    </message>
    <message>
        <source>Personal token of %1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt; の個人トークン</translation>
    </message>
    <message>
        <source>Organization token (unnamed)</source>
        <translation>組織トークン（名前なし）</translation>
    </message>
    <message>
        <source>Organization token “%1”</source>
        <translation>組織トークン「%1」</translation>
    </message>
    <message numerus="yes">
        <source>Multi-tenant administrator key: reaches %n organizations</source>
        <translation>
            <numerusform>マルチテナント管理者キー: %n 個の組織にアクセス可能</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator key (no organization listed)</source>
        <translation>管理者キー（組織の記載なし）</translation>
    </message>
    <message>
        <source>Administrator key for %1</source>
        <translation>%1 の管理者キー</translation>
    </message>
    <message>
        <source>Organization %1 (ID %2)</source>
        <translation>組織 %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, custom role limited to the views %2</source>
        <translation>%1、カスタムロール（表示できるビュー: %2）</translation>
    </message>
    <message numerus="yes">
        <source>JumpCloud counts %n organizations; only the first %1 are listed.</source>
        <translation>
            <numerusform>JumpCloud の組織数は %n 個ですが、一覧には最初の %1 個だけを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>This token is named “%1” and was created on %2.</source>
        <translation>このトークンの名前は「%1」で、%2 に作成されました。</translation>
    </message>
    <message>
        <source>This token is named “%1”.</source>
        <translation>このトークンの名前は「%1」です。</translation>
    </message>
    <message>
        <source>The account signs in to the portal through single sign-on.</source>
        <translation>このアカウントはシングルサインオン（SSO）でポータルにサインインします。</translation>
    </message>
    <message>
        <source>The account signs in to the portal with a password, not through single sign-on.</source>
        <translation>このアカウントはシングルサインオンではなく、パスワードでポータルにサインインします。</translation>
    </message>
    <message numerus="yes">
        <source>The MSP %1 has %n organizations.</source>
        <translation>
            <numerusform>MSP %1 には %n 個の組織があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>API calls this hour, by the whole account: %1 of %2.</source>
        <translation>この 1 時間の API 呼び出し（アカウント全体）: %2 回中 %1 回。</translation>
    </message>
    <message>
        <source>API calls this hour by this token: %1 of %2.</source>
        <translation>この 1 時間のこのトークンによる API 呼び出し: %2 回中 %1 回。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more organizations</source>
        <translation>
            <numerusform>…ほか %n 個の組織</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpCloudAnswer</name>
    <message>
        <source>the organizations after the first %1</source>
        <translation>最初の %1 個より後の組織</translation>
    </message>
    <message>
        <source>Check that the key was copied in full. Generating a new API key revokes the old one, and keys that start with jca_ can expire, so a key that once worked may no longer. Keys also work only in their own region: this check asked %1 (%2).</source>
        <translation>キーがすべてコピーされているか確認してください。新しい API キーを生成すると古いキーは無効になり、jca_ で始まるキーには有効期限があることもあるため、以前は使えていたキーが使えなくなっている場合があります。また、キーは発行されたリージョンでのみ有効です。今回のチェックでは %1 (%2) に問い合わせました。</translation>
    </message>
    <message>
        <source>API access must be on for your administrator account, and only an administrator with the Billing role can turn it on.</source>
        <translation>管理者アカウントの API アクセスがオンになっている必要があります。オンにできるのは Billing ロールを持つ管理者だけです。</translation>
    </message>
</context>
<context>
    <name>KeepPage</name>
    <message>
        <source>Keep the connection</source>
        <translation>接続の保存</translation>
    </message>
    <message>
        <source>Save it to check it again later without pasting the token, copy a summary for a ticket, or export it for a script.</source>
        <translation>保存しておくと、後でトークンを貼り付けずに再チェックできます。チケット用に概要をコピーしたり、スクリプト用にエクスポートしたりすることもできます。</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Keeps the token in the operating system&apos;s keychain and the rest of the profile in the program&apos;s settings</source>
        <translation>トークンをオペレーティングシステムのキーチェーンに、プロファイルのその他の情報をプログラムの設定に保存します</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>概要をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>チケット用に、プロバイダー、リージョン、識別情報、ロールをクリップボードにコピーします。トークンはコピーされません</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>プロファイルをエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>プロファイルをトークンなしの JSON として書き出します</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>.env ファイルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes the token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>ベンダー独自のツールが読み取る変数名で、トークンとそのホストを、所有者だけが読み取れるファイルに書き出します</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>実行結果</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Credential Connect cannot open its window: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect のウィンドウを開けません: %1。コマンドラインでのチェック (--check) は引き続き使用できます。</translation>
    </message>
    <message>
        <source>Credential Connect cannot reach its saved connections: %1. The command-line check (--check) still works.</source>
        <translation>Credential Connect は保存済みの接続にアクセスできません: %1。コマンドラインでの確認（--check）は引き続き使用できます。</translation>
    </message>
</context>
<context>
    <name>MistAnswer</name>
    <message>
        <source>Mist allows 5,000 calls an hour per token; personal tokens share that budget with every other token and portal session of the same account.</source>
        <translation>Mist では、トークンごとに 1 時間あたり 5,000 回まで呼び出しが可能です。個人トークンは、同じアカウントの他のすべてのトークンやポータルのセッションとこの上限を共有します。</translation>
    </message>
    <message>
        <source>the account&apos;s list of tokens does not show this one</source>
        <translation>アカウントのトークン一覧にこのトークンがありません</translation>
    </message>
    <message>
        <source>several of the account&apos;s tokens begin and end like this one</source>
        <translation>アカウントの複数のトークンが、このトークンと同じ文字で始まり同じ文字で終わります</translation>
    </message>
    <message>
        <source>this token&apos;s name and creation date</source>
        <translation>このトークンの名前と作成日</translation>
    </message>
    <message>
        <source>the organizations of the MSP %1</source>
        <translation>MSP %1 の組織</translation>
    </message>
    <message>
        <source>this hour&apos;s API calls</source>
        <translation>この 1 時間の API 呼び出し数</translation>
    </message>
    <message>
        <source>Check that the token was copied in full. Mist also refuses a token that was deleted, and removes a personal token unused for 90 days. An organization token limited to certain source addresses is refused from any other network. A valid token sent to the wrong region is refused the same way: this check asked %1 (%2); your portal&apos;s address shows your region, for example %3.</source>
        <translation>トークンがすべてコピーされているか確認してください。Mist は削除されたトークンも拒否し、90 日間使用されなかった個人トークンは削除します。特定の送信元アドレスに限定された組織トークンは、ほかのネットワークからは拒否されます。有効なトークンでも、異なるリージョンに送信すると同じように拒否されます。今回のチェックでは %1 (%2) に問い合わせました。リージョンはポータルのアドレスで確認できます（例: %3）。</translation>
    </message>
    <message>
        <source>An organization token limited to certain source addresses is refused from any other network: check from a network the token allows.</source>
        <translation>特定の送信元アドレスに限定された組織トークンは、ほかのネットワークからは拒否されます。トークンが許可しているネットワークからチェックしてください。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>数分待ってから、もう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>サービスから、再試行まで %n 分待つよう求められています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>サービスから、再試行まで %n 秒待つよう求められています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate was issued to “%1” by “%2”.</source>
        <translation>この証明書は「%2」から「%1」に発行されたものです。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so the token was not sent.</source>
        <translation>%1 へのセキュリティで保護された接続を信頼できなかったため、トークンは送信されませんでした。</translation>
    </message>
    <message>
        <source>A network that inspects encrypted traffic causes this. Ask your IT department whether its certificate authority should be installed on this computer.</source>
        <translation>これは、暗号化された通信を検査するネットワークで発生します。そのネットワークの認証局をこのコンピューターにインストールすべきかどうか、IT 部門に問い合わせてください。</translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check the network connection and, if you use a VPN or a proxy, that it is connected.</source>
        <translation>アドレス %1 が見つかりませんでした。ネットワーク接続を確認し、VPN またはプロキシを使用している場合は、それが接続されていることを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection. A firewall may block it: check the network connection, or ask your IT department.</source>
        <translation>%1 が接続を拒否しました。ファイアウォールによってブロックされている可能性があります。ネットワーク接続を確認するか、IT 部門に問い合わせてください。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete. Try again; if it happens again, a firewall or proxy may be interfering.</source>
        <translation>応答が完了する前に %1 との接続が切断されました。もう一度お試しください。再び発生する場合は、ファイアウォールまたはプロキシが干渉している可能性があります。</translation>
    </message>
    <message>
        <source>The network failed while asking %1. Check the connection and try again.</source>
        <translation>%1 への問い合わせ中にネットワークエラーが発生しました。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The proxy server</source>
        <translation>プロキシサーバー</translation>
    </message>
    <message>
        <source>The proxy server %1</source>
        <translation>プロキシサーバー %1</translation>
    </message>
    <message>
        <source>%1 refused or dropped the connection. Check the proxy settings of this computer.</source>
        <translation>%1 が接続を拒否または切断しました。このコンピューターのプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 could not be used. Check the proxy settings of this computer.</source>
        <translation>%1 を使用できませんでした。このコンピューターのプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 answered with a redirect. Redirects are never followed, so the token went nowhere else. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 がリダイレクトで応答しました。リダイレクトには従わないため、トークンが他の場所に送信されることはありません。ホテルやゲストネットワークのサインインページが原因の場合があります。まず、ブラウザーで Web ページを開いてください。</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Redirects are never followed, so the token was not sent there. A sign-in page of a hotel or guest network can cause this: open a web page in your browser first.</source>
        <translation>%1 がリクエストを %2 にリダイレクトしました。リダイレクトには従わないため、トークンはリダイレクト先には送信されていません。ホテルやゲストネットワークのサインインページが原因の場合があります。まず、ブラウザーで Web ページを開いてください。</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than any real answer (over 1 MiB) and was cut off. Something between you and the service may be interfering.</source>
        <translation>%1 からの応答が実際の応答としてはありえない大きさ（1 MiB 超）だったため、途中で打ち切りました。このコンピューターとサービスの間にある何かが干渉している可能性があります。</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the API sends; it may be a web page. A sign-in page of a hotel or guest network, or a proxy, may be answering instead: open a web page in your browser, then try again.</source>
        <translation>%1 からの応答は API が返す形式ではありません。Web ページの可能性があります。ホテルやゲストネットワークのサインインページ、またはプロキシが代わりに応答している可能性があります。ブラウザーで Web ページを開いてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 answered, but not in the form this check expects, so it cannot tell what the token grants. Try again later; if it persists, report it with the details below.</source>
        <translation>%1 から応答がありましたが、このチェックで想定している形式ではないため、トークンの権限を判断できません。しばらくしてから、もう一度お試しください。問題が解決しない場合は、以下の詳細を添えて報告してください。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2, which a check does not expect. Check the region; if it persists, report it with the details below.</source>
        <translation>%1 が、チェックで想定していない HTTP ステータス %2 を返しました。リージョンを確認してください。問題が解決しない場合は、以下の詳細を添えて報告してください。</translation>
    </message>
    <message>
        <source>Verified: the token works</source>
        <translation>検証済み: トークンは有効です</translation>
    </message>
    <message>
        <source>%1 (%2) accepted the token.</source>
        <translation>%1 (%2) がトークンを受け入れました。</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>トークンが拒否されました</translation>
    </message>
    <message>
        <source>%1 did not accept this token.</source>
        <translation>%1 はこのトークンを受け入れませんでした。</translation>
    </message>
    <message>
        <source>Token recognised, access denied</source>
        <translation>トークンは認識されましたが、アクセスが拒否されました</translation>
    </message>
    <message>
        <source>%1 recognised the token but denied access to its own details. The account or token lacks a permission: ask an administrator of your organization to grant API access, or use a token with a higher role.</source>
        <translation>%1 はトークンを認識しましたが、トークン自体の詳細へのアクセスを拒否しました。アカウントまたはトークンに必要な権限がありません。組織の管理者に API アクセスの許可を依頼するか、より上位のロールを持つトークンを使用してください。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>%1 is limiting requests for this token.</source>
        <translation>%1 がこのトークンのリクエストを制限しています。</translation>
    </message>
    <message>
        <source>The service has a problem</source>
        <translation>サービスに問題があります</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2). The fault is on the service&apos;s side, not with the token.</source>
        <translation>%1 がサーバーエラー (HTTP %2) を返しました。問題はトークンではなく、サービス側にあります。</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the network connection, VPN or proxy, then try again.</source>
        <translation>
            <numerusform>%1 から %n 秒以内に応答がありませんでした。ネットワーク接続、VPN、プロキシを確認してから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the service</source>
        <translation>サービスに接続できませんでした</translation>
    </message>
    <message>
        <source>Connection not trusted</source>
        <translation>接続を信頼できません</translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation>プロキシの問題</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>入力内容を確認してください</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信されていません。</translation>
    </message>
    <message>
        <source>The limit starts again at the full hour: try again after %1 UTC.</source>
        <translation>制限は毎正時にリセットされます。%1 (UTC) 以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 asks for a sign-in, and none was given, so the token was not sent. Sign in to the proxy when the window asks; for the command line, put the user name and password in the proxy address (https_proxy=http://user:password@host:port). Your IT department knows which sign-in the proxy takes.</source>
        <translation>%1 はサインインを求めていますが、何も渡されなかったため、トークンは送信されませんでした。ウィンドウが尋ねたらプロキシにサインインしてください。コマンドラインでは、ユーザー名とパスワードをプロキシのアドレスに書きます (https_proxy=http://ユーザー:パスワード@ホスト:ポート)。プロキシがどのサインインを受け付けるかは IT 部門が知っています。</translation>
    </message>
    <message>
        <source>%1 refused the user name or password it was given, so the token was not sent. Check them and try again; your IT department can tell you which sign-in the proxy takes.</source>
        <translation>%1 は渡されたユーザー名またはパスワードを拒否したため、トークンは送信されませんでした。確認してもう一度試してください。プロキシがどのサインインを受け付けるかは IT 部門に確認できます。</translation>
    </message>
</context>
<context>
    <name>ProgramInputs</name>
    <message>
        <source>The provider catalog cannot be used: %1.</source>
        <translation>プロバイダーカタログを使用できません: %1。</translation>
    </message>
</context>
<context>
    <name>ProviderGuide</name>
    <message>
        <source>Cloud management for Juniper Mist wireless, wired and WAN networks.</source>
        <translation>Juniper Mist のワイヤレス、有線、WAN ネットワーク向けのクラウド管理サービスです。</translation>
    </message>
    <message>
        <source>Personal or organization token?</source>
        <translation>個人トークンと組織トークンのどちらを使うか</translation>
    </message>
    <message>
        <source>A personal token belongs to your own account and can do exactly what you can do, in every organization and MSP you can reach. Choose it for your own scripts and quick checks. It stops working when your account loses access.</source>
        <translation>個人トークンは自分のアカウントに属し、自分がアクセスできるすべての組織と MSP で、自分と同じ操作を実行できます。自分用のスクリプトや簡単なチェックに適しています。アカウントがアクセス権を失うと、トークンも使用できなくなります。</translation>
    </message>
    <message>
        <source>An organization token belongs to one organization, not to a person, and keeps working when people leave. You choose its rights when you make it. Choose it for integrations, service accounts and anything that must outlive one job.</source>
        <translation>組織トークンは個人ではなく 1 つの組織に属し、担当者が退職しても引き続き使用できます。権限は作成時に選択します。連携、サービスアカウント、担当者が替わっても使い続ける必要があるものに適しています。</translation>
    </message>
    <message>
        <source>Every token may make 5,000 API calls an hour. Personal tokens share that budget with each other and with your own use of the portal; each organization token has a budget of its own.</source>
        <translation>どのトークンも、1 時間あたり 5,000 回まで API を呼び出せます。個人トークンはこの上限を、他の個人トークンや、自分自身によるポータルの利用と共有します。組織トークンには、それぞれ個別の上限があります。</translation>
    </message>
    <message>
        <source>If your organization signs in through single sign-on (SSO), the portal does not let you make personal tokens: ask an administrator for an organization token instead.</source>
        <translation>組織でシングルサインオン (SSO) を使ってサインインしている場合、ポータルでは個人トークンを作成できません。代わりに、管理者に組織トークンを依頼してください。</translation>
    </message>
    <message>
        <source>Make a personal token</source>
        <translation>個人トークンを作成する</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region (the button below opens it).</source>
        <translation>お使いのリージョンのポータルにサインインします（下のボタンで開けます）。</translation>
    </message>
    <message>
        <source>Open the account menu at the top right and choose My Account.</source>
        <translation>右上のアカウントメニューを開き、「My Account」を選択します。</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token, give the token a name, and choose Generate.</source>
        <translation>「API Token」セクションで「Create Token」を選択し、トークンに名前を付けて「Generate」を選択します。</translation>
    </message>
    <message>
        <source>Copy the key with the copy button beside it, then choose Done.</source>
        <translation>横にあるコピーボタンでキーをコピーし、「Done」を選択します。</translation>
    </message>
    <message>
        <source>Make an organization token</source>
        <translation>組織トークンを作成する</translation>
    </message>
    <message>
        <source>Sign in to the portal of your region and open Organization, then Settings.</source>
        <translation>お使いのリージョンのポータルにサインインし、「Organization」、「Settings」の順に開きます。</translation>
    </message>
    <message>
        <source>In the API Token section, choose Create Token and pick the access level the token needs: no more than the job requires.</source>
        <translation>「API Token」セクションで「Create Token」を選択し、トークンに必要なアクセスレベルを選びます。作業に必要な範囲を超えないようにしてください。</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key with the copy button beside it.</source>
        <translation>「Generate」を選択し、横にあるコピーボタンでキーをコピーします。</translation>
    </message>
    <message>
        <source>Choose Done, then Save at the top right of the settings page.</source>
        <translation>「Done」を選択してから、設定ページの右上にある「Save」を選択します。</translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translation>次に進む前に</translation>
    </message>
    <message>
        <source>The portal shows the whole key only once, right after you make it. Copy it before you close the window; a lost key cannot be shown again, only replaced.</source>
        <translation>ポータルでキー全体が表示されるのは、作成した直後の 1 回だけです。ウィンドウを閉じる前にコピーしてください。紛失したキーを再表示することはできず、新しいキーに置き換えるしかありません。</translation>
    </message>
    <message>
        <source>Your region is the one in your portal&apos;s address: manage.gc3.mist.com is EMEA 02, for example. On the next page you can also paste that address, or let the program find the region for you.</source>
        <translation>リージョンはポータルのアドレスからわかります。たとえば、manage.gc3.mist.com は EMEA 02 です。次のページでは、このアドレスを貼り付けることも、プログラムにリージョンを検出させることもできます。</translation>
    </message>
    <message>
        <source>Juniper&apos;s cloud service that watches the health of your WAN routing.</source>
        <translation>WAN ルーティングの健全性を監視する Juniper のクラウドサービスです。</translation>
    </message>
    <message>
        <source>Make a token</source>
        <translation>トークンを作成する</translation>
    </message>
    <message>
        <source>Sign in to the Routing Assurance portal (the button below opens it).</source>
        <translation>Routing Assurance ポータルにサインインします（下のボタンで開けます）。</translation>
    </message>
    <message>
        <source>Open Organization, then Settings, and choose Create Token.</source>
        <translation>「Organization」、「Settings」の順に開き、「Create Token」を選択します。</translation>
    </message>
    <message>
        <source>Give the token a name and a role: Super User, Network Admin, Observer or Helpdesk. Pick the lowest role that does the job.</source>
        <translation>トークンに名前とロール（Super User、Network Admin、Observer、Helpdesk）を指定します。作業に足りる最も低いロールを選んでください。</translation>
    </message>
    <message>
        <source>Choose Generate and copy the key from the Key field before you close the page.</source>
        <translation>「Generate」を選択し、ページを閉じる前に「Key」フィールドからキーをコピーします。</translation>
    </message>
    <message>
        <source>Deleting a token later cuts off everything that uses it at once.</source>
        <translation>後でトークンを削除すると、そのトークンを使用しているものはすべて即座に使用できなくなります。</translation>
    </message>
    <message>
        <source>Directory, single sign-on and device management in the cloud.</source>
        <translation>ディレクトリ、シングルサインオン、デバイス管理をクラウドで提供するサービスです。</translation>
    </message>
    <message>
        <source>Get your administrator API key</source>
        <translation>管理者の API キーを取得する</translation>
    </message>
    <message>
        <source>Sign in to the JumpCloud Admin Portal of your region (the button below opens it).</source>
        <translation>お使いのリージョンの JumpCloud Admin Portal にサインインします（下のボタンで開けます）。</translation>
    </message>
    <message>
        <source>Generating a new key revokes the old one at once: every script and integration that still uses the old key stops working. If your key is in use elsewhere, use that key here rather than making a new one.</source>
        <translation>新しいキーを生成すると古いキーは即座に無効になり、古いキーを使用しているスクリプトや連携はすべて動作しなくなります。キーを他で使用している場合は、新しく作成せずに、そのキーをここで使用してください。</translation>
    </message>
    <message>
        <source>The key acts with all the rights of your administrator account. Treat it like your password.</source>
        <translation>このキーには、管理者アカウントのすべての権限があります。パスワードと同様に扱ってください。</translation>
    </message>
    <message>
        <source>Sign in to the %1 portal of your region (the button below opens it).</source>
        <translation>お使いのリージョンの %1 ポータルにサインインします（下のボタンで開けます）。</translation>
    </message>
    <message>
        <source>Make an API token in the portal&apos;s settings and copy it.</source>
        <translation>ポータルの設定で API トークンを作成し、コピーします。</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>重要:</translation>
    </message>
    <message>
        <source>An organization token can be limited to certain source addresses, and the list cannot be changed once the token exists. Such a token is refused from any other network, so check it from a network the token allows.</source>
        <translation>組織トークンは特定の送信元アドレスからの利用に限定でき、その一覧はトークンの作成後に変更できません。そのようなトークンはほかのネットワークからは拒否されるため、トークンが許可しているネットワークからチェックしてください。</translation>
    </message>
    <message>
        <source>Mist removes a personal token that has not been used for 90 days. A token found in an old note may already be gone.</source>
        <translation>Mist は、90 日間使用されていない個人トークンを削除します。古いメモに残っていたトークンは、すでに削除されている可能性があります。</translation>
    </message>
    <message>
        <source>API access is off for a new administrator, and only an administrator with the Billing role can turn it on. If the portal says you may not view or generate a key, ask one of them to turn on API access for your account.</source>
        <translation>新しい管理者では API アクセスがオフになっており、オンにできるのは Billing ロールを持つ管理者だけです。キーを表示または生成する権限がないとポータルに表示された場合は、そのような管理者に、自分のアカウントの API アクセスをオンにするよう依頼してください。</translation>
    </message>
    <message>
        <source>Open the account menu (your initials) and choose My API Key.</source>
        <translation>アカウントメニュー (自分のイニシャル) を開き、「My API Key」を選択します。</translation>
    </message>
    <message>
        <source>Choose Generate New API Key and copy the key at once: JumpCloud shows a key only when it is made, never again.</source>
        <translation>「Generate New API Key」を選択し、すぐにキーをコピーします。JumpCloud がキーを表示するのは作成時の 1 回だけで、後から再表示することはできません。</translation>
    </message>
    <message>
        <source>Keys that start with jca_ can carry an expiry date; a new key lasts 90 days unless another date is chosen. A key that worked before and is refused now may simply have expired.</source>
        <translation>jca_ で始まるキーには有効期限を設定できます。新しいキーは、別の日付を選ばない限り 90 日間有効です。以前は使えていたキーが今は拒否される場合、単に期限切れになっている可能性があります。</translation>
    </message>
    <message>
        <source>Several organizations</source>
        <translation>複数の組織</translation>
    </message>
    <message>
        <source>If your key reaches several organizations (a multi-tenant administrator), you will choose the one this connection is for after the check.</source>
        <translation>キーで複数の組織にアクセスできる場合（マルチテナント管理者）は、チェックの後で、この接続の対象となる組織を選択します。</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Which service?</source>
        <translation>どのサービスに接続しますか？</translation>
    </message>
    <message>
        <source>Choose the service whose account you are connecting. The next pages show how to get its API token and check it.</source>
        <translation>接続するアカウントのサービスを選択してください。次のページから、API トークンの取得方法とチェック方法を説明します。</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>サービス(&amp;S)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>The service whose account you are connecting</source>
        <translation>接続するアカウントのサービス</translation>
    </message>
</context>
<context>
    <name>ProxySignInDialog</name>
    <message>
        <source>Proxy Sign-In</source>
        <translation>プロキシへのサインイン</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>&amp;Keep them in the system keychain for this proxy</source>
        <translation>このプロキシ用にシステムのキーチェーンに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>Off: they are forgotten when the program closes</source>
        <translation>オフ: プログラムを閉じると忘れられます</translation>
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
        <translation>、 </translation>
    </message>
    <message>
        <source>Found your region</source>
        <translation>リージョンが見つかりました</translation>
    </message>
    <message>
        <source>Found your region: %1 accepted the token.</source>
        <translation>リージョンが見つかりました。%1 がトークンを受け入れました。</translation>
    </message>
    <message>
        <source>No region accepted the token</source>
        <translation>トークンを受け入れたリージョンはありません</translation>
    </message>
    <message>
        <source>Every region of %1 refused this token, so the region is not the problem: the token is mistyped, was deleted, or has expired. Copy it again in full, or make a new one.</source>
        <translation>%1 のすべてのリージョンがこのトークンを拒否したため、原因はリージョンではありません。トークンが間違っているか、削除されたか、有効期限が切れています。もう一度トークン全体をコピーするか、新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>Region found, access denied</source>
        <translation>リージョンは見つかりましたが、アクセスが拒否されました</translation>
    </message>
    <message>
        <source>The token belongs to %1.</source>
        <translation>このトークンは %1 のものです。</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>入力内容を確認してください</translation>
    </message>
    <message>
        <source>%1 has no regions to ask. Nothing was sent.</source>
        <translation>%1 には問い合わせ先のリージョンがありません。何も送信されていません。</translation>
    </message>
    <message>
        <source>Region not found for certain</source>
        <translation>リージョンを特定できませんでした</translation>
    </message>
    <message>
        <source>The regions of %1 that could be checked refused the token, but not every region could be checked: %2. The token may belong to a region that could not be checked.</source>
        <translation>%1 のリージョンのうち、チェックできたものはトークンを拒否しましたが、チェックできなかったリージョンがあります: %2。トークンは、チェックできなかったリージョンのものである可能性があります。</translation>
    </message>
    <message>
        <source>No region could be checked</source>
        <translation>どのリージョンもチェックできませんでした</translation>
    </message>
    <message>
        <source>No region of %1 could be checked, so it is not known whether the token works.</source>
        <translation>%1 のどのリージョンもチェックできなかったため、トークンが有効かどうかはわかりません。</translation>
    </message>
    <message>
        <source>accepted the token</source>
        <translation>トークンを受け入れました</translation>
    </message>
    <message>
        <source>refused the token</source>
        <translation>トークンを拒否しました</translation>
    </message>
    <message>
        <source>recognised the token, denied access</source>
        <translation>トークンを認識しましたが、アクセスを拒否しました</translation>
    </message>
    <message>
        <source>not asked: the address is not allowed</source>
        <translation>問い合わせていません（許可されていないアドレスです）</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>アドレスが見つかりません</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>connection closed before the answer</source>
        <translation>応答の前に接続が切断されました</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>connection not trusted</source>
        <translation>接続を信頼できません</translation>
    </message>
    <message>
        <source>proxy problem</source>
        <translation>プロキシの問題</translation>
    </message>
    <message>
        <source>redirected elsewhere, not followed</source>
        <translation>別の場所にリダイレクトされました（リダイレクトには従っていません）</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Region found, rate limited</source>
        <translation>リージョンは見つかりましたが、リクエストが制限されています</translation>
    </message>
    <message>
        <source>The token belongs to %1: %2 limits only the tokens it knows and refuses the others, so the limit shows that the token is at home there. What it grants can be checked once the limit is over.</source>
        <translation>このトークンは %1 のものです。%2 は自分が知っているトークンだけを制限し、それ以外は拒否するため、制限されたことがこのトークンの所属先を示しています。トークンの権限は、制限が解除されてから確認できます。</translation>
    </message>
    <message>
        <source>stopped because the token&apos;s region was found first</source>
        <translation>トークンのリージョンが先に見つかったため中止しました</translation>
    </message>
</context>
<context>
    <name>RegionField</name>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>リージョンを選択するか、API のサブドメインまたはホストを入力するか、ポータルのアドレスを貼り付けます</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>通常のファイルではなく%1です</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What the token is and grants</source>
        <translation>トークンの種類と権限</translation>
    </message>
    <message>
        <source>&amp;Organization this connection is for:</source>
        <translation>この接続の対象となる組織(&amp;O):</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>The organization this connection is for, among those the token reaches</source>
        <translation>トークンがアクセスできる組織のうち、この接続の対象となる組織</translation>
    </message>
    <message>
        <source>F&amp;ilter by name or ID:</source>
        <translation>名前または ID で絞り込み(&amp;I):</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>組織を絞り込む</translation>
    </message>
    <message>
        <source>Shows only the organizations whose name or ID contains the typed text; the Down arrow key moves to the list</source>
        <translation>名前または ID に入力した文字を含む組織だけを表示します。下矢印キーで一覧に移動します</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Checking</source>
        <translation>チェック中</translation>
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
        <translation>保存済みの接続はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) checked: %1.</source>
        <translation>
            <numerusform>%n 件の接続を確認しました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>.env ファイルは書き込まれませんでした: %1。</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>何もエクスポートされませんでした: %1。</translation>
    </message>
    <message>
        <source>There is no saved connection “%1”. --list-saved lists their keys.</source>
        <translation>保存済みの接続「%1」はありません。--list-saved でキーを一覧表示できます。</translation>
    </message>
    <message>
        <source>--format takes env, profile or summary.</source>
        <translation>--format には env、profile、summary のいずれかを指定します。</translation>
    </message>
    <message>
        <source>There is no .env export for this connection: %1.</source>
        <translation>この接続には .env エクスポートがありません: %1。</translation>
    </message>
    <message>
        <source>--format %1 writes a file: name it with --output FILE, or give --output - to print it.</source>
        <translation>--format %1 はファイルに書き込みます: --output FILE でファイルを指定するか、出力するには --output - を指定してください。</translation>
    </message>
    <message>
        <source>%1 exists already. Add --force to replace it.</source>
        <translation>%1 は既に存在します。置き換えるには --force を追加してください。</translation>
    </message>
    <message>
        <source>The profile is in %1. It holds no token.</source>
        <translation>プロファイルは %1 にあります。トークンは含まれていません。</translation>
    </message>
    <message>
        <source>The summary is in %1. It holds no token.</source>
        <translation>概要は %1 にあります。トークンは含まれていません。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Warning: the extra certificate authorities of the settings are not trusted: %1</source>
        <translation>警告: 設定の追加の認証局は信頼されていません: %1</translation>
    </message>
    <message>
        <source>Give one of --list-saved, --check-saved and --export-saved.</source>
        <translation>--list-saved、--check-saved、--export-saved のいずれか 1 つを指定してください。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Warning: the desktop notification could not be shown: %1</source>
        <translation>警告: デスクトップ通知を表示できませんでした: %1</translation>
    </message>
    <message>
        <source>--notify goes with --check-saved only.</source>
        <translation>--notify は --check-saved と一緒にしか使えません。</translation>
    </message>
</context>
<context>
    <name>SavedConnectionsView</name>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>アカウントを接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Opens the setup wizard: choose the service, get a token, check it and keep it</source>
        <translation>セットアップウィザードを開きます。サービスを選択し、トークンを取得してチェックし、保存します</translation>
    </message>
    <message>
        <source>Saved c&amp;onnections:</source>
        <translation>保存済みの接続(&amp;O):</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>Service and region</source>
        <translation>サービスとリージョン</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Token of</source>
        <translation>トークンの所有者</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最終検証日時</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>再検証(&amp;R)</translation>
    </message>
    <message>
        <source>Checks the stored token with the service again, without showing it</source>
        <translation>保存されているトークンを表示せずに、もう一度サービスでチェックします</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>概要をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Puts provider, region, identity and roles on the clipboard for a ticket; never the token</source>
        <translation>チケット用に、プロバイダー、リージョン、識別情報、ロールをクリップボードにコピーします。トークンはコピーされません</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>プロファイルをエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Writes the profile as JSON, without the token</source>
        <translation>プロファイルをトークンなしの JSON として書き出します</translation>
    </message>
    <message>
        <source>Export .&amp;env file…</source>
        <translation>.env ファイルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes the stored token and its host in the names the vendor&apos;s own tools read, to a file only you can read</source>
        <translation>ベンダー独自のツールが読み取る変数名で、保存されているトークンとそのホストを、所有者だけが読み取れるファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Removes the connection: its token from the keychain and its profile from the settings</source>
        <translation>接続を削除します。トークンはキーチェーンから、プロファイルは設定から削除されます</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>実行結果</translation>
    </message>
    <message>
        <source>Each saved connection with its service, region, organization, token holder, when it was last verified and how its last check went</source>
        <translation>保存済みの各接続と、そのサービス、リージョン、組織、トークンの所有者、最後に確認された日時、最後の確認の結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Re-verify all</source>
        <translation>すべて再確認</translation>
    </message>
    <message>
        <source>Checks every saved connection&apos;s stored token again, a few at a time, and shows each outcome in the Status column</source>
        <translation>保存済みの各接続のトークンを数件ずつ再確認し、それぞれの結果を「状態」列に表示します</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Where a company proxy inspects encrypted traffic, IT normally installs its root certificate in the system, and Credential Connect trusts it from there. If IT gave you the certificate as a file instead, choose it here: only this program will trust it, besides the system&apos;s own certificate authorities.</source>
        <translation>社内のプロキシが暗号化された通信を検査する環境では、通常 IT 部門がそのルート証明書をシステムにインストールし、Credential Connect はシステムからその証明書を信頼します。IT 部門から証明書をファイルで受け取った場合は、ここで選択してください。システム自体の認証局に加えて、このプログラムだけがその証明書を信頼します。</translation>
    </message>
    <message>
        <source>Extra certificate &amp;authorities (PEM file):</source>
        <translation>追加の認証局（PEM ファイル）(&amp;A):</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>なし（システムの認証局のみ）</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>追加の認証局</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>IT 部門から提供された認証局を含む PEM ファイルのパス。使用しない場合は空欄にします</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Watch my connections</source>
        <translation>接続を見守る(&amp;W)</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>1 日に 1 回、保存済みの接続をすべて確認し、使えなくなった接続があればデスクトップ通知を表示します</translation>
    </message>
    <message>
        <source>Once a day, even while this window is closed, every saved connection is checked with its token from the keychain. When a service starts refusing a token, a desktop notification names the connection and says what to do. A systemd timer of your user account runs the check.</source>
        <translation>このウィンドウを閉じていても、1 日に 1 回、保存済みの接続をすべてキーチェーンのトークンで確認します。サービスがトークンを拒否し始めると、デスクトップ通知がその接続の名前と対処方法を伝えます。確認はあなたのユーザーアカウントの systemd タイマーが実行します。</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the settings file %1 is damaged and was left as it is</source>
        <translation>設定ファイル %1 は破損しているため、変更せずにそのままにしてあります</translation>
    </message>
    <message>
        <source>the settings file %1 could not be written</source>
        <translation>設定ファイル %1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read (%2)</source>
        <translation>設定ファイル %1 を読み込めません（%2）</translation>
    </message>
    <message>
        <source>the settings file %1 is %2 MB, far more than the program writes, so it was left as it is</source>
        <translation>設定ファイル %1 は %2 MB あり、このプログラムが書き込む量をはるかに超えているため、そのままにしました</translation>
    </message>
    <message>
        <source>the settings file %1 is being written by another window or program, which did not finish within %2 seconds</source>
        <translation>設定ファイル %1 は別のウィンドウまたはプログラムが書き込み中で、%2 秒以内に終わりませんでした</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <source>Paste the token here</source>
        <translation>ここにトークンを貼り付けます</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>プロバイダーのポータルで取得した秘密のトークンです。入力中は表示されず、保存されることもありません。</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token</source>
        <translation>トークンの文字を表示または非表示にします</translation>
    </message>
</context>
<context>
    <name>TokenGuidePage</name>
    <message>
        <source>Get a token</source>
        <translation>トークンの取得</translation>
    </message>
    <message>
        <source>How to get a token</source>
        <translation>トークンの取得方法</translation>
    </message>
    <message>
        <source>Steps to make an API token in the service&apos;s portal</source>
        <translation>サービスのポータルで API トークンを作成する手順</translation>
    </message>
    <message>
        <source>Your &amp;portal:</source>
        <translation>ポータル(&amp;P):</translation>
    </message>
    <message>
        <source>Your portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <source>The region whose portal you sign in to; the token is checked in the same region</source>
        <translation>サインインするポータルのリージョン。トークンは同じリージョンでチェックされます</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the chosen region&apos;s portal in your web browser</source>
        <translation>選択したリージョンのポータルを Web ブラウザーで開きます</translation>
    </message>
</context>
<context>
    <name>TokenInput</name>
    <message>
        <source>Token (input hidden): </source>
        <translation>トークン（入力は表示されません）: </translation>
    </message>
</context>
<context>
    <name>WatchNotice</name>
    <message>
        <source>Juniper Mist deletes a personal token unused for 90 days, and an organization token works only from the networks it allows: make a new token in the Mist portal and save the connection again (File › Connect an Account…).</source>
        <translation>Juniper Mist は 90 日間使われていない個人トークンを削除します。また、組織トークンは許可されたネットワークからしか使えません。Mist ポータルで新しいトークンを作成し、接続を保存し直してください（ファイル › アカウントを接続…）。</translation>
    </message>
    <message>
        <source>A new JumpCloud API key revokes the old one, and keys starting with jca_ expire: save the connection again with the current key (File › Connect an Account…).</source>
        <translation>JumpCloud では新しい API キーを作ると古いキーは無効になり、jca_ で始まるキーには有効期限があります。現在のキーで接続を保存し直してください（ファイル › アカウントを接続…）。</translation>
    </message>
    <message>
        <source>A token deleted in the portal is refused from then on: make a new token and save the connection again (File › Connect an Account…).</source>
        <translation>ポータルで削除されたトークンは、それ以降拒否されます。新しいトークンを作成し、接続を保存し直してください（ファイル › アカウントを接続…）。</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s) stopped working</source>
        <translation>
            <numerusform>保存済みの接続 %n 件が使えなくなりました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the service now denies its token access.</source>
        <translation>%1: サービスがこのトークンのアクセスを拒否するようになりました。</translation>
    </message>
    <message>
        <source>%1: the service refused its token.</source>
        <translation>%1: サービスがこのトークンを拒否しました。</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved connections in Credential Connect shows what each check said.</source>
        <translation>各確認の結果は Credential Connect の「保存済みの接続」で確認できます。</translation>
    </message>
</context>
<context>
    <name>cc::ExportEnvJob</name>
    <message>
        <source>The .env file was not written: %1.</source>
        <translation>.env ファイルは書き込まれませんでした: %1。</translation>
    </message>
    <message>
        <source>The .env file is in %1, readable by you only. It holds the token in the clear: keep it private and delete it when it is no longer needed.</source>
        <translation>.env ファイルを %1 に保存しました。このファイルは所有者だけが読み取れます。このファイルにはトークンが平文で含まれています。他人に見られないように保管し、不要になったら削除してください。</translation>
    </message>
</context>
<context>
    <name>cc::KeeperJob</name>
    <message>
        <source>Another change to this connection is still under way. Wait for it to finish, then try again.</source>
        <translation>この接続に対する別の変更がまだ進行中です。完了するまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no saved connection %1.</source>
        <translation>保存済みの接続 %1 はありません。</translation>
    </message>
    <message>
        <source>Another window is changing this connection and did not finish within %1 seconds. Nothing was changed; try again once it is done.</source>
        <translation>別のウィンドウがこの接続を変更中で、%1 秒以内に終わりませんでした。何も変更していません。終わってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>cc::RemoveConnectionJob</name>
    <message>
        <source>The connection was not deleted: %1. Its token and its details are both kept.</source>
        <translation>接続は削除されませんでした: %1。トークンと詳細はどちらも残っています。</translation>
    </message>
    <message>
        <source>The connection was deleted: its token from the keychain, its details from the settings.</source>
        <translation>接続を削除しました。トークンはキーチェーンから、詳細は設定から削除されました。</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept; the keychain held no token for it.</source>
        <translation>接続は削除されませんでした: %1。詳細は残っています。キーチェーンには、この接続のトークンはありませんでした。</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its token was put back in the keychain; its details are kept.</source>
        <translation>接続は削除されませんでした: %1。トークンはキーチェーンに戻され、詳細も残っています。</translation>
    </message>
    <message>
        <source>The connection was not deleted: %1. Its details are kept, but its token could not be put back in the keychain (%2): save the connection again with its token.</source>
        <translation>接続は削除されませんでした: %1。詳細は残っていますが、トークンをキーチェーンに戻せませんでした (%2)。トークンを指定して、この接続をもう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>cc::RestoreConnectionJob</name>
    <message>
        <source>The connection was not restored: %1. Nothing was changed.</source>
        <translation>接続を復元しませんでした: %1。何も変更していません。</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1 any more, so there was nothing to restore.</source>
        <translation>キーチェーンには %1 のトークンがもうないため、復元するものはありませんでした。</translation>
    </message>
    <message>
        <source>The connection was not restored: %1. Its token stays in the keychain.</source>
        <translation>接続を復元しませんでした: %1。トークンはキーチェーンに残っています。</translation>
    </message>
    <message>
        <source>The connection was restored: its token was still in the keychain, and its details are back in the settings.</source>
        <translation>接続を復元しました。トークンはキーチェーンに残っており、詳細は設定に戻りました。</translation>
    </message>
</context>
<context>
    <name>cc::ReverifyConnectionJob</name>
    <message>
        <source>This connection&apos;s provider or region is no longer one the program knows, so its token was not sent.</source>
        <translation>この接続のプロバイダーまたはリージョンは、このプログラムで認識できなくなったため、トークンは送信されませんでした。</translation>
    </message>
    <message>
        <source>The connection was not checked: %1. Its details are unchanged.</source>
        <translation>接続はチェックされませんでした: %1。詳細は変更されていません。</translation>
    </message>
    <message>
        <source>The stored token still works. %1</source>
        <translation>保存されているトークンは引き続き有効です。%1</translation>
    </message>
    <message>
        <source>The stored token still works, but the new check date could not be saved: %1.</source>
        <translation>保存されているトークンは引き続き有効ですが、新しいチェック日時を保存できませんでした: %1。</translation>
    </message>
    <message>
        <source>%1 This failed check is recorded with the connection; its other details are unchanged.</source>
        <translation>%1 この失敗した確認は接続に記録されました。接続のほかの情報は変更されていません。</translation>
    </message>
    <message>
        <source>%1 This failed check could not be recorded either: %2.</source>
        <translation>%1 この失敗した確認も記録できませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>cc::SaveConnectionJob</name>
    <message>
        <source>The connection was not saved: its provider or region is not one the program knows. Nothing was written.</source>
        <translation>接続は保存されませんでした。プロバイダーまたはリージョンが、このプログラムで認識できないものです。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The connection was not saved: %1 Nothing was written.</source>
        <translation>接続は保存されませんでした。%1 何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. Nothing was written.</source>
        <translation>接続は保存されませんでした: %1。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The connection was saved: the token in the keychain, the details in the settings.</source>
        <translation>接続を保存しました。トークンはキーチェーンに、詳細は設定に保存されています。</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain holds what it held before.</source>
        <translation>接続は保存されませんでした: %1。キーチェーンの内容は以前のままです。</translation>
    </message>
    <message>
        <source>The connection was not saved: %1. The keychain could not be put back either (%2): its entry %3 may hold the new token.</source>
        <translation>接続は保存されませんでした: %1。キーチェーンも元に戻せませんでした (%2)。キーチェーンのエントリ %3 に新しいトークンが残っている可能性があります。</translation>
    </message>
</context>
<context>
    <name>cc::SecretJob</name>
    <message>
        <source>the keychain holds no token for this connection</source>
        <translation>キーチェーンにこの接続のトークンがありません</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the keychain refused access (it may be locked)</source>
        <translation>キーチェーンがアクセスを拒否しました（ロックされている可能性があります）</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>キーチェーンでエントリを削除できませんでした</translation>
    </message>
    <message>
        <source>the keychain is unavailable (this system offers none the program can use)</source>
        <translation>キーチェーンを使用できません（このシステムには、このプログラムで使用できるキーチェーンがありません）</translation>
    </message>
    <message>
        <source>the keychain could not be used (%1); it may be locked or have no default keyring yet</source>
        <translation>キーチェーンを使用できませんでした (%1)。ロックされているか、既定のキーリングがまだない可能性があります</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no D-Bus session is running, so no Secret Service can be reached)</source>
        <translation>キーチェーンを使用できません（D-Bus セッションが実行されていないため、Secret Service に接続できません）</translation>
    </message>
    <message>
        <source>the keychain is unavailable (no Secret Service is running)</source>
        <translation>キーチェーンを使用できません（Secret Service が実行されていません）</translation>
    </message>
</context>
<context>
    <name>cc::VerificationJob</name>
    <message>
        <source>The address %1 does not use HTTPS.</source>
        <translation>アドレス %1 は HTTPS を使用していません。</translation>
    </message>
    <message>
        <source>the time limit ran out before it was asked</source>
        <translation>問い合わせる前に制限時間が切れました</translation>
    </message>
    <message>
        <source>the time limit ran out</source>
        <translation>制限時間が切れました</translation>
    </message>
    <message>
        <source>the answer was larger than 1 MiB</source>
        <translation>応答が 1 MiB を超えていました</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>サーバーが HTTP ステータス %1 を返しました</translation>
    </message>
    <message>
        <source>the request failed: %1</source>
        <translation>リクエストが失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>cc::gui::ChecklistDialog</name>
    <message>
        <source>Open a List of Tokens</source>
        <translation>トークンのリストを開く</translation>
    </message>
    <message>
        <source>Lists of tokens (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>トークンのリスト (*.csv *.jsonl *.ndjson *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>the pasted rows</source>
        <translation>貼り付けた行</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) answered</source>
        <translation>
            <numerusform>%n 行中 %1 行に回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: %1</source>
        <translation>
            <numerusform>%n 行を確認しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>取り消しました。%1</translation>
    </message>
    <message>
        <source>Export the Results</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The results were not exported: %1</source>
        <translation>結果はエクスポートされませんでした: %1</translation>
    </message>
    <message>
        <source>The results, without the tokens, are in %1.</source>
        <translation>結果（トークンなし）は %1 にあります。</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>システムのキーチェーンに保存しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) saved in the system keychain.</source>
        <translation>
            <numerusform>%n 件の接続をシステムのキーチェーンに保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be saved: see their rows.</source>
        <translation>
            <numerusform>%n 件は保存できませんでした。各行を確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unsaved, with no organization chosen.</source>
        <translation>
            <numerusform>%n 件は組織が選ばれなかったため保存していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>入力が無効</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>プロキシエラー</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count of rows, then what they got</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
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
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Provider and region</source>
        <translation>プロバイダーとリージョン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Who the token is</source>
        <translation>トークンの持ち主</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
</context>
<context>
    <name>cc::gui::ConnectForm</name>
    <message numerus="yes">
        <source>%1 of %n regions answered…</source>
        <translation>
            <numerusform>%n 個のリージョンのうち %1 個が応答しました…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To find the region, Credential Connect sends this token to the API host of every %1 region, %n hosts in all: %2. It stops asking as soon as one region accepts the token. Each of these hosts belongs to %1.</source>
        <translation>
            <numerusform>リージョンを検出するため、Credential Connect はこのトークンを %1 のすべてのリージョンの API ホスト（合計 %n 個）に送信します: %2。いずれかのリージョンがトークンを受け入れた時点で、問い合わせを中止します。これらのホストはすべて %1 のものです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking every region of %1 whether it accepts the token…</source>
        <translation>%1 のすべてのリージョンに、トークンを受け入れるかどうかを問い合わせています…</translation>
    </message>
    <message>
        <source>No region accepted this token: see below.</source>
        <translation>このトークンを受け入れたリージョンはありません。詳細は下記をご覧ください。</translation>
    </message>
    <message>
        <source>Check cancelled</source>
        <translation>チェックをキャンセルしました</translation>
    </message>
    <message>
        <source>Nothing was verified. Press Verify to try again.</source>
        <translation>何も検証されていません。もう一度試すには「検証」を押してください。</translation>
    </message>
    <message>
        <source>The service refused this token: see below.</source>
        <translation>サービスがこのトークンを拒否しました。詳細は下記をご覧ください。</translation>
    </message>
    <message>
        <source>Search every region for this token…</source>
        <translation>すべてのリージョンでこのトークンを検索…</translation>
    </message>
    <message>
        <source>Shows which hosts would receive the token, then asks every region</source>
        <translation>トークンの送信先となるホストを表示してから、すべてのリージョンに問い合わせます</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Asking %1 whether the token works…</source>
        <translation>トークンが有効かどうかを %1 に問い合わせています…</translation>
    </message>
</context>
<context>
    <name>cc::gui::CredentialsPage</name>
    <message>
        <source>Paste the token and press Verify. Next is available once the service has accepted it.</source>
        <translation>トークンを貼り付けて「検証」を押してください。サービスがトークンを受け入れると、「次へ」を押せるようになります。</translation>
    </message>
</context>
<context>
    <name>cc::gui::KeepPage</name>
    <message>
        <source>The token goes to the system keychain, filed under “%1”; the provider, region, organization and identity go to the program&apos;s settings. Nothing else keeps the token.</source>
        <translation>トークンは「%1」という名前でシステムのキーチェーンに保存され、プロバイダー、リージョン、組織、識別情報はプログラムの設定に保存されます。トークンがそれ以外の場所に保存されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>システムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>エクスポートされませんでした</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>エクスポートしました</translation>
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
        <translation>クイックチェック(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Saved connections</source>
        <translation>保存済みの接続(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect an Account…</source>
        <translation>アカウントを接続(&amp;C)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Credential Connect</source>
        <translation>Credential Connect について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>The extra certificate authorities of the settings are not trusted: %1</source>
        <translation>設定で指定された追加の認証局は信頼されていません: %1</translation>
    </message>
    <message>
        <source>About Credential Connect</source>
        <translation>Credential Connect について</translation>
    </message>
    <message>
        <source>Credential Connect %1

Links a Juniper Mist, Mist Routing Assurance or JumpCloud account by its API token: it asks the provider whether the token works and what it grants. The token goes only to the API host of the region you choose.</source>
        <translation>Credential Connect %1

Juniper Mist、Mist Routing Assurance、JumpCloud のアカウントを API トークンで接続します。トークンが有効かどうか、どのような権限を持つかをプロバイダーに問い合わせます。トークンは、選択したリージョンの API ホストにのみ送信されます。</translation>
    </message>
    <message>
        <source>Check a &amp;List…</source>
        <translation>リストを確認(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>cc::gui::ProxySignInDialog</name>
    <message>
        <source>The proxy server %1 asks for a user name and password before it lets the check through. They go to the proxy only.</source>
        <translation>プロキシサーバー %1 は、確認を通す前にユーザー名とパスワードを求めています。これらはプロキシにのみ送られます。</translation>
    </message>
    <message>
        <source>The proxy calls itself “%1”.</source>
        <translation>プロキシの名乗り:「%1」</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
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
        <translation>リージョンを選択するか、ポータルのアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>“%1” is not a region of %2. Pick one from the list, or paste the address of your portal (for example %3).</source>
        <translation>「%1」は %2 のリージョンではありません。一覧から選択するか、ポータルのアドレスを貼り付けてください（例: %3）。</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>ポータル: %1</translation>
    </message>
    <message>
        <source>Organization ID from the address: %1</source>
        <translation>アドレスから取得した組織 ID: %1</translation>
    </message>
    <message>
        <source>Pick the region, or type its API subdomain or host, or paste the address of your portal</source>
        <translation>リージョンを選択するか、API のサブドメインまたはホストを入力するか、ポータルのアドレスを貼り付けます</translation>
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
        <translation>応答には単一の組織が示されていません。ポータルのアドレスから取得した組織 ID %1 を、接続と一緒に保存します。</translation>
    </message>
    <message>
        <source>The answer names no single organization (for example, a grant on a whole MSP). The connection is kept without one.</source>
        <translation>応答には単一の組織が示されていません（MSP 全体に対する権限など）。接続は組織なしで保存されます。</translation>
    </message>
    <message>
        <source>This key is for one organization.</source>
        <translation>このキーは 1 つの組織用です。</translation>
    </message>
    <message numerus="yes">
        <source>This key reaches %n organizations: you are a multi-tenant administrator. Pick the organization this connection is for; later JumpCloud calls send its ID in the x-org-id header.</source>
        <translation>
            <numerusform>このキーは %n 個の組織にアクセスできます（マルチテナント管理者）。この接続の対象となる組織を選択してください。以後の JumpCloud の呼び出しでは、その ID が x-org-id ヘッダーで送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>This token&apos;s grants are in one organization.</source>
        <translation>このトークンの権限は 1 つの組織内にあります。</translation>
    </message>
    <message>
        <source>Only the first %1 are listed here.</source>
        <translation>ここには最初の %1 個だけを表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>This token reaches %n organizations. Pick the one this connection is for.</source>
        <translation>
            <numerusform>このトークンは %n 個の組織にアクセスできます。この接続の対象となる組織を選択してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::ResultPanel</name>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>問い合わせ先: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>The other regions:</source>
        <translation>その他のリージョン:</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>サービスの応答:「%1」</translation>
    </message>
</context>
<context>
    <name>cc::gui::SavedConnectionsView</name>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>エクスポートしました</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>エクスポートされませんでした</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>No saved connections yet. Connect an account to keep its token in the system keychain and check it again at any time.</source>
        <translation>保存済みの接続はまだありません。アカウントを接続すると、そのトークンをシステムのキーチェーンに保存して、いつでも再チェックできます。</translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s). The tokens stay in the system keychain; select one to check it again, copy its summary or export it.</source>
        <translation>
            <numerusform>保存済みの接続: %n 件。トークンはシステムのキーチェーンに保存されています。接続を選択すると、再チェック、概要のコピー、エクスポートができます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 (%2) whether the stored token still works…</source>
        <translation>保存されているトークンが引き続き有効かどうかを %1 (%2) に問い合わせています…</translation>
    </message>
    <message>
        <source>Delete the Connection?</source>
        <translation>接続を削除しますか？</translation>
    </message>
    <message>
        <source>Delete the %1 connection in %2? Its token is removed from the system keychain and its details from the settings. The token itself keeps working at %1 until it is revoked there.</source>
        <translation>%2 の %1 の接続を削除しますか？トークンはシステムのキーチェーンから、詳細は設定から削除されます。トークン自体は、%1 で無効化されるまで引き続き有効です。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>何も変更されていません</translation>
    </message>
    <message>
        <source>The saved connections cannot be shown: %1. Nothing in it was changed.</source>
        <translation>保存済みの接続を表示できません: %1。ファイルには何も変更を加えていません。</translation>
    </message>
    <message>
        <source>Unfinished Change</source>
        <translation>未完了の変更</translation>
    </message>
    <message>
        <source>A change to the %1 connection in %2 (%3) was cut off before it was finished: the system keychain may hold its token, but the list does not show it. Restore the connection, or remove its token from the keychain?</source>
        <translation>%2 の %1 接続（%3）への変更が完了前に中断されました。システムのキーチェーンにトークンが残っている可能性がありますが、一覧には表示されません。接続を復元しますか、それともキーチェーンからトークンを削除しますか？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元しました</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>Asking the providers whether the stored tokens still work…</source>
        <translation>保存済みのトークンがまだ使えるかをプロバイダーに問い合わせています…</translation>
    </message>
    <message>
        <source>All verified</source>
        <translation>すべて確認済み</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n saved connection(s): every stored token still works.</source>
        <translation>
            <numerusform>保存済みの接続を %n 件確認しました: 保存済みのトークンはすべてまだ使えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not all verified</source>
        <translation>一部は確認されませんでした</translation>
    </message>
    <message>
        <source>Connections that did not verify: %1 of %2. The Status column says since when and why.</source>
        <translation>確認されなかった接続: %2 件中 %1 件。いつからか、その理由は「状態」列に表示されます。</translation>
    </message>
</context>
<context>
    <name>cc::gui::SettingsDialog</name>
    <message>
        <source>Choose the Certificate Authorities</source>
        <translation>認証局の選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>設定は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>The path of a PEM file with the certificate authorities your IT department gave you; empty for none</source>
        <translation>IT 部門から提供された認証局を含む PEM ファイルのパス。使用しない場合は空欄にします</translation>
    </message>
    <message>
        <source>Turning the daily check on…</source>
        <translation>毎日の確認をオンにしています…</translation>
    </message>
    <message>
        <source>Turning the daily check off…</source>
        <translation>毎日の確認をオフにしています…</translation>
    </message>
    <message>
        <source>Once a day, check every saved connection and show a desktop notification when one stops working</source>
        <translation>1 日に 1 回、保存済みの接続をすべて確認し、使えなくなった接続があればデスクトップ通知を表示します</translation>
    </message>
</context>
<context>
    <name>cc::gui::SetupWizard</name>
    <message>
        <source>Connect an account</source>
        <translation>アカウントの接続</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenField</name>
    <message>
        <source>The secret token from the provider&apos;s portal. It is hidden while you type and is never stored.</source>
        <translation>プロバイダーのポータルで取得した秘密のトークンです。入力中は表示されず、保存されることもありません。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Shows or hides the characters of the token (%1)</source>
        <translation>トークンの文字を表示または非表示にします (%1)</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>トークンを非表示</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>トークンを表示</translation>
    </message>
</context>
<context>
    <name>cc::gui::TokenGuidePage</name>
    <message>
        <source>Get a %1 token</source>
        <translation>%1 トークンの取得</translation>
    </message>
    <message>
        <source>Make the token in the %1 portal, copy it, and come back: the next page checks it.</source>
        <translation>%1 ポータルでトークンを作成してコピーし、この画面に戻ってください。次のページでトークンをチェックします。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>%1 を Web ブラウザーで開きます</translation>
    </message>
    <message>
        <source>No web browser could be started. Open %1 in your browser yourself.</source>
        <translation>Web ブラウザーを起動できませんでした。ブラウザーで %1 を開いてください。</translation>
    </message>
</context>
<context>
    <name>cc::gui::VerifiedSaver</name>
    <message>
        <source>Not saved: no organization was chosen.</source>
        <translation>保存していません：組織が選ばれませんでした。</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>“%1” (line %2)</source>
        <translation>「%1」（%2 行目）</translation>
    </message>
    <message>
        <source>Choose the Organization</source>
        <translation>組織の選択</translation>
    </message>
    <message numerus="yes">
        <source>The token of %1 reaches %n organizations. Which one is this connection for? Close the question to leave this token unsaved.</source>
        <translation>
            <numerusform>%1 のトークンは %n 個の組織に届きます。この接続はどの組織用ですか？ このトークンを保存しない場合は、質問を閉じてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::gui::WatchSchedule</name>
    <message>
        <source>systemctl could not turn the daily check on</source>
        <translation>systemctl で毎日の確認をオンにできませんでした</translation>
    </message>
    <message>
        <source>systemctl could not turn the daily check off</source>
        <translation>systemctl で毎日の確認をオフにできませんでした</translation>
    </message>
    <message>
        <source>%1 (exit code %2).</source>
        <translation>%1（終了コード %2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The daily check needs systemd&apos;s user session, which a login through su, ssh or a container may not have.</source>
        <translation>毎日の確認には systemd のユーザーセッションが必要です。su や ssh でのログインやコンテナーでは、それがないことがあります。</translation>
    </message>
    <message>
        <source>systemctl could not be started (%1), so the daily check cannot be scheduled on this system. Any scheduler can run credential-connect --check-saved --notify instead.</source>
        <translation>systemctl を起動できませんでした（%1）。このシステムでは毎日の確認を予定できません。代わりに、任意のスケジューラーで credential-connect --check-saved --notify を実行できます。</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s); the daily check was not changed.</source>
        <translation>
            <numerusform>systemctl が %n 秒以内に応答しませんでした。毎日の確認は変更されていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::saved::DesktopNotification</name>
    <message>
        <source>there is no D-Bus session bus (%1)</source>
        <translation>D-Bus のセッションバスがありません（%1）</translation>
    </message>
</context>
</TS>
