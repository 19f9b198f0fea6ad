using RegulatorHub.Synthetic.Vocabulary;

namespace RegulatorHub.Synthetic.Generation;

/// <summary>What a narrative is about; filled by the emitter, read by <see cref="NarrativeWriter"/>.</summary>
internal struct NarrativeInput
{
    public bool Platform;

    /// <summary>Hotline phone intake is written up by staff in the third person (消费者…来电反映).</summary>
    public bool ThirdPerson;

    public bool Goods;

    /// <summary>Machines and vehicles: quality means faults, safety means smoke and shocks.</summary>
    public bool Device;
    public bool HasAmount;
    public bool Duplicate;
    public ProblemKind Problem;
    public string Product;
    public string MerchantName;

    /// <summary>The merchant's credit code, for the occasional narrative that quotes it; null when unknown.</summary>
    public string? CreditCode;

    public string? PlatformName;
    public DateOnly Received;
    public string? OrderNumber;
    public decimal Amount;

    /// <summary>Prepaid-card or long-running service: purchase dates reach further back.</summary>
    public bool LongRunning;
}
