// Makes an assembly that Mono's compiler built against the .NET Framework reference assemblies into a
// .NET Standard 2.0 one: every type it uses is moved to `netstandard`, and a type that .NET Standard 2.0
// lacks fails the build. (The .NET SDK's reference pack for netstandard2.0 is not on this machine's
// registries; the netstandard.dll facade of Mono's 4.7.1-api lists exactly .NET Standard 2.0's types.)
//
//   mono Retarget.exe NETSTANDARD_FACADE INPUT.dll OUTPUT.dll
using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

internal static class Retarget
{
    private static readonly string[] FrameworkAssemblies = { "mscorlib", "System", "System.Core" };

    private static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: Retarget.exe NETSTANDARD_FACADE INPUT.dll OUTPUT.dll");
            return 2;
        }
        ModuleDefinition facade = ModuleDefinition.ReadModule(args[0]);
        AssemblyNameDefinition standardName = facade.Assembly.Name;
        if (standardName.Name != "netstandard" || standardName.Version != new Version(2, 0, 0, 0))
        {
            Console.Error.WriteLine(args[0] + ": not the netstandard 2.0.0.0 facade but " + standardName.FullName);
            return 1;
        }
        var standardTypes = new HashSet<string>(
            facade.ExportedTypes.Where(t => t.DeclaringType == null).Select(t => t.FullName));

        ModuleDefinition module = ModuleDefinition.ReadModule(args[1]);
        var netstandard = new AssemblyNameReference("netstandard", standardName.Version)
        {
            PublicKeyToken = standardName.PublicKeyToken,
        };
        var missing = new List<string>();
        foreach (TypeReference type in module.GetTypeReferences())
        {
            var scope = type.Scope as AssemblyNameReference;
            if (type.DeclaringType != null || scope == null || !FrameworkAssemblies.Contains(scope.Name))
            {
                continue;
            }
            if (standardTypes.Contains(type.FullName))
            {
                type.Scope = netstandard;
            }
            else
            {
                missing.Add(type.FullName + " (" + scope.Name + ")");
            }
        }
        if (missing.Count > 0)
        {
            Console.Error.WriteLine(args[1] + " uses types that .NET Standard 2.0 lacks: " + string.Join(", ", missing));
            return 1;
        }
        foreach (AssemblyNameReference old in module.AssemblyReferences.Where(r => FrameworkAssemblies.Contains(r.Name)).ToList())
        {
            module.AssemblyReferences.Remove(old);
        }
        module.AssemblyReferences.Add(netstandard);
        module.Write(args[2]);
        return 0;
    }
}
