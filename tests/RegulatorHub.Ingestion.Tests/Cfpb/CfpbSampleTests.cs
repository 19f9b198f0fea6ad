using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Taxonomy;
using RegulatorHub.Ingestion.Sources.Cfpb;

namespace RegulatorHub.Ingestion.Tests.Cfpb;

public sealed class CfpbSampleTests
{
    private const int SampleComplaints = 62_516;

    [Fact]
    public async Task ReadAsync_BofaSample_Yields62516ComplaintsAndNoRejections()
    {
        await using var file = File.OpenRead(CfpbTestData.SamplePath());
        await using var reader = await CfpbCsvReader.OpenAsync(file, new CfpbImportOptions { CompanyOverride = "Bank of America" });

        var complaints = new List<Complaint>(SampleComplaints);
        var rejections = new List<CfpbRowRejection>();
        var fallbacks = 0;
        await foreach (var row in reader.ReadRowsAsync())
        {
            if (row.IsRejected)
            {
                rejections.Add(row.Rejection);
                continue;
            }

            complaints.Add(row.Complaint);
            fallbacks += (row.SubjectFromFallback ? 1 : 0) + (row.IssueFromFallback ? 1 : 0);
        }

        Assert.Equal(CfpbVintage.Extract12, reader.Layout.Vintage);
        Assert.Equal(CfpbDateFormat.IsoDate, reader.Layout.DateFormat);
        Assert.Empty(rejections);
        Assert.Equal(SampleComplaints, complaints.Count);
        Assert.Equal(0, fallbacks);
        Assert.Equal(SampleComplaints, complaints.Select(c => c.SourceCaseId).Distinct(StringComparer.Ordinal).Count());
        var taxonomy = ComplaintTaxonomy.Default;
        Assert.All(complaints, c => Assert.True(taxonomy.Contains(TaxonomyAxis.Subject, c.SubjectCode), c.SubjectCode));
        Assert.All(complaints, c => Assert.True(taxonomy.Contains(TaxonomyAxis.Issue, c.IssueCode), c.IssueCode));
        Assert.All(complaints, c => Assert.StartsWith("US-", c.ConsumerRegionCode, StringComparison.Ordinal));
        Assert.Equal(51, complaints.Select(c => c.ConsumerRegionCode).Distinct().Count());
        Assert.Equal(new DateOnly(2017, 5, 1), complaints.Min(c => c.ReceivedDate));
        Assert.Equal(new DateOnly(2023, 8, 28), complaints.Max(c => c.ReceivedDate));
        Assert.All(complaints, c => Assert.Equal("Bank of America", c.Merchant?.Name));
        Assert.Equal(1_494, complaints.Count(c => c.Status == ComplaintStatus.Accepted));
        Assert.Equal(41_044, complaints.Count(c => c.Outcome == ComplaintOutcome.ClosedWithExplanation));
        Assert.Equal(10_766 + 90, complaints.Count(c => c.Channel == ComplaintChannel.Referral));
        Assert.DoesNotContain(complaints, c => c.Channel == ComplaintChannel.Unknown);
    }

    [Fact]
    public async Task ReadAsync_BofaSample_EveryProductAndIssueListedInCrosswalks()
    {
        var catalog = CrosswalkCatalog.Default;
        var products = catalog.Get("cfpb-product");
        var issues = catalog.Get("cfpb-issue");
        var seenProducts = new HashSet<string>(StringComparer.Ordinal);
        var seenIssues = new HashSet<string>(StringComparer.Ordinal);

        await using var file = File.OpenRead(CfpbTestData.SamplePath());
        await foreach (var row in CfpbCsvReader.ReadAsync(file))
        {
            seenProducts.Add(row.Complaint!.SourceCategory!.Split(" / ")[0]);
            seenIssues.Add(row.Complaint.SourceIssue!.Split(" / ")[0]);
        }

        Assert.Equal(9, seenProducts.Count);
        Assert.Equal(76, seenIssues.Count);
        Assert.All(seenProducts, p => Assert.True(products.TryMap(p, out _, out var fallback) && !fallback, p));
        Assert.All(seenIssues, i => Assert.True(issues.TryMap(i, out _, out var fallback) && !fallback, i));
    }
}
