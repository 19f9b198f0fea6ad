namespace RegulatorHub.Synthetic.World;

/// <summary>
/// One complainant of the pool, derived on demand from the seed and the pool index, so the pool costs no memory and
/// a repeat complainant always has the same name, phone, id number and address.
/// </summary>
internal struct Person
{
    public int Index;
    public int Unit;
    public bool Female;
    public int Surname;
    public string Given1;
    public string? Given2;
    public int MobilePrefix;
    public int MobileTail;
    public int BirthUnit;
    public int BirthDays;
    public int IdSequence;
    public int BankBin;
    public int BankLength;
    public long BankBody;
    public long QQ;
    public int WeChatStyle;
    public int WeChatNumber;
    public int MailDomain;
    public int MailStyle;
    public int MailNumber;
    public int Street;
    public int StreetNumber;
    public int Community;
    public int Building;
    public int UnitNumber;
    public int Room;
    public int Town;
    public bool Rural;
    public int AreaCode;
    public int LandlineTail;
    public char PlateLetter;
    public int PlateBody;
    public ulong AccountSalt;
}
