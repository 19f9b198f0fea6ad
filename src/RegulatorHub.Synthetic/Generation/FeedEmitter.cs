using System.Security.Cryptography;
using System.Text;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Synthetic.Planning;
using RegulatorHub.Synthetic.Sampling;
using RegulatorHub.Synthetic.Vocabulary;
using RegulatorHub.Synthetic.World;

namespace RegulatorHub.Synthetic.Generation;

/// <summary>
/// Produces the messages of one <see cref="SyntheticFeedGenerator.Generate"/> enumeration, day by day. Each day has its
/// own random stream (seeded from the feed seed and the day), so days are independent and the output is identical on
/// every run. Only one day's time slots are held in memory.
/// </summary>
internal sealed class FeedEmitter
{
    private const ulong DayTag = 0x4441_5953UL;
    private const int SlotTypeBits = 18;
    private const double FrequentComplainantShare = 0.04;
    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);
    private static readonly int[] s_foodLabels =
        [PlatformCatalog.LabelIndexOf("食品生鲜"), PlatformCatalog.LabelIndexOf("外卖餐饮"), PlatformCatalog.LabelIndexOf("酒水饮料")];

    private readonly SyntheticFeedOptions _options;
    private readonly FeedPlan _plan;
    private readonly MerchantCatalog _catalog;
    private readonly RegionTable _regions;
    private readonly PersonFactory _persons;
    private readonly NarrativeWriter _writer;
    private readonly Xoshiro256 _rng = new(0);
    private readonly ulong _seed;
    private readonly int _pool;
    private readonly int _frequent;
    private readonly int[] _hotlineSequence;
    private readonly int[] _platformSequence = new int[PlatformCatalog.Platforms.Length];
    private readonly AliasTable[] _labels = new AliasTable[PlatformCatalog.Platforms.Length];
    private readonly PriorityQueue<PendingDuplicate, long> _pending = new();
    private readonly double[] _subjectWeights = new double[SubjectCatalog.All.Length];
    private readonly double[] _labelWeights = new double[PlatformCatalog.Labels.Length];
    private readonly char[] _dateText = new char[8];
    private long[] _keys = new long[1024];
    private int[] _scratch = new int[1024];
    private Person _person;
    private DateOnly _day;
    private long _pendingSequence;
    private bool _promo;
    private AliasTable _hotlineSubjects = null!;
    private AliasTable _channels = null!;
    private AliasTable _platforms = null!;

    public FeedEmitter(SyntheticFeedOptions options, FeedPlan plan, MerchantCatalog catalog, RegionTable regions)
    {
        _options = options;
        _plan = plan;
        _catalog = catalog;
        _regions = regions;
        _seed = (ulong)(uint)options.Seed;
        _persons = new PersonFactory(Xoshiro256.Mix(_seed, 0x5045_4F50_4C45UL), regions);
        _writer = new NarrativeWriter(regions, options.PersonalDataShare);
        _pool = FeedPlan.ComplainantPoolSize(options.Complaints);
        _frequent = Math.Max(5, _pool / 2000);
        _hotlineSequence = new int[regions.Provinces.Length];
    }

    public IEnumerable<SyntheticComplaint> Run()
    {
        for (var d = 0; d < _plan.Days; d++)
        {
            var count = PrepareDay(d);
            for (var i = 0; i < count; i++)
            {
                var key = _keys[i];
                var second = (int)(key >> (SlotTypeBits + 2));
                while (_pending.TryPeek(out var waiting, out var priority) && (priority >> 20) <= second)
                {
                    _pending.Dequeue();
                    yield return EmitDuplicate(waiting);
                }

                var item = EmitSlot(key, second);
                yield return item;
                if ((key & 1) != 0)
                {
                    yield return Resend(item);
                }
            }

            while (_pending.TryDequeue(out var waiting, out _))
            {
                yield return EmitDuplicate(waiting);
            }
        }
    }

    /// <summary>Seeds the day's stream, builds its drifting tables and its sorted time slots; returns the slot count.</summary>
    private int PrepareDay(int d)
    {
        _day = _options.Start.AddDays(d);
        _rng.Reseed(Xoshiro256.Mix(_seed, (ulong)d, DayTag));
        Identifiers.WriteDigits(_dateText.AsSpan(0, 4), _day.Year);
        Identifiers.WriteDigits(_dateText.AsSpan(4, 2), _day.Month);
        Identifiers.WriteDigits(_dateText.AsSpan(6, 2), _day.Day);
        Array.Clear(_hotlineSequence);
        Array.Clear(_platformSequence);
        _pendingSequence = 0;
        _promo = VolumeCalendar.IsPromoWindow(_day);
        BuildDayTables(d / 365.25);

        var hotline = _plan.HotlineBase[d];
        var platform = _plan.PlatformBase[d];
        var total = hotline + platform;
        foreach (var o in _plan.Outbreaks)
        {
            total += o.CountOn(d);
        }

        if (_keys.Length < total)
        {
            _keys = new long[Math.Max(total, _keys.Length * 2)];
            _scratch = new int[_keys.Length];
        }

        var n = 0;
        for (var i = 0; i < hotline; i++)
        {
            _keys[n++] = SlotKey(SampleSecond(Tables.HotlineHours), 0);
        }

        for (var i = 0; i < platform; i++)
        {
            _keys[n++] = SlotKey(SampleSecond(Tables.PlatformHours), 1);
        }

        for (var k = 0; k < _plan.Outbreaks.Length; k++)
        {
            var o = _plan.Outbreaks[k];
            var extra = o.CountOn(d);
            for (var i = 0; i < extra; i++)
            {
                _keys[n++] = SlotKey(SampleSecond(o.Platform ? Tables.PlatformHours : Tables.HotlineHours), 2 + k);
            }
        }

        // Duplicates repeat hotline baseline slots (the first `hotline` keys); resends repeat any slot.
        MarkRandom(hotline, _plan.Duplicates[d], 2);
        MarkRandom(total, _plan.Resends[d], 1);
        Array.Sort(_keys, 0, total);
        return total;
    }

    private static long SlotKey(int second, int type) => ((long)second << (SlotTypeBits + 2)) | ((long)type << 2);

    private int SampleSecond(AliasTable hours) => (hours.Sample(_rng) * 3600) + _rng.NextInt(3600);

    /// <summary>Sets <paramref name="flag"/> on <paramref name="count"/> distinct keys among the first <paramref name="range"/>.</summary>
    private void MarkRandom(int range, int count, long flag)
    {
        if (count <= 0)
        {
            return;
        }

        for (var i = 0; i < range; i++)
        {
            _scratch[i] = i;
        }

        for (var j = 0; j < count; j++)
        {
            var pick = _rng.NextInt(j, range);
            (_scratch[j], _scratch[pick]) = (_scratch[pick], _scratch[j]);
            _keys[_scratch[j]] |= flag;
        }
    }

    private void BuildDayTables(double years)
    {
        var subjects = SubjectCatalog.All;
        var surge = VolumeCalendar.Double11Surge(_day);
        var holiday = VolumeCalendar.IsHolidayTravel(_day);
        for (var s = 0; s < subjects.Length; s++)
        {
            var w = subjects[s].HotlineWeight * Math.Exp(subjects[s].TrendPerYear * years);
            w *= subjects[s].Code switch
            {
                "services.tourism" when holiday => 2.5,
                "services.internet" => 1 + surge,
                "services.postal" => 1 + (1.5 * surge),
                _ => 1,
            };
            _subjectWeights[s] = w;
        }

        _hotlineSubjects = new AliasTable(_subjectWeights);

        // Intake moves slowly from the phone to apps and mini-programs.
        _channels = new AliasTable(
        [
            Math.Max(0.05, 0.40 - (0.03 * years)),
            0.17 + (0.01 * years),
            0.16,
            0.11 + (0.01 * years),
            0.11 + (0.015 * years),
            Math.Max(0.01, 0.05 - (0.005 * years)),
        ]);

        var platforms = PlatformCatalog.Platforms;
        Span<double> platformWeights = stackalloc double[platforms.Length];
        for (var k = 0; k < platforms.Length; k++)
        {
            platformWeights[k] = platforms[k].Share * Math.Exp(PlatformCatalog.TrendPerYear[k] * years);
        }

        _platforms = new AliasTable(platformWeights);
        var labels = PlatformCatalog.Labels;
        for (var k = 0; k < platforms.Length; k++)
        {
            for (var l = 0; l < labels.Length; l++)
            {
                var w = labels[l].PlatformWeights[k] * Math.Exp(labels[l].TrendPerYear * years);
                if (holiday && labels[l].SubjectCode is "services.tourism" or "services.culture")
                {
                    w *= 2;
                }

                _labelWeights[l] = w;
            }

            _labels[k] = new AliasTable(_labelWeights);
        }
    }

    private SyntheticComplaint EmitSlot(long key, int second)
    {
        var type = (int)((key >> 2) & ((1 << SlotTypeBits) - 1));
        var draft = default(Draft);
        draft.Outbreak = -1;
        OutbreakSpec? spec = null;
        if (type >= 2)
        {
            spec = _plan.Outbreaks[type - 2];
            draft.Outbreak = type - 2;
        }

        if (type == 1 || spec is { Platform: true })
        {
            DraftPlatform(ref draft, spec);
        }
        else
        {
            DraftHotline(ref draft, spec);
        }

        var item = Compose(ref draft, second, null);
        if ((key & 2) != 0)
        {
            var duplicate = draft;
            var channel = _channels.Sample(_rng);
            while (channel == draft.Channel)
            {
                channel = _channels.Sample(_rng);
            }

            duplicate.Channel = channel;
            var at = Math.Min(86_399, second + 600 + _rng.NextInt(6 * 3600));
            var origin = FeedMessageSerializer.MessageIdFor(item.Message.Source!, item.Message.CaseId!);
            _pending.Enqueue(new PendingDuplicate(duplicate, origin, at), ((long)at << 20) | _pendingSequence++);
        }

        return item;
    }

    private SyntheticComplaint EmitDuplicate(PendingDuplicate pending)
    {
        var draft = pending.Draft;
        _persons.Fill(draft.PersonIndex, ref _person);
        _person.Unit = draft.Unit;
        return Compose(ref draft, pending.Second, pending.OriginId);
    }

    private int PickPerson()
    {
        var index = _rng.Chance(FrequentComplainantShare) ? _rng.NextInt(_frequent) : _rng.NextInt(_pool);
        _persons.Fill(index, ref _person);
        return index;
    }

    private void DraftHotline(ref Draft draft, OutbreakSpec? spec)
    {
        draft.PersonIndex = PickPerson();
        if (spec is { Unit: >= 0 })
        {
            _person.Unit = spec.Unit;
        }
        else if (spec is { Province: >= 0 })
        {
            _person.Unit = _regions.SampleUnitIn(spec.Province, _rng);
        }

        draft.Unit = _person.Unit;
        var province = _regions.Units[draft.Unit].ProvinceIndex;
        var subject = spec?.Subject ?? _hotlineSubjects.Sample(_rng);
        var profile = SubjectCatalog.All[subject];
        draft.Subject = subject;
        draft.Issue = spec?.Issue ?? Tables.HotlineIssues[subject].Sample(_rng);
        draft.Channel = _channels.Sample(_rng);
        draft.PlatformIndex = -1;
        draft.Label = -1;
        draft.Merchant = -1;
        if (spec is { Merchant: >= 0 })
        {
            draft.Merchant = spec.Merchant;
        }
        else if (spec is null && _rng.Chance(OnlineShare(profile)))
        {
            var platform = _platforms.Sample(_rng);
            for (var attempt = 0; attempt < PlatformCatalog.Platforms.Length; attempt++)
            {
                var k = (platform + attempt) % PlatformCatalog.Platforms.Length;
                if (_catalog.ShopsBySubject[k][subject] is { } shops)
                {
                    draft.Merchant = shops.Sample(_rng);
                    draft.PlatformIndex = k;
                    draft.Online = true;
                    draft.ShopIdInFeed = _rng.Chance(0.7);
                    break;
                }
            }
        }

        if (draft.Merchant < 0)
        {
            draft.Merchant = _catalog.Offline[province][subject].Sample(_rng);
        }


        draft.IssueLabel = IssueCodes.HotlineLabels[draft.Issue][Tables.HotlineIssueLabels[draft.Issue].Sample(_rng)].Label;
        draft.Problem = HotlineProblem(profile, draft.Issue, draft.Online, spec);
        var merchant = _catalog[draft.Merchant];
        draft.Product = merchant.Platform >= 0
            ? _rng.Pick(PlatformCatalog.Labels[merchant.PlatformLabel].Products)
            : _rng.Pick(profile.Industries[merchant.Industry].Products);
        draft.Category = HotlineCategory(profile, subject, draft.Product);
        draft.Amount = NarrativeWriter.RoundAmount(Math.Exp(Math.Log(profile.AmountMedian) + (profile.AmountSigma * _rng.NextGaussian())));
        draft.HasAmount = profile.IsGoods || _rng.Chance(0.85);
        draft.LongRunning = profile.PrepaidProne || draft.Problem == ProblemKind.PrepaidCard;
    }

    private void DraftPlatform(ref Draft draft, OutbreakSpec? spec)
    {
        draft.Platform = true;
        draft.PersonIndex = PickPerson();
        draft.Unit = _person.Unit;
        var k = spec?.PlatformIndex ?? _platforms.Sample(_rng);
        var label = spec?.Label ?? _labels[k].Sample(_rng);
        var labelInfo = PlatformCatalog.Labels[label];
        var subject = Tables.LabelSubject[label];
        var type = spec?.ComplaintType ?? (_promo ? Tables.PlatformTypesPromo : Tables.PlatformTypes)[label].Sample(_rng);
        var complaintType = PlatformCatalog.ComplaintTypes[type];
        draft.PlatformIndex = k;
        draft.Label = label;
        draft.Subject = subject;
        draft.Issue = complaintType.Issue;
        draft.Merchant = spec?.Merchant ?? _catalog.Shops[k][label]!.Sample(_rng);
        draft.Channel = -1;
        draft.Category = labelInfo.Label;
        draft.IssueLabel = complaintType.Label;
        draft.Problem = complaintType.Problem == ProblemKind.Safety && Array.IndexOf(s_foodLabels, label) >= 0
            ? ProblemKind.FoodSafety
            : complaintType.Problem;
        draft.Product = _rng.Pick(labelInfo.Products);
        var profile = SubjectCatalog.All[subject];
        var median = profile.AmountMedian * (profile.IsGoods ? 0.6 : 0.5);
        draft.Amount = NarrativeWriter.RoundAmount(Math.Exp(Math.Log(median) + (profile.AmountSigma * _rng.NextGaussian())));
        draft.HasAmount = true;
    }

    /// <summary>A hotline category label for the subject; a narrow label (餐饮服务) only when the product fits it.</summary>
    private string HotlineCategory(SubjectProfile profile, int subject, string product)
    {
        var label = profile.HotlineLabels[Tables.HotlineCategoryLabels[subject].Sample(_rng)].Label;
        if (!Tables.NarrowLabels.TryGetValue(label, out var words))
        {
            return label;
        }

        foreach (var word in words)
        {
            if (product.Contains(word, StringComparison.Ordinal))
            {
                return label;
            }
        }

        return profile.HotlineLabels[0].Label;
    }

    /// <summary>Share of hotline complaints about a platform shop rather than a local business.</summary>
    private static double OnlineShare(SubjectProfile profile) => profile.Code switch
    {
        "services.internet" => 0.75,
        "services.postal" => 0,
        "services.other" => 0.2,
        _ => profile.IsGoods ? 0.3 : 0.06,
    };

    private ProblemKind HotlineProblem(SubjectProfile profile, int issue, bool online, OutbreakSpec? spec) => issue switch
    {
        IssueCodes.AfterSales => online && _rng.Chance(0.4) ? ProblemKind.Refund : ProblemKind.AfterSales,
        IssueCodes.Quality => profile.FoodProne && _rng.Chance(0.35) ? ProblemKind.FoodSafety : ProblemKind.Quality,
        IssueCodes.Contract when spec is { Type: OutbreakType.PrepaidCollapse } => ProblemKind.PrepaidCard,
        IssueCodes.Contract when profile.PrepaidProne && _rng.Chance(0.45) => ProblemKind.PrepaidCard,
        IssueCodes.Contract => profile.IsGoods && online && _rng.Chance(0.5) ? ProblemKind.Delivery : ProblemKind.Contract,
        IssueCodes.FalseAdvertising => online && _rng.Chance(0.3) ? ProblemKind.NotAsDescribed : ProblemKind.FalseAdvertising,
        IssueCodes.Price => ProblemKind.Price,
        IssueCodes.Safety => profile.FoodProne ? ProblemKind.FoodSafety : ProblemKind.Safety,
        IssueCodes.Counterfeit => ProblemKind.Counterfeit,
        IssueCodes.Measurement => ProblemKind.Measurement,
        IssueCodes.PersonalDignity => ProblemKind.Dignity,
        IssueCodes.PersonalInformation => ProblemKind.PersonalInfo,
        _ => ProblemKind.Other,
    };

    private SyntheticComplaint Compose(ref Draft draft, int second, string? duplicateOf)
    {
        var received = new DateTimeOffset(_day.Year, _day.Month, _day.Day, second / 3600, second / 60 % 60, second % 60, s_chinaOffset);
        var merchant = _catalog[draft.Merchant];
        var unit = _regions.Units[draft.Unit];
        string source, caseId, channel;
        string? platformId = null;
        if (draft.Platform)
        {
            var k = draft.PlatformIndex;
            platformId = PlatformCatalog.Platforms[k].Id;
            source = platformId;
            caseId = CaseId(PlatformCatalog.CasePrefixes[k], ++_platformSequence[k], 6);
            channel = "platform";
        }
        else
        {
            var province = _regions.Provinces[unit.ProvinceIndex];
            source = province.HotlineSource;
            caseId = CaseId(province.CasePrefix, ++_hotlineSequence[unit.ProvinceIndex], 5);
            channel = Tables.HotlineChannels[draft.Channel];
        }

        var feedMerchant = new FeedMerchant
        {
            Name = merchant.Name,
            CreditCode = merchant.CreditCodeInFeed ? merchant.CreditCode : null,
        };
        var merchantKey = merchant.Key;
        string? messagePlatform = platformId;
        if (merchant.Platform < 0)
        {
            feedMerchant.Region = new FeedRegion { Code = merchant.RegionCode };
        }
        else
        {
            feedMerchant.Region = merchant.RegionInFeed ? new FeedRegion { Code = merchant.RegionCode } : null;
            if (draft.Platform || draft.ShopIdInFeed)
            {
                feedMerchant.ShopId = merchant.ShopId;
                messagePlatform = PlatformCatalog.Platforms[merchant.Platform].Id;
            }
            else
            {
                // A hotline told only the shop's name: ingestion can only key it by name and region.
                merchantKey = MerchantKey.Create(feedMerchant.CreditCode, null, null, merchant.Name, feedMerchant.Region?.Code).Value;
            }
        }

        string? orderNumber = null;
        string? orderRef = null;
        if (draft.Platform)
        {
            orderNumber = OrderNumber(draft.PlatformIndex);
            orderRef = Sha256Hex(orderNumber);
        }

        var input = new NarrativeInput
        {
            Platform = draft.Platform,
            ThirdPerson = draft.Channel == 0,
            Goods = SubjectCatalog.All[draft.Subject].IsGoods,
            Device = SubjectCatalog.All[draft.Subject].Code is "goods.appliances" or "goods.vehicles",
            HasAmount = draft.HasAmount,
            Duplicate = duplicateOf is not null,
            Problem = draft.Problem,
            Product = draft.Product,
            MerchantName = merchant.Name,
            CreditCode = merchant.CreditCodeInFeed ? merchant.CreditCode : null,
            PlatformName = draft.PlatformIndex >= 0 ? PlatformCatalog.Platforms[draft.PlatformIndex].NameZh : null,
            Received = _day,
            OrderNumber = orderNumber,
            Amount = draft.Amount,
            LongRunning = draft.LongRunning,
        };
        var narrative = _writer.Write(ref input, ref _person, _rng);

        var complainant = draft.Platform
            ? new FeedComplainant { IdType = "account", Id = AccountId(draft.PlatformIndex) }
            : new FeedComplainant { IdType = "phone", Id = NarrativeWriter.MobileOf(ref _person) };

        var age = _options.End.DayNumber - _day.DayNumber;
        var bucket = 0;
        while (age > Tables.AgeBuckets[bucket])
        {
            bucket++;
        }

        var status = Tables.Statuses[(draft.Platform ? Tables.PlatformStatus : Tables.HotlineStatus)[bucket].Sample(_rng)];
        string? outcome = null;
        if (status == "closed")
        {
            outcome = Tables.Outcomes[(draft.Platform ? Tables.PlatformOutcome : Tables.HotlineOutcome).Sample(_rng)];
        }

        var message = new FeedMessage
        {
            Schema = FeedSchema.V1,
            Kind = draft.Platform ? FeedVocabulary.PlatformKind : FeedVocabulary.HotlineKind,
            Source = source,
            CaseId = caseId,
            ReceivedAt = received,
            Channel = channel,
            Category = draft.Category,
            IssueType = draft.IssueLabel,
            ConsumerRegion = ConsumerRegion(draft.Unit, draft.Platform),
            Merchant = feedMerchant,
            Platform = messagePlatform,
            OrderRef = orderRef,
            Amount = draft.HasAmount ? new FeedAmount { Value = draft.Amount, Currency = "CNY" } : null,
            Narrative = narrative,
            Complainant = complainant,
            Status = status,
            Outcome = outcome,
        };

        return new SyntheticComplaint
        {
            Message = message,
            PersonalData = _writer.PersonalData,
            LookAlikes = _writer.LookAlikes,
            SubjectCode = SubjectCatalog.All[draft.Subject].Code,
            IssueCode = IssueCodes.Codes[draft.Issue],
            MerchantKey = merchantKey,
            ComplainantIndex = draft.PersonIndex,
            DuplicateOf = duplicateOf,
            OutbreakId = draft.Outbreak >= 0 ? _plan.Outbreaks[draft.Outbreak].Truth.Id : null,
        };
    }

    private FeedRegion? ConsumerRegion(int unitIndex, bool platform)
    {
        var unit = _regions.Units[unitIndex];
        var roll = _rng.NextDouble();
        if (platform && roll >= 0.9)
        {
            return null; // platforms do not always pass on the delivery region
        }

        var asNames = unit.NamesResolve && (platform ? roll >= 0.75 : roll >= 0.9);
        if (!asNames)
        {
            return new FeedRegion { Code = unit.Code };
        }

        return new FeedRegion
        {
            Province = _regions.Provinces[unit.ProvinceIndex].NameZh,
            City = unit.IsLeafCity ? unit.Name : unit.CityName,
            County = unit.IsLeafCity ? null : unit.Name,
        };
    }

    private string CaseId(string prefix, int sequence, int width)
    {
        Span<char> buffer = stackalloc char[prefix.Length + 8 + 10];
        prefix.AsSpan().CopyTo(buffer);
        _dateText.AsSpan().CopyTo(buffer[prefix.Length..]);
        var digits = width;
        for (var limit = (long)Math.Pow(10, width); sequence >= limit; limit *= 10)
        {
            digits++; // past 10^width a day, the sequence simply grows a digit; ids stay unique
        }

        var position = prefix.Length + 8;
        Identifiers.WriteDigits(buffer.Slice(position, digits), sequence);
        return new string(buffer[..(position + digits)]);
    }

    private string AccountId(int platform)
    {
        Span<char> buffer = stackalloc char[12];
        PlatformCatalog.AccountPrefixes[platform].AsSpan().CopyTo(buffer);
        var value = Xoshiro256.Mix(_person.AccountSalt, (ulong)platform) % 10_000_000_000UL;
        Identifiers.WriteDigits(buffer[2..], (long)value);
        return new string(buffer);
    }

    /// <summary>Order numbers in each invented platform's own format; only their SHA-256 goes in <c>orderRef</c>.</summary>
    private string OrderNumber(int platform)
    {
        Span<char> buffer = stackalloc char[22];
        int length;
        switch (platform)
        {
            case 0:
                length = 19;
                Identifiers.WriteDigits(buffer.Slice(1, 18), _rng.NextLong(1_000_000_000_000_000_000L));
                buffer[0] = (char)('2' + _rng.NextInt(3));
                break;
            case 1:
                length = 12;
                Identifiers.WriteDigits(buffer.Slice(1, 11), _rng.NextLong(100_000_000_000L));
                buffer[0] = (char)('3' + _rng.NextInt(7));
                break;
            case 2:
                length = 22;
                Identifiers.WriteDigits(buffer[..2], _day.Year % 100);
                Identifiers.WriteDigits(buffer.Slice(2, 2), _day.Month);
                Identifiers.WriteDigits(buffer.Slice(4, 2), _day.Day);
                buffer[6] = '-';
                Identifiers.WriteDigits(buffer.Slice(7, 15), _rng.NextLong(1_000_000_000_000_000L));
                break;
            case 3:
                length = 19;
                Identifiers.WriteDigits(buffer.Slice(1, 18), _rng.NextLong(1_000_000_000_000_000_000L));
                buffer[0] = '5';
                break;
            default:
                length = 16;
                Identifiers.WriteDigits(buffer.Slice(1, 15), _rng.NextLong(1_000_000_000_000_000L));
                buffer[0] = '8';
                break;
        }

        return new string(buffer[..length]);
    }

    private static string Sha256Hex(string text)
    {
        Span<byte> bytes = stackalloc byte[text.Length];
        Encoding.ASCII.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static SyntheticComplaint Resend(SyntheticComplaint original)
    {
        var m = original.Message;
        var copy = new FeedMessage
        {
            Schema = m.Schema,
            Kind = m.Kind,
            Source = m.Source,
            CaseId = m.CaseId,
            ReceivedAt = m.ReceivedAt,
            Channel = m.Channel,
            Category = m.Category,
            IssueType = m.IssueType,
            ConsumerRegion = Copy(m.ConsumerRegion),
            Merchant = m.Merchant is { } merchant
                ? new FeedMerchant { Name = merchant.Name, CreditCode = merchant.CreditCode, ShopId = merchant.ShopId, Region = Copy(merchant.Region) }
                : null,
            Platform = m.Platform,
            OrderRef = m.OrderRef,
            Amount = m.Amount is { } amount ? new FeedAmount { Value = amount.Value, Currency = amount.Currency } : null,
            Narrative = m.Narrative,
            Complainant = m.Complainant is { } c ? new FeedComplainant { IdType = c.IdType, Id = c.Id } : null,
            Status = m.Status,
            Outcome = m.Outcome,
        };

        return new SyntheticComplaint
        {
            Message = copy,
            PersonalData = original.PersonalData,
            LookAlikes = original.LookAlikes,
            SubjectCode = original.SubjectCode,
            IssueCode = original.IssueCode,
            MerchantKey = original.MerchantKey,
            ComplainantIndex = original.ComplainantIndex,
            IsResend = true,
            DuplicateOf = original.DuplicateOf,
            OutbreakId = original.OutbreakId,
        };
    }

    private static FeedRegion? Copy(FeedRegion? region) =>
        region is null ? null : new FeedRegion { Code = region.Code, Province = region.Province, City = region.City, County = region.County };
}
