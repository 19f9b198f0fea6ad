using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Hosting.Access;

/// <summary>Registers complaint-level access: agencies and their jurisdictions, the access policy, and the record reader.</summary>
public static class ComplaintAccessServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>Access</c> options (validated at start, messages naming the key), the <see cref="AgencyDirectory"/>, the
    /// <see cref="ComplaintAccessPolicy"/> (with every registered <see cref="IComplaintAccessGrant"/>),
    /// <see cref="ComplaintRecords"/>, and the logging <see cref="IComplaintViewRecorder"/> unless another is registered.
    /// </summary>
    /// <remarks>Policy and reader are scoped, so a grant or recorder may be scoped too (per request, per circuit).</remarks>
    public static IServiceCollection AddComplaintAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAgencyDirectory(configuration);
        services.TryAddScoped<ComplaintAccessPolicy>();
        services.TryAddScoped<ComplaintRecords>();
        services.TryAddSingleton<IComplaintViewRecorder, LoggingComplaintViewRecorder>();
        return services;
    }

    /// <summary>Adds <c>Access</c> options (validated at start, messages naming the key) and the <see cref="AgencyDirectory"/> built from them.</summary>
    public static IServiceCollection AddAgencyDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(AgencyDirectory)))
        {
            return services;
        }

        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccessOptions>, ValidateAccessOptions>());
        services.TryAddSingleton(_ => RegionGazetteer.Default);
        services.TryAddSingleton(sp => AgencyDirectory.From(sp.GetRequiredService<IOptions<AccessOptions>>().Value, sp.GetRequiredService<RegionGazetteer>()));
        return services;
    }
}
