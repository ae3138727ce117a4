using System.Net;
using Microsoft.Extensions.Configuration;

namespace Leitmotif.Hosting;

/// <summary>
/// Identity and addresses of an <c>azure</c>-mode cluster member, from the <c>Leitmotif</c> configuration section:
/// <c>ServiceId</c> (default <c>leitmotif</c>), <c>ClusterId</c> (default <c>leitmotif-local</c>), <c>Address</c> (the IP the
/// silo advertises to the cluster and, unless <c>ListenAddress</c> is set, listens on; default 127.0.0.1),
/// <c>ListenAddress</c> (the IP the silo and gateway endpoints bind to, e.g. 0.0.0.0 in a container; default:
/// <c>Address</c>), <c>SiloPort</c> (11111), <c>GatewayPort</c> (30000), <c>DashboardPort</c> (8080, 0 = no dashboard),
/// <c>DashboardAddress</c> (127.0.0.1).
/// </summary>
public sealed record ClusterSettings(
    string ServiceId, string ClusterId, IPAddress Address, int SiloPort, int GatewayPort, IPAddress DashboardAddress, int DashboardPort,
    IPAddress? ListenAddress = null)
{
    /// <summary>The address the silo and gateway endpoints bind to: <see cref="ListenAddress"/>, else <see cref="Address"/>.</summary>
    public IPAddress BindAddress => ListenAddress ?? Address;

    /// <summary>Reads the settings from the <c>Leitmotif</c> section of <paramref name="configuration"/>.</summary>
    public static ClusterSettings From(IConfiguration configuration)
    {
        var s = configuration.GetSection("Leitmotif");
        return new(
            s["ServiceId"] ?? "leitmotif",
            s["ClusterId"] ?? "leitmotif-local",
            IPAddress.Parse(s["Address"] ?? "127.0.0.1"),
            int.Parse(s["SiloPort"] ?? "11111"),
            int.Parse(s["GatewayPort"] ?? "30000"),
            IPAddress.Parse(s["DashboardAddress"] ?? "127.0.0.1"),
            int.Parse(s["DashboardPort"] ?? "8080"),
            string.IsNullOrEmpty(s["ListenAddress"]) ? null : IPAddress.Parse(s["ListenAddress"]!));
    }
}
