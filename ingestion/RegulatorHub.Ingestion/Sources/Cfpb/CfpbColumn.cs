namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>A column of the CFPB export, whatever its header is called in a given vintage.</summary>
public enum CfpbColumn
{
    /// <summary>"Complaint ID" / complaint_id. Required.</summary>
    ComplaintId = 0,

    /// <summary>"Date received" / date_received: when the CFPB received the complaint. Required.</summary>
    DateReceived = 1,

    /// <summary>"Date submitted": when the consumer submitted it (12-column extract only).</summary>
    DateSubmitted = 2,

    /// <summary>"Date sent to company" / date_sent_to_company.</summary>
    DateSentToCompany = 3,

    /// <summary>"Product" / product. Required.</summary>
    Product = 4,

    /// <summary>"Sub-product" / sub_product.</summary>
    SubProduct = 5,

    /// <summary>"Issue" / issue. Required.</summary>
    Issue = 6,

    /// <summary>"Sub-issue" / sub_issue.</summary>
    SubIssue = 7,

    /// <summary>"Consumer complaint narrative" / complaint_what_happened.</summary>
    Narrative = 8,

    /// <summary>"Company public response" / company_public_response.</summary>
    CompanyPublicResponse = 9,

    /// <summary>"Company" / company.</summary>
    Company = 10,

    /// <summary>"State" / state: the consumer's two-letter state or territory code.</summary>
    State = 11,

    /// <summary>"ZIP code" / zip_code.</summary>
    ZipCode = 12,

    /// <summary>"Tags" / tags (Older American, Servicemember).</summary>
    Tags = 13,

    /// <summary>"Consumer consent provided?" / consumer_consent_provided.</summary>
    ConsumerConsentProvided = 14,

    /// <summary>"Submitted via" / submitted_via: the intake channel.</summary>
    SubmittedVia = 15,

    /// <summary>"Company response to consumer", or "Company response" in the 2014 schema / company_response.</summary>
    CompanyResponse = 16,

    /// <summary>"Timely response?" / timely.</summary>
    TimelyResponse = 17,

    /// <summary>"Consumer disputed?" / consumer_disputed.</summary>
    ConsumerDisputed = 18,
}
