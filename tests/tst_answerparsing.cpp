// The providers' 200 answers, shaped like the vendors' own specifications
// (../shared/reference/): who a token is and what it grants, and every malformed body refused
// without trusting it.
#include "core/identity.h"
#include "core/providers/answerparser.h"

#include <QTest>

using namespace cc;

namespace {

const QString mistSelfFormat = QStringLiteral("mist-self");
const QString jumpCloudOrganizations = QStringLiteral("jumpcloud-organizations");

// GET /api/v1/self for a personal token: the AdminExample of mist-verify.openapi.json, with
// believable values.
const QByteArray mistUserBody = R"({
  "admin_id": "b069b358-4c97-5319-1f8c-7c5ca64d6ab1",
  "email": "ada@example.com",
  "first_name": "Ada",
  "last_name": "Lovelace",
  "password_modified_time": 1656353525,
  "enable_two_factor": true,
  "two_factor_verified": true,
  "via_sso": false,
  "tags": [],
  "privileges": [
    {
      "scope": "org",
      "role": "admin",
      "name": "ACME Corp",
      "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61",
      "org_name": "ACME Corp",
      "msp_id": "0d2f2c4e-1b6a-4c1e-9a53-5e0f6d7c8b9a",
      "msp_name": "Big MSP",
      "orggroup_ids": ["b069b358-4c97-5319-1f8c-7c5ca64d6ab1"],
      "sitegroup_ids": []
    },
    {
      "scope": "site",
      "role": "read",
      "name": "Berlin HQ",
      "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61",
      "org_name": "ACME Corp",
      "site_id": "5c3a7e1f-2d4b-4e6a-8c9d-0f1e2d3c4b5a"
    }
  ]
})";

// An organization token: a name, no email, no person.
const QByteArray mistOrgTokenBody = R"({
  "name": "ci-bot",
  "privileges": [
    {"scope": "org", "role": "write", "name": "ACME Corp",
     "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"}
  ]
})";

// GET /api/organizations: the organizationslist of jumpcloud-verify.swagger.json.
const QByteArray jumpCloudOneBody = R"({
  "results": [
    {"_id": "5f1e0c1e9a3b4c0012345678", "displayName": "ACME", "logoUrl": ""}
  ],
  "totalCount": 1
})";

const QByteArray jumpCloudThreeBody = R"({
  "results": [
    {"_id": "5f1e0c1e9a3b4c0000000003", "displayName": "Zeta Retail"},
    {"_id": "5f1e0c1e9a3b4c0000000001", "displayName": "ACME Europe"},
    {"_id": "5f1e0c1e9a3b4c0000000002", "displayName": "ACME Asia"}
  ],
  "totalCount": 3
})";

// The first page of a larger multi-tenant list: 10 listed of 25.
QByteArray jumpCloudPageBody(int listed, const QByteArray& totalCount)
{
    QByteArray entries;
    for (int i = 1; i <= listed; ++i) {
        if (!entries.isEmpty()) {
            entries += ',';
        }
        entries += "{\"_id\": \"org" + QByteArray::number(i) + "\", \"displayName\": \"Tenant " +
                   QByteArray::number(i) + "\"}";
    }
    QByteArray body = "{\"results\": [" + entries + "]";
    if (!totalCount.isNull()) {
        body += ", \"totalCount\": " + totalCount;
    }
    return body + '}';
}

QStringList describedPrivileges(const Identity& identity)
{
    QStringList lines;
    for (const Privilege& privilege : identity.privileges) {
        lines.append(describePrivilege(privilege));
    }
    return lines;
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestAnswerParsing final : public QObject
{
    Q_OBJECT

private slots:
    void knownFormats();

    void mistSelf_data();
    void mistSelf();
    void mistPrivilegeFields();
    void mistFailures_data();
    void mistFailures();

    void jumpCloud_data();
    void jumpCloud();
    void jumpCloudFailures_data();
    void jumpCloudFailures();

    void unknownFormat();

    void roleDisplayName_data();
    void roleDisplayName();
    void scopeDisplayName_data();
    void scopeDisplayName();
    void describePrivilege_data();
    void describePrivilege();
    void describeIdentity_data();
    void describeIdentity();
    void describeIdentityMentionsUnlistedOrganizations();
};

void TestAnswerParsing::knownFormats()
{
    QVERIFY(isKnownAnswerFormat(mistSelfFormat));
    QVERIFY(isKnownAnswerFormat(jumpCloudOrganizations));
    QVERIFY(!isKnownAnswerFormat(QStringLiteral("okta-users")));
    QVERIFY(!isKnownAnswerFormat(QStringLiteral("Mist-Self")));
    QVERIFY(!isKnownAnswerFormat(QString()));
}

void TestAnswerParsing::mistSelf_data()
{
    using K = Identity::Kind;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Identity::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QStringList>("privileges");

    QTest::addRow("user token, org admin and site observer")
        << mistUserBody << K::MistUser << QStringLiteral("Ada Lovelace")
        << QStringLiteral("ada@example.com")
        << QStringList{QStringLiteral("Super User on organization ACME Corp"),
                       QStringLiteral("Observer on site Berlin HQ (organization ACME Corp)")};
    QTest::addRow("org token") << mistOrgTokenBody << K::MistOrgToken << QStringLiteral("ci-bot")
                               << QString()
                               << QStringList{
                                      QStringLiteral("Network Admin on organization ACME Corp")};
    QTest::addRow("MSP scope") << QByteArray(R"({"email": "msp@example.com", "first_name": "Max",
        "last_name": "Power", "privileges": [{"scope": "msp", "role": "admin", "name": "Big MSP",
        "msp_id": "0d2f2c4e-1b6a-4c1e-9a53-5e0f6d7c8b9a"}]})")
                               << K::MistUser << QStringLiteral("Max Power")
                               << QStringLiteral("msp@example.com")
                               << QStringList{QStringLiteral("Super User on MSP Big MSP")};
    QTest::addRow("MSP scope named by msp_name only")
        << QByteArray(R"({"email": "msp@example.com", "privileges": [
            {"scope": "msp", "role": "read", "msp_name": "Big MSP"}]})")
        << K::MistUser << QString() << QStringLiteral("msp@example.com")
        << QStringList{QStringLiteral("Observer on MSP Big MSP")};
    QTest::addRow("site scope with org_name")
        << QByteArray(R"({"email": "desk@example.com", "first_name": "Hal", "last_name": "Desk",
            "privileges": [{"scope": "site", "role": "helpdesk", "name": "Berlin HQ",
            "org_name": "ACME Corp", "site_id": "5c3a7e1f-2d4b-4e6a-8c9d-0f1e2d3c4b5a"}]})")
        << K::MistUser << QStringLiteral("Hal Desk") << QStringLiteral("desk@example.com")
        << QStringList{QStringLiteral("Helpdesk on site Berlin HQ (organization ACME Corp)")};
    QTest::addRow("several privileges, order kept")
        << QByteArray(R"({"name": "automation", "privileges": [
            {"scope": "site", "role": "installer", "name": "Store 12", "org_name": "Zeta Retail"},
            {"scope": "org", "role": "write", "name": "ACME Corp"},
            {"scope": "msp", "role": "admin", "name": "Big MSP"},
            {"scope": "sitegroup", "role": "read", "name": "Stores", "org_name": "Zeta Retail"},
            {"scope": "orggroup", "role": "helpdesk", "name": "EMEA orgs"}]})")
        << K::MistOrgToken << QStringLiteral("automation") << QString()
        << QStringList{QStringLiteral("Installer on site Store 12 (organization Zeta Retail)"),
                       QStringLiteral("Network Admin on organization ACME Corp"),
                       QStringLiteral("Super User on MSP Big MSP"),
                       QStringLiteral("Observer on site group Stores (organization Zeta Retail)"),
                       QStringLiteral("Helpdesk on organization group EMEA orgs")};
    QTest::addRow("no privileges at all")
        << QByteArray(R"({"email": "ada@example.com", "first_name": "Ada", "privileges": []})")
        << K::MistUser << QStringLiteral("Ada") << QStringLiteral("ada@example.com")
        << QStringList{};
    QTest::addRow("email a number: treated as absent, so an org token")
        << QByteArray(R"({"email": 5, "name": "ci-bot", "first_name": "Ada", "privileges": []})")
        << K::MistOrgToken << QStringLiteral("ci-bot") << QString() << QStringList{};
    QTest::addRow("first_name null: treated as absent")
        << QByteArray(R"({"email": "ada@example.com", "first_name": null,
            "last_name": "Lovelace", "privileges": []})")
        << K::MistUser << QStringLiteral("Lovelace") << QStringLiteral("ada@example.com")
        << QStringList{};
    QTest::addRow("names of the wrong types")
        << QByteArray(R"({"email": "ada@example.com", "first_name": ["Ada"],
            "last_name": {"x": 1}, "privileges": []})")
        << K::MistUser << QString() << QStringLiteral("ada@example.com") << QStringList{};
    QTest::addRow("org token name a number")
        << QByteArray(R"({"name": 42, "privileges": []})") << K::MistOrgToken << QString()
        << QString() << QStringList{};
    QTest::addRow("privilege name a number: an unnamed organization")
        << QByteArray(R"({"name": "ci-bot", "privileges": [
            {"scope": "org", "role": "admin", "name": 7}]})")
        << K::MistOrgToken << QStringLiteral("ci-bot") << QString()
        << QStringList{QStringLiteral("Super User on an unnamed organization")};
    QTest::addRow("unknown role and scope shown as sent")
        << QByteArray(R"({"name": "ci-bot", "privileges": [
            {"scope": "tenant", "role": "auditor", "name": "ACME"}]})")
        << K::MistOrgToken << QStringLiteral("ci-bot") << QString()
        << QStringList{QStringLiteral("auditor on tenant ACME")};
    QTest::addRow("surrounding space trimmed")
        << QByteArray(R"({"email": " ada@example.com ", "first_name": " Ada ",
            "last_name": "Lovelace ", "privileges": []})")
        << K::MistUser << QStringLiteral("Ada Lovelace") << QStringLiteral("ada@example.com")
        << QStringList{};
}

void TestAnswerParsing::mistSelf()
{
    QFETCH(QByteArray, body);
    QFETCH(Identity::Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QStringList, privileges);

    const ParsedAnswer answer = parseAnswer(mistSelfFormat, body);
    QVERIFY2(answer.status == ParsedAnswer::Status::Identity, qPrintable(answer.problem));
    QCOMPARE(answer.identity.kind, kind);
    QCOMPARE(answer.identity.name, name);
    QCOMPARE(answer.identity.email, email);
    QCOMPARE(describedPrivileges(answer.identity), privileges);
    QVERIFY(answer.identity.organizations.isEmpty());
    QVERIFY(!answer.identity.isMultiTenant());
}

void TestAnswerParsing::mistPrivilegeFields()
{
    const ParsedAnswer answer = parseAnswer(mistSelfFormat, mistUserBody);
    QVERIFY2(answer.status == ParsedAnswer::Status::Identity, qPrintable(answer.problem));
    QCOMPARE(answer.identity.privileges.size(), 2);

    const Privilege& org = answer.identity.privileges.at(0);
    QCOMPARE(org.scope, QStringLiteral("org"));
    QCOMPARE(org.role, QStringLiteral("admin"));
    QCOMPARE(org.name, QStringLiteral("ACME Corp"));
    QCOMPARE(org.orgName, QStringLiteral("ACME Corp"));
    QCOMPARE(org.orgId, QStringLiteral("a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"));
    QCOMPARE(org.mspId, QStringLiteral("0d2f2c4e-1b6a-4c1e-9a53-5e0f6d7c8b9a"));
    QCOMPARE(org.mspName, QStringLiteral("Big MSP"));
    QVERIFY(org.siteId.isEmpty());

    const Privilege& site = answer.identity.privileges.at(1);
    QCOMPARE(site.scope, QStringLiteral("site"));
    QCOMPARE(site.role, QStringLiteral("read"));
    QCOMPARE(site.name, QStringLiteral("Berlin HQ"));
    QCOMPARE(site.siteId, QStringLiteral("5c3a7e1f-2d4b-4e6a-8c9d-0f1e2d3c4b5a"));
    QCOMPARE(site.orgId, QStringLiteral("a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"));
}

void TestAnswerParsing::mistFailures_data()
{
    using S = ParsedAnswer::Status;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ParsedAnswer::Status>("status");

    QTest::addRow("HTML sign-in page")
        << QByteArray("<!DOCTYPE html>\n<html><head><title>Guest Wi-Fi</title></head>"
                      "<body><form action=\"/login\">Sign in</form></body></html>")
        << S::NotJson;
    QTest::addRow("truncated JSON") << mistUserBody.left(mistUserBody.size() - 40) << S::NotJson;
    QTest::addRow("empty body") << QByteArray() << S::NotJson;
    QTest::addRow("plain text") << QByteArray("Unauthorized") << S::NotJson;
    QTest::addRow("JSON with trailing garbage")
        << QByteArray(R"({"name": "x", "privileges": []} <html>)") << S::NotJson;
    QTest::addRow("JSON array") << QByteArray(R"([{"email": "ada@example.com", "privileges": []}])")
                                << S::WrongShape;
    QTest::addRow("privileges missing")
        << QByteArray(R"({"email": "ada@example.com", "first_name": "Ada"})") << S::WrongShape;
    QTest::addRow("privileges a string")
        << QByteArray(R"({"email": "ada@example.com", "privileges": "admin"})") << S::WrongShape;
    QTest::addRow("privileges an object")
        << QByteArray(R"({"email": "ada@example.com", "privileges": {"scope": "org",
            "role": "admin"}})")
        << S::WrongShape;
    QTest::addRow("privileges null")
        << QByteArray(R"({"email": "ada@example.com", "privileges": null})") << S::WrongShape;
    QTest::addRow("privilege without role")
        << QByteArray(R"({"email": "ada@example.com", "privileges": [
            {"scope": "org", "role": "admin", "name": "ACME Corp"},
            {"scope": "site", "name": "Berlin HQ"}]})")
        << S::WrongShape;
    QTest::addRow("privilege without scope")
        << QByteArray(R"({"name": "ci-bot", "privileges": [{"role": "admin", "name": "ACME"}]})")
        << S::WrongShape;
    QTest::addRow("privilege role a number")
        << QByteArray(R"({"name": "ci-bot", "privileges": [{"scope": "org", "role": 1}]})")
        << S::WrongShape;
    QTest::addRow("privilege role blank")
        << QByteArray(R"({"name": "ci-bot", "privileges": [{"scope": "org", "role": "  "}]})")
        << S::WrongShape;
    QTest::addRow("privilege a string")
        << QByteArray(R"({"name": "ci-bot", "privileges": ["org:admin"]})") << S::WrongShape;
    QTest::addRow("Mist's own error body")
        << QByteArray(R"({"detail": "Authentication credentials were not provided."})")
        << S::WrongShape;
    QTest::addRow("a JumpCloud answer") << QByteArray(jumpCloudOneBody) << S::WrongShape;
}

void TestAnswerParsing::mistFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(ParsedAnswer::Status, status);

    const ParsedAnswer answer = parseAnswer(mistSelfFormat, body);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.problem.isEmpty());
}

void TestAnswerParsing::jumpCloud_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("multiTenant");

    QTest::addRow("one organization")
        << jumpCloudOneBody << QStringList{QStringLiteral("5f1e0c1e9a3b4c0012345678")}
        << QStringList{QStringLiteral("ACME")} << 1 << false;
    QTest::addRow("three organizations, order kept")
        << jumpCloudThreeBody
        << QStringList{QStringLiteral("5f1e0c1e9a3b4c0000000003"),
                       QStringLiteral("5f1e0c1e9a3b4c0000000001"),
                       QStringLiteral("5f1e0c1e9a3b4c0000000002")}
        << QStringList{QStringLiteral("Zeta Retail"), QStringLiteral("ACME Europe"),
                       QStringLiteral("ACME Asia")}
        << 3 << true;

    QStringList tenIds;
    QStringList tenNames;
    for (int i = 1; i <= 10; ++i) {
        tenIds.append(QStringLiteral("org%1").arg(i));
        tenNames.append(QStringLiteral("Tenant %1").arg(i));
    }
    QTest::addRow("10 listed of 25")
        << jumpCloudPageBody(10, "25") << tenIds << tenNames << 25 << true;
    const QStringList threeIds = tenIds.mid(0, 3);
    const QStringList threeNames = tenNames.mid(0, 3);
    QTest::addRow("totalCount below the list")
        << jumpCloudPageBody(3, "1") << threeIds << threeNames << 3 << true;
    QTest::addRow("totalCount zero with a list")
        << jumpCloudPageBody(3, "0") << threeIds << threeNames << 3 << true;
    QTest::addRow("totalCount negative")
        << jumpCloudPageBody(3, "-4") << threeIds << threeNames << 3 << true;
    QTest::addRow("totalCount a string")
        << jumpCloudPageBody(3, "\"25\"") << threeIds << threeNames << 3 << true;
    QTest::addRow("totalCount null")
        << jumpCloudPageBody(3, "null") << threeIds << threeNames << 3 << true;
    QTest::addRow("totalCount absurd")
        << jumpCloudPageBody(3, "1e12") << threeIds << threeNames << 3 << true;
    QTest::addRow("totalCount missing")
        << jumpCloudPageBody(3, QByteArray()) << threeIds << threeNames << 3 << true;
    QTest::addRow("one listed, totalCount missing")
        << jumpCloudPageBody(1, QByteArray()) << tenIds.mid(0, 1) << tenNames.mid(0, 1) << 1
        << false;
    QTest::addRow("displayName missing: the id stands in")
        << QByteArray(R"({"results": [{"_id": "5f1e0c1e9a3b4c0012345678"}], "totalCount": 1})")
        << QStringList{QStringLiteral("5f1e0c1e9a3b4c0012345678")}
        << QStringList{QStringLiteral("5f1e0c1e9a3b4c0012345678")} << 1 << false;
    QTest::addRow("displayName blank or a number: the id stands in")
        << QByteArray(R"({"results": [{"_id": "a1", "displayName": "  "},
            {"_id": "b2", "displayName": 12}], "totalCount": 2})")
        << QStringList{QStringLiteral("a1"), QStringLiteral("b2")}
        << QStringList{QStringLiteral("a1"), QStringLiteral("b2")} << 2 << true;
    QTest::addRow("empty results: verified, no organization")
        << QByteArray(R"({"results": [], "totalCount": 0})") << QStringList{} << QStringList{} << 0
        << false;
}

void TestAnswerParsing::jumpCloud()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    QFETCH(int, total);
    QFETCH(bool, multiTenant);

    const ParsedAnswer answer = parseAnswer(jumpCloudOrganizations, body);
    QVERIFY2(answer.status == ParsedAnswer::Status::Identity, qPrintable(answer.problem));
    const Identity& identity = answer.identity;
    QCOMPARE(identity.kind, Identity::Kind::JumpCloudAdmin);
    QStringList gotIds;
    QStringList gotNames;
    for (const Organization& organization : identity.organizations) {
        gotIds.append(organization.id);
        gotNames.append(organization.name);
    }
    QCOMPARE(gotIds, ids);
    QCOMPARE(gotNames, names);
    QCOMPARE(identity.totalOrganizations, total);
    QCOMPARE(identity.isMultiTenant(), multiTenant);
    QVERIFY(identity.privileges.isEmpty());
    QVERIFY(identity.email.isEmpty());
}

void TestAnswerParsing::jumpCloudFailures_data()
{
    using S = ParsedAnswer::Status;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ParsedAnswer::Status>("status");

    QTest::addRow("HTML page") << QByteArray("<html><body>Service Unavailable</body></html>")
                               << S::NotJson;
    QTest::addRow("truncated JSON") << jumpCloudThreeBody.left(60) << S::NotJson;
    QTest::addRow("JSON array") << QByteArray(R"([{"_id": "a1", "displayName": "ACME"}])")
                                << S::WrongShape;
    QTest::addRow("results missing") << QByteArray(R"({"totalCount": 3})") << S::WrongShape;
    QTest::addRow("results an object")
        << QByteArray(R"({"results": {"_id": "a1", "displayName": "ACME"}, "totalCount": 1})")
        << S::WrongShape;
    QTest::addRow("results a string")
        << QByteArray(R"({"results": "ACME", "totalCount": 1})") << S::WrongShape;
    QTest::addRow("results null") << QByteArray(R"({"results": null})") << S::WrongShape;
    QTest::addRow("entry without _id")
        << QByteArray(R"({"results": [{"_id": "a1", "displayName": "ACME"},
            {"displayName": "No Id"}], "totalCount": 2})")
        << S::WrongShape;
    QTest::addRow("entry _id a number")
        << QByteArray(R"({"results": [{"_id": 12, "displayName": "ACME"}]})") << S::WrongShape;
    QTest::addRow("entry _id blank")
        << QByteArray(R"({"results": [{"_id": "  ", "displayName": "ACME"}]})") << S::WrongShape;
    QTest::addRow("entry a string") << QByteArray(R"({"results": ["a1"]})") << S::WrongShape;
    QTest::addRow("JumpCloud's own error body")
        << QByteArray(R"({"message": "Unauthorized"})") << S::WrongShape;
    QTest::addRow("a Mist answer") << mistUserBody << S::WrongShape;
}

void TestAnswerParsing::jumpCloudFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(ParsedAnswer::Status, status);

    const ParsedAnswer answer = parseAnswer(jumpCloudOrganizations, body);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.problem.isEmpty());
}

void TestAnswerParsing::unknownFormat()
{
    const ParsedAnswer answer = parseAnswer(QStringLiteral("okta-users"), mistUserBody);
    QCOMPARE(answer.status, ParsedAnswer::Status::WrongShape);
    QCOMPARE(answer.identity.kind, Identity::Kind::None);
    QVERIFY2(answer.problem.contains(QStringLiteral("okta-users")), qPrintable(answer.problem));

    const ProviderAdvice advice = adviceFor(QStringLiteral("okta-users"));
    QVERIFY(advice.rejected == nullptr);
    QVERIFY(advice.rateLimited == nullptr);
    QVERIFY(adviceFor(mistSelfFormat).rejected != nullptr);
    QVERIFY(adviceFor(jumpCloudOrganizations).rejected != nullptr);
}

void TestAnswerParsing::roleDisplayName_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("shown");

    QTest::addRow("admin") << QStringLiteral("admin") << QStringLiteral("Super User");
    QTest::addRow("write") << QStringLiteral("write") << QStringLiteral("Network Admin");
    QTest::addRow("read") << QStringLiteral("read") << QStringLiteral("Observer");
    QTest::addRow("helpdesk") << QStringLiteral("helpdesk") << QStringLiteral("Helpdesk");
    QTest::addRow("installer") << QStringLiteral("installer") << QStringLiteral("Installer");
    QTest::addRow("unknown, shown as sent")
        << QStringLiteral("auditor") << QStringLiteral("auditor");
    QTest::addRow("empty") << QString() << QString();
}

void TestAnswerParsing::roleDisplayName()
{
    QFETCH(QString, role);
    QFETCH(QString, shown);
    QCOMPARE(cc::roleDisplayName(role), shown);
}

void TestAnswerParsing::scopeDisplayName_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("shown");

    QTest::addRow("org") << QStringLiteral("org") << QStringLiteral("organization");
    QTest::addRow("site") << QStringLiteral("site") << QStringLiteral("site");
    QTest::addRow("msp") << QStringLiteral("msp") << QStringLiteral("MSP");
    QTest::addRow("orggroup") << QStringLiteral("orggroup") << QStringLiteral("organization group");
    QTest::addRow("sitegroup") << QStringLiteral("sitegroup") << QStringLiteral("site group");
    QTest::addRow("unknown, shown as sent") << QStringLiteral("tenant") << QStringLiteral("tenant");
}

void TestAnswerParsing::scopeDisplayName()
{
    QFETCH(QString, scope);
    QFETCH(QString, shown);
    QCOMPARE(cc::scopeDisplayName(scope), shown);
}

void TestAnswerParsing::describePrivilege_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("orgName");
    QTest::addColumn<QString>("mspName");
    QTest::addColumn<QString>("line");

    const QString acme = QStringLiteral("ACME Corp");
    QTest::addRow("org admin") << QStringLiteral("org") << QStringLiteral("admin") << acme
                               << QString() << QString()
                               << QStringLiteral("Super User on organization ACME Corp");
    QTest::addRow("org named by org_name only")
        << QStringLiteral("org") << QStringLiteral("read") << QString() << acme << QString()
        << QStringLiteral("Observer on organization ACME Corp");
    QTest::addRow("site with its organization")
        << QStringLiteral("site") << QStringLiteral("write") << QStringLiteral("Berlin HQ") << acme
        << QString() << QStringLiteral("Network Admin on site Berlin HQ (organization ACME Corp)");
    QTest::addRow("site without organization")
        << QStringLiteral("site") << QStringLiteral("installer") << QStringLiteral("Berlin HQ")
        << QString() << QString() << QStringLiteral("Installer on site Berlin HQ");
    QTest::addRow("msp named by msp_name")
        << QStringLiteral("msp") << QStringLiteral("admin") << QString() << acme
        << QStringLiteral("Big MSP") << QStringLiteral("Super User on MSP Big MSP");
    QTest::addRow("sitegroup") << QStringLiteral("sitegroup") << QStringLiteral("helpdesk")
                               << QStringLiteral("Stores") << acme << QString()
                               << QStringLiteral(
                                      "Helpdesk on site group Stores (organization ACME Corp)");
    QTest::addRow("nothing named")
        << QStringLiteral("org") << QStringLiteral("helpdesk") << QString() << QString()
        << QString() << QStringLiteral("Helpdesk on an unnamed organization");
}

void TestAnswerParsing::describePrivilege()
{
    QFETCH(QString, scope);
    QFETCH(QString, role);
    QFETCH(QString, name);
    QFETCH(QString, orgName);
    QFETCH(QString, mspName);
    QFETCH(QString, line);

    Privilege privilege;
    privilege.scope = scope;
    privilege.role = role;
    privilege.name = name;
    privilege.orgName = orgName;
    privilege.mspName = mspName;
    QCOMPARE(cc::describePrivilege(privilege), line);
}

void TestAnswerParsing::describeIdentity_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("lines");

    QTest::addRow("mist user")
        << mistSelfFormat << mistUserBody
        << QStringList{QStringLiteral("Personal token of Ada Lovelace <ada@example.com>"),
                       QStringLiteral("Super User on organization ACME Corp"),
                       QStringLiteral("Observer on site Berlin HQ (organization ACME Corp)")};
    QTest::addRow("mist user without a name")
        << mistSelfFormat << QByteArray(R"({"email": "ada@example.com", "privileges": []})")
        << QStringList{QStringLiteral("Personal token of ada@example.com")};
    QTest::addRow("mist org token")
        << mistSelfFormat << mistOrgTokenBody
        << QStringList{utf8("Organization token \u201cci-bot\u201d"),
                       QStringLiteral("Network Admin on organization ACME Corp")};
    QTest::addRow("mist org token without a name")
        << mistSelfFormat << QByteArray(R"({"privileges": []})")
        << QStringList{QStringLiteral("Organization token (unnamed)")};
    QTest::addRow("jumpcloud one organization")
        << jumpCloudOrganizations << jumpCloudOneBody
        << QStringList{QStringLiteral("Administrator key for ACME")};
    QTest::addRow("jumpcloud no organization")
        << jumpCloudOrganizations << QByteArray(R"({"results": []})")
        << QStringList{QStringLiteral("Administrator key (no organization listed)")};
    QTest::addRow("jumpcloud three organizations")
        << jumpCloudOrganizations << jumpCloudThreeBody
        << QStringList{QStringLiteral("Multi-tenant administrator key: reaches 3 organizations"),
                       QStringLiteral("Organization Zeta Retail (ID 5f1e0c1e9a3b4c0000000003)"),
                       QStringLiteral("Organization ACME Europe (ID 5f1e0c1e9a3b4c0000000001)"),
                       QStringLiteral("Organization ACME Asia (ID 5f1e0c1e9a3b4c0000000002)")};
}

void TestAnswerParsing::describeIdentity()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, lines);

    const ParsedAnswer answer = parseAnswer(format, body);
    QVERIFY2(answer.status == ParsedAnswer::Status::Identity, qPrintable(answer.problem));
    const QStringList described = cc::describeIdentity(answer.identity);
    QCOMPARE(described, lines);
    QCOMPARE(describeHolder(answer.identity), lines.constFirst());
}

void TestAnswerParsing::describeIdentityMentionsUnlistedOrganizations()
{
    const ParsedAnswer answer = parseAnswer(jumpCloudOrganizations, jumpCloudPageBody(10, "25"));
    QVERIFY2(answer.status == ParsedAnswer::Status::Identity, qPrintable(answer.problem));
    const QStringList lines = cc::describeIdentity(answer.identity);
    // The holder, the ten listed organizations, and one line for the fifteen not listed.
    QCOMPARE(lines.size(), 12);
    QVERIFY2(lines.constFirst().contains(QStringLiteral("25")), qPrintable(lines.constFirst()));
    QCOMPARE(lines.at(1), QStringLiteral("Organization Tenant 1 (ID org1)"));
    QCOMPARE(lines.at(10), QStringLiteral("Organization Tenant 10 (ID org10)"));
    QVERIFY2(lines.constLast().contains(QStringLiteral("counts 25")) &&
                 lines.constLast().contains(QStringLiteral("first 10")),
             qPrintable(lines.constLast()));

    // Nothing unlisted, no such line.
    const ParsedAnswer all = parseAnswer(jumpCloudOrganizations, jumpCloudThreeBody);
    for (const QString& line : cc::describeIdentity(all.identity)) {
        QVERIFY2(!line.contains(QStringLiteral("only the first")), qPrintable(line));
    }
    // No identity, nothing to say.
    QVERIFY(cc::describeIdentity(Identity{}).isEmpty());
}

QTEST_GUILESS_MAIN(TestAnswerParsing)

#include "tst_answerparsing.moc"
