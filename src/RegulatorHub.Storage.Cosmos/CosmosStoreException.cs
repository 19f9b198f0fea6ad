using System.Net;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>A Cosmos DB request failed for a reason retrying in this call would not fix (or retries ran out).</summary>
public sealed class CosmosStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CosmosStoreException(string message, HttpStatusCode statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>Creates the exception.</summary>
    public CosmosStoreException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public CosmosStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CosmosStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The last status the service answered.</summary>
    public HttpStatusCode StatusCode { get; }
}
