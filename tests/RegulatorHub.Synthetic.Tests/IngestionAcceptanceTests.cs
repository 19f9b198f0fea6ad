using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Ingestion.Validation;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed class IngestionAcceptanceTests(SampleFixture sample)
{
    [Fact]
    public void Process_100kSample_EveryMessageAcceptedWithGroundTruthCodesAndKeys()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(sample.Options.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var processor = FeedMessageProcessor.CreateDefault(new byte[32], clock);

        foreach (var item in sample.Items)
        {
            var id = FeedMessageSerializer.MessageIdFor(item.Message.Source!, item.Message.CaseId!);
            var result = processor.Process(id, FeedMessageSerializer.Serialize(item.Message));

            Assert.True(result.Complaint is not null, $"{id} refused: {string.Join("; ", result.Quarantine?.Errors.Select(e => $"{e.Field} {e.Rule} {e.Message}") ?? [])}");
            Assert.Equal(item.SubjectCode, result.Complaint.SubjectCode);
            Assert.Equal(item.IssueCode, result.Complaint.IssueCode);
            Assert.Equal(item.MerchantKey, result.Complaint.Merchant!.Key.Value);
        }
    }
}
