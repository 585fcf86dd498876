/**
 * The land: every country filled and bordered, the CSTO members tinted, those with troops in
 * Kazakhstan tinted deeper and outlined while they are there, the host outlined throughout.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Member } from '#lib/data/schema.ts';
import type { MapPalette } from '#lib/map/palette.ts';
import { deployedExpr, isoIn } from './expressions';

export function countryLayers(p: MapPalette, members: Member[]): LayerSpecification[] {
	const host = members.filter((m) => m.role === 'host').map((m) => m.iso2);
	const csto = members.map((m) => m.iso2);
	const contributors = members.filter((m) => m.contingent).map((m) => m.iso2);
	const deployed = deployedExpr(members);
	return [
		{
			id: 'countries-fill',
			type: 'fill',
			source: 'countries',
			paint: {
				'fill-color': [
					'case',
					isoIn(host),
					p.hostFill,
					deployed,
					p.cstoDeployed,
					isoIn(csto),
					p.cstoMember,
					p.landOutside
				]
			}
		},
		{
			id: 'countries-border',
			type: 'line',
			source: 'countries',
			paint: { 'line-color': p.border, 'line-width': 0.6 }
		},
		{
			id: 'csto-outline',
			type: 'line',
			source: 'countries',
			filter: isoIn(contributors) as FilterSpecification,
			paint: {
				'line-color': p.cstoOutline,
				'line-width': ['case', deployed, 2, 1]
			}
		},
		{
			id: 'host-outline',
			type: 'line',
			source: 'countries',
			filter: isoIn(host) as FilterSpecification,
			paint: { 'line-color': p.hostOutline, 'line-width': 2.2 }
		}
	];
}
