namespace RegulatorHub.Synthetic;

/// <summary>Kinds of personal data embedded in synthetic narratives.</summary>
public enum PersonalDataKind
{
    /// <summary>A full Chinese name (surname + given name), e.g. 王建国.</summary>
    Name,

    /// <summary>A mobile number (1[3-9] + 9 digits), possibly with +86/0086 and spaces or dashes as written.</summary>
    Mobile,

    /// <summary>A fixed-line number with area code, e.g. 0571-87654321.</summary>
    Landline,

    /// <summary>An 18-character resident id with a correct GB 11643 check character.</summary>
    ResidentId,

    /// <summary>A UnionPay card number (16–19 digits, starts with 62, Luhn-valid), possibly grouped by spaces.</summary>
    BankCard,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A street address from province down to room.</summary>
    Address,

    /// <summary>A QQ number (5–11 digits).</summary>
    QQ,

    /// <summary>A WeChat id.</summary>
    WeChatId,

    /// <summary>A vehicle licence plate, e.g. 浙A12345.</summary>
    LicencePlate,
}
