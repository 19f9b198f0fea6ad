namespace RegulatorHub.Domain.Complaints;

/// <summary>The kind of organisation a complaint feed comes from.</summary>
public enum SourceKind
{
    /// <summary>A consumer hotline such as 12315: phone, WeChat, SMS, web and app intake.</summary>
    Hotline = 1,

    /// <summary>An e-commerce platform's own complaint mechanism (shops, orders, platform complaint types).</summary>
    Platform = 2,

    /// <summary>A published complaint database imported from a file, such as the CFPB's.</summary>
    PublicDatabase = 3,
}
