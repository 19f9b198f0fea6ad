namespace RegulatorHub.Domain.Privacy;

/// <summary>Kinds of personal data that the narrative scrubber recognises.</summary>
public enum PersonalDataKind
{
    /// <summary>Mainland resident identity card number (GB 11643, 18 characters, or the legacy 15 digits).</summary>
    ResidentId,

    /// <summary>Mainland mobile number, optionally with +86/0086.</summary>
    Mobile,

    /// <summary>Mainland landline with its area code.</summary>
    Landline,

    /// <summary>Bank card number of 16–19 digits passing the Luhn check.</summary>
    BankCard,

    /// <summary>E-mail address.</summary>
    Email,

    /// <summary>QQ number given after a QQ marker.</summary>
    QQ,

    /// <summary>WeChat id given after a WeChat marker.</summary>
    WeChatId,

    /// <summary>Mainland licence plate.</summary>
    LicencePlate,

    /// <summary>Street-level part of an address (road, number, building, room); the county-level part is kept.</summary>
    Address,

    /// <summary>Person name (Chinese or English).</summary>
    Name,

    /// <summary>US social security number.</summary>
    UsSsn,

    /// <summary>US / NANP phone number.</summary>
    UsPhone,
}
