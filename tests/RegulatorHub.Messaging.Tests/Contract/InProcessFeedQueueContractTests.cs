using RegulatorHub.Messaging.InProcess;

namespace RegulatorHub.Messaging.Tests.Contract;

/// <summary>The port contract on the embedded in-process queue.</summary>
public sealed class InProcessFeedQueueContractTests : FeedQueueContractTests
{
    protected override Task<FeedQueueUnderTest> CreateQueueAsync()
    {
        var queue = new InProcessFeedQueue(capacity: 1000);
        return Task.FromResult(new FeedQueueUnderTest(queue, queue, queue, () => ValueTask.CompletedTask));
    }
}
