namespace RegulatorHub.Domain.Complaints;

/// <summary>How the consumer submitted the complaint.</summary>
public enum ComplaintChannel
{
    /// <summary>Not stated by the source.</summary>
    Unknown = 0,

    /// <summary>A hotline call.</summary>
    Phone = 1,

    /// <summary>A WeChat official account or chat.</summary>
    WeChat = 2,

    /// <summary>A text message.</summary>
    Sms = 3,

    /// <summary>A web form.</summary>
    Web = 4,

    /// <summary>A mobile app.</summary>
    App = 5,

    /// <summary>A mini-program inside another app (e.g. Alipay or WeChat mini-programs).</summary>
    MiniProgram = 6,

    /// <summary>An e-mail.</summary>
    Email = 7,

    /// <summary>A letter.</summary>
    PostalMail = 8,

    /// <summary>A fax.</summary>
    Fax = 9,

    /// <summary>Referred by another body (a CFPB channel).</summary>
    Referral = 10,

    /// <summary>At a service counter.</summary>
    InPerson = 11,

    /// <summary>Filed inside an e-commerce platform's own complaint flow.</summary>
    PlatformOnline = 12,
}
