using System.Security.Cryptography;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Ingestion.Validation;
using RegulatorHub.Synthetic;
using RegulatorHub.Synthetic.Malformed;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// The messages a benchmark publishes, serialized up front so generation is not timed, plus the canonical
/// complaints they should become (for the bare-insert baseline and for checking nothing was lost).
/// </summary>
internal sealed record IngestWorkload(IReadOnlyList<OutboundFeedMessage> Messages, IReadOnlyList<Complaint> Complaints, long UniqueValid, long Malformed, long TotalBytes, double ProcessPerSecond)
{
    public static IngestWorkload Create(int count, double malformedShare, int seed = 20_260_315)
    {
        var generator = new SyntheticFeedGenerator(SyntheticFeedOptions.Default with
        {
            Seed = seed,
            Complaints = count,
            Start = new DateOnly(2023, 7, 1),
            End = new DateOnly(2026, 6, 30),
        });
        var processor = FeedMessageProcessor.CreateDefault(RandomNumberGenerator.GetBytes(32), TimeProvider.System);

        var messages = new List<OutboundFeedMessage>(count);
        var complaints = new List<Complaint>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long malformed = 0, bytes = 0;

        // Spread malformed messages evenly: every k-th message is damaged.
        var every = malformedShare > 0 ? Math.Max(1, (int)Math.Round(1 / malformedShare)) : int.MaxValue;
        var index = 0;

        // Parse → validate → normalize alone, on one thread: the CPU half of the pipeline.
        var processing = new System.Diagnostics.Stopwatch();
        long processedCount = 0;
        foreach (var item in generator.Generate())
        {
            var message = item.Message;
            var id = FeedMessageSerializer.MessageIdFor(message.Source!, message.CaseId!);
            byte[] body;
            if (++index % every == 0)
            {
                body = MalformedFeedMaker.Break(message, MalformedFeedMaker.KindFor((int)malformed));
                malformed++;
            }
            else
            {
                body = FeedMessageSerializer.Serialize(message);
                if (seen.Add(id))
                {
                    processing.Start();
                    var processed = processor.Process(id, body);
                    processing.Stop();
                    processedCount++;
                    if (processed.Complaint is { } complaint)
                    {
                        complaints.Add(complaint);
                    }
                }
            }

            bytes += body.Length;
            messages.Add(new OutboundFeedMessage(id, body, FeedSchema.ContentType));
        }

        return new IngestWorkload(messages, complaints, complaints.Count, malformed, bytes, processedCount / processing.Elapsed.TotalSeconds);
    }
}
