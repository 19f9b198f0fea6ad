using System.IO.Compression;
using System.Text;
using RegulatorHub.Ingestion.Sources.Cfpb;

namespace RegulatorHub.Ingestion.Tests.Cfpb;

/// <summary>Builds small CFPB files in memory, in each vintage, and finds the shipped sample.</summary>
internal static class CfpbTestData
{
    public const string Header12 =
        "Complaint ID,Submitted via,Date submitted,Date received,State,Product,Sub-product,Issue,Sub-issue,Company public response,Company response to consumer,Timely response?";

    public const string Header14 =
        "Complaint ID,Product,Sub-product,Issue,Sub-issue,State,ZIP code,Submitted via,Date received,Date sent to company,Company,Company response,Timely response?,Consumer disputed?";

    public const string Header18 =
        "Date received,Product,Sub-product,Issue,Sub-issue,Consumer complaint narrative,Company public response,Company,State,ZIP code,Tags,Consumer consent provided?,Submitted via,Date sent to company,Company response to consumer,Timely response?,Consumer disputed?,Complaint ID";

    public const string HeaderApi =
        "date_received,product,sub_product,issue,sub_issue,complaint_what_happened,company_public_response,company,state,zip_code,tags,consumer_consent_provided,submitted_via,date_sent_to_company,company_response,timely,consumer_disputed,complaint_id";

    public static string[] Split(string header) => header.Split(',');

    /// <summary>A row of the 12-column extract.</summary>
    public static string Row12(
        string id = "1001",
        string via = "Web",
        string submitted = "2021-10-24",
        string received = "2021-10-27",
        string state = "NY",
        string product = "Mortgage",
        string subProduct = "Conventional home mortgage",
        string issue = "Closing on a mortgage",
        string subIssue = "",
        string response = "Closed with explanation") =>
        Line(id, via, submitted, received, state, product, subProduct, issue, subIssue, "Company has responded to the consumer and the CFPB and chooses not to provide a public response", response, "Yes");

    /// <summary>A row of the 14-column 2014 schema.</summary>
    public static string Row14(string id = "2001", string received = "2014-03-05", string sent = "2014-03-06", string company = "Acme Bank, N.A.", string state = "TX") =>
        Line(id, "Bank account or service", "Checking account", "Account opening, closing, or management", "", state, "75001", "Web", received, sent, company, "Closed with monetary relief", "Yes", "No");

    /// <summary>A row of the 18-column current schema (also valid for the underscored one, same order).</summary>
    public static string Row18(
        string id = "3001",
        string received = "2023-07-10",
        string product = "Credit card",
        string subProduct = "General-purpose credit card or charge card",
        string issue = "Fees or interest",
        string subIssue = "Problem with fees",
        string narrative = "",
        string company = "EXAMPLE BANK",
        string state = "CA",
        string via = "Web",
        string sent = "2023-07-10",
        string response = "Closed with monetary relief") =>
        Line(received, product, subProduct, issue, subIssue, narrative, "", company, state, "90XXX", "", narrative.Length > 0 ? "Consent provided" : "N/A", via, sent, response, "Yes", "N/A", id);

    /// <summary>Joins fields into one CSV line, quoting as RFC 4180 requires.</summary>
    public static string Line(params string[] fields) =>
        string.Join(',', fields.Select(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));

    public static string File(params string[] lines) => string.Join('\n', lines) + "\n";

    public static Stream ToStream(string text, bool gzip = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (!gzip)
        {
            return new MemoryStream(bytes);
        }

        var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(bytes);
        }

        compressed.Position = 0;
        return compressed;
    }

    public static async Task<(CfpbFileLayout Layout, List<CfpbRowResult> Rows)> ReadAllAsync(string text, CfpbImportOptions? options = null, bool gzip = false)
    {
        using var stream = ToStream(text, gzip);
        await using var reader = await CfpbCsvReader.OpenAsync(stream, options);
        var rows = new List<CfpbRowResult>();
        await foreach (var row in reader.ReadRowsAsync())
        {
            rows.Add(row);
        }

        return (reader.Layout, rows);
    }

    public static async Task<CfpbFormatException> RefusedAsync(string text, CfpbImportOptions? options = null)
    {
        using var stream = ToStream(text);
        return await Assert.ThrowsAsync<CfpbFormatException>(async () =>
        {
            await using var reader = await CfpbCsvReader.OpenAsync(stream, options);
        });
    }

    /// <summary>samples/cfpb/bofa_2017_2023.csv.gz, found by walking up to the folder that holds RegulatorHub.sln.</summary>
    public static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "RegulatorHub.sln")))
            {
                return Path.Combine(dir.FullName, "samples", "cfpb", "bofa_2017_2023.csv.gz");
            }
        }

        throw new InvalidOperationException("RegulatorHub.sln not found above " + AppContext.BaseDirectory);
    }
}
