using RegulatorHub.Synthetic.Vocabulary;

namespace RegulatorHub.Synthetic.Generation;

/// <summary>The choices behind one complaint before it is written out; a duplicate reuses its origin's draft.</summary>
internal struct Draft
{
    public bool Platform;

    /// <summary>Platform index: the sender for platform complaints, the shop's platform for hotline complaints about a shop.</summary>
    public int PlatformIndex;

    public int Subject;
    public int Issue;
    public int Label;
    public string Category;
    public string IssueLabel;
    public int Merchant;

    /// <summary>Hotline complaint about a platform shop.</summary>
    public bool Online;

    public bool ShopIdInFeed;
    public int PersonIndex;
    public int Unit;

    /// <summary>Index into <see cref="Tables.HotlineChannels"/>, or -1 for platform complaints.</summary>
    public int Channel;

    public ProblemKind Problem;
    public string Product;
    public decimal Amount;
    public bool HasAmount;
    public bool LongRunning;

    /// <summary>Outbreak index, or -1.</summary>
    public int Outbreak;
}
